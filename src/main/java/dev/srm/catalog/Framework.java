package dev.srm.catalog;

import java.time.YearMonth;
import java.util.List;

/**
 * A framework auditors assess against, as srm renders it: one row per framework requirement, in the framework's own
 * order and with its own keys (for FedRAMP, the SSP Appendix J CIS/CRM workbook's: {@code AC-2(a)}, {@code AC-2(3)(a)}).
 * {@code source}, {@code version} and {@code licence} are the provenance shown beside it.
 */
public record Framework(String id, String title, String source, String version, String licence, YearMonth checked,
        List<Row> rows) {

    public Framework {
        rows = List.copyOf(rows);
    }

    /**
     * One requirement: its row key, the control it belongs to (label and title; the title is empty where the
     * framework's licence allows ids only), the control's family or group, and its kind where the framework has kinds
     * (HIPAA: standard, required or addressable; empty otherwise).
     */
    public record Row(String key, String control, String title, String family, String kind) {

        public Row(String key, String control, String title, String family) {
            this(key, control, title, family, "");
        }
    }
}
