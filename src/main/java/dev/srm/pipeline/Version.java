package dev.srm.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** srm's own version, stamped into the jar by the build. */
public final class Version {

    private static final String CURRENT = load();

    private Version() {}

    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("srm-version.properties")) {
            if (in == null) return "unknown";
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
