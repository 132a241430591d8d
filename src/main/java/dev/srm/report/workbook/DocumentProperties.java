package dev.srm.report.workbook;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What makes a workbook's bytes depend on its content only: document dates from the assessment's clock (not the wall
 * clock POI would stamp), srm as the creator (not "Apache POI"), and POI's locale and time zone fixed while it writes.
 */
final class DocumentProperties {

    /** Something POI writes. */
    interface Writing {
        void run() throws IOException;
    }

    private DocumentProperties() {}

    static void set(SXSSFWorkbook workbook, Instant at, String toolVersion, String title) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(at));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator("srm " + toolVersion);
        core.setTitle(CellText.plain(title));
        core.setSubjectProperty("AWS Shared Responsibility Model assessment");
    }

    /**
     * Runs {@code writing} with POI's locale and time zone fixed: POI stamps the user's locale into chart text and uses
     * the user's time zone for dates, so the same content would give other bytes on another machine.
     */
    static void inFixedLocale(Writing writing) throws IOException {
        Locale locale = LocaleUtil.getUserLocale();
        TimeZone zone = LocaleUtil.getUserTimeZone();
        LocaleUtil.setUserLocale(Locale.US);
        LocaleUtil.setUserTimeZone(LocaleUtil.TIMEZONE_UTC);
        try {
            writing.run();
        } finally {
            LocaleUtil.setUserLocale(locale);
            LocaleUtil.setUserTimeZone(zone);
        }
    }
}
