package dev.srm.cli;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The time an assessment is stamped with. With {@code SOURCE_DATE_EPOCH} set (the reproducible-builds convention),
 * it is that instant, so the same input and rules give byte-identical outputs on any machine and in any time zone.
 */
final class Clocks {

    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private Clocks() {}

    static Clock fromEnvironment() {
        return from(System.getenv(SOURCE_DATE_EPOCH));
    }

    static Clock from(String epochSeconds) {
        if (epochSeconds == null || epochSeconds.isBlank()) return Clock.systemUTC();
        try {
            long seconds = Long.parseLong(epochSeconds.strip());
            if (seconds < 0) throw new NumberFormatException("negative");
            return Clock.fixed(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new InvalidInputException(Problem.inFile(SOURCE_DATE_EPOCH, "'" + epochSeconds
                    + "' is not a number of seconds since 1970-01-01 — set it to a whole number such as 1700000000, or unset it"));
        }
    }
}
