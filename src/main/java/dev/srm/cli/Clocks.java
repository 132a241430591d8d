package dev.srm.cli;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Shown;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The time an assessment is stamped with. With {@code SOURCE_DATE_EPOCH} set (the reproducible-builds convention),
 * it is that instant, so the same input and rules give byte-identical outputs on any machine and in any time zone.
 *
 * <p>Accepted: 0 (1970-01-01T00:00:00Z) to {@value #LATEST} (9999-12-31T23:59:59Z). Outputs write the time as an ISO
 * 8601 date with a four-digit year (the workbook's document properties, its Summary and About sheets, the JSON), and
 * Excel's dates end with the year 9999. The zip entries inside a workbook store DOS times (1980–2107) but never this
 * time: they carry a fixed 1980-01-02, so they set no bound here.
 */
final class Clocks {

    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    static final long LATEST = 253_402_300_799L;

    private Clocks() {}

    static Clock fromEnvironment() {
        return from(System.getenv(SOURCE_DATE_EPOCH));
    }

    static Clock from(String epochSeconds) {
        if (epochSeconds == null || epochSeconds.isBlank()) return Clock.systemUTC();
        String value = epochSeconds.strip();
        if (!value.matches("-?[0-9]+")) {
            throw refused(epochSeconds, "is not a whole number of seconds since 1970-01-01");
        }
        BigInteger seconds = new BigInteger(value);
        if (seconds.signum() < 0 || seconds.compareTo(BigInteger.valueOf(LATEST)) > 0) {
            throw refused(epochSeconds, "is out of range");
        }
        return Clock.fixed(Instant.ofEpochSecond(seconds.longValueExact()), ZoneOffset.UTC);
    }

    private static InvalidInputException refused(String value, String what) {
        return new InvalidInputException(Problem.inFile(SOURCE_DATE_EPOCH, "'" + Shown.text(value) + "' " + what + " — give "
                + "seconds from 0 (1970-01-01) to " + LATEST + " (9999-12-31T23:59:59Z), such as 1700000000, or unset it"));
    }
}
