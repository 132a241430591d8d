package dev.srm.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Sets how much srm says on stderr. Quiet by default; {@code -v} shows srm's progress; {@code --debug} shows
 * everything, Drools' and POI's own logging included.
 */
final class Logging {

    private Logging() {}

    static void configure(boolean verbose, boolean debug) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger srm = context.getLogger("dev.srm");
        Level libraries = debug ? Level.DEBUG : Level.OFF;
        root.setLevel(debug ? Level.DEBUG : Level.WARN);
        srm.setLevel(debug ? Level.DEBUG : verbose ? Level.INFO : Level.WARN);
        for (String noisy : StderrLogging.LIBRARIES) {
            context.getLogger(noisy).setLevel(libraries);
        }
    }
}
