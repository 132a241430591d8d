package dev.srm.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes an assessment as JSON for pipelines. Streams with Jackson's generator, so an estate of any size costs no more
 * memory than the assessment itself; field order is fixed and matches the documented contract.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Texts already checked by {@link #wellFormed}, by identity, for the write in progress on this thread: an
     * assessment's texts are one instance each (Conclusions keeps them canonical) and recur in thousands of rows.
     */
    private static final ThreadLocal<Map<String, String>> CHECKED = ThreadLocal.withInitial(IdentityHashMap::new);

    @Override
    public void write(Assessment assessment, OutputStream out) throws IOException {
        CHECKED.get().clear();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();

            json.writeObjectFieldStart("tool");
            field(json, "name", "srm");
            field(json, "version", assessment.toolVersion());
            json.writeEndObject();

            json.writeObjectFieldStart("architecture");
            field(json, "name", assessment.architecture().name());
            field(json, "file", assessment.architecture().source().displayName());
            field(json, "sha256", assessment.architecture().source().sha256());
            json.writeEndObject();

            json.writeArrayFieldStart("assignments");
            for (Assignment assignment : assessment.assignments()) writeAssignment(json, assignment);
            json.writeEndArray();

            json.writeArrayFieldStart("findings");
            for (Finding finding : assessment.findings()) writeFinding(json, finding);
            json.writeEndArray();

            json.writeObjectFieldStart("summary");
            Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
            for (Responsibility responsibility : Responsibility.values()) {
                json.writeNumberField(responsibility.yamlName(), counts.get(responsibility));
            }
            json.writeObjectFieldStart("findings");
            Map<Severity, Integer> bySeverity = assessment.findingsBySeverity();
            for (Severity severity : new Severity[] {Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
                json.writeNumberField(severity.yamlName(), bySeverity.get(severity));
            }
            json.writeEndObject();
            json.writeEndObject();

            json.writeObjectFieldStart("generated");
            field(json, "at", assessment.generatedAt().toString());
            json.writeObjectFieldStart("knowledge_base_checked");
            var months = assessment.knowledgeChecked();
            field(json, "oldest", months.isEmpty() ? null : months.get(0).toString());
            field(json, "newest", months.isEmpty() ? null : months.get(1).toString());
            json.writeEndObject();
            json.writeArrayFieldStart("rule_files");
            for (var file : assessment.ruleFiles()) {
                json.writeStartObject();
                field(json, "name", file.name());
                json.writeBooleanField("built_in", file.builtIn());
                field(json, "sha256", file.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();

            json.writeEndObject();
        } finally {
            CHECKED.get().clear();
        }
    }

    /** A text field; null as JSON null (Jackson's own behaviour). */
    private static void field(JsonGenerator json, String name, String value) throws IOException {
        json.writeStringField(name, value == null ? null : CHECKED.get().computeIfAbsent(value, JsonReportWriter::wellFormed));
    }

    /**
     * {@code text} with each unpaired UTF-16 surrogate replaced by U+FFFD, as the workbook writes it: Jackson would write
     * the half as a lone {@code \\uD800} escape, which is no character, and strict parsers (jq, Perl) refuse the file.
     * The architecture reader refuses such values already; a rule file can still put one in a text.
     */
    static String wellFormed(String text) {
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pair && Character.isSurrogate(c)) {
                if (fixed == null) fixed = new StringBuilder(text.length()).append(text, 0, i);
                fixed.append('\uFFFD');
            } else if (fixed != null) {
                fixed.append(c);
                if (pair) fixed.append(text.charAt(i + 1));
            }
            if (pair) i++;
        }
        return fixed == null ? text : fixed.toString();
    }

    private static void writeAssignment(JsonGenerator json, Assignment assignment) throws IOException {
        json.writeStartObject();
        field(json, "control", assignment.control().id());
        if (assignment.organizationScope()) {
            json.writeNullField("component");
            json.writeNullField("service");
            json.writeNullField("model");
        } else {
            field(json, "component", assignment.component().id());
            field(json, "service", assignment.component().serviceId());
            field(json, "model", assignment.component().model().label());
        }
        field(json, "responsibility", assignment.responsibility().yamlName());
        field(json, "aws", assignment.aws());
        field(json, "customer", assignment.customer());
        field(json, "rationale", assignment.rationale());
        json.writeArrayFieldStart("rules");
        for (String rule : assignment.rules()) json.writeString(wellFormed(rule));
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        field(json, "id", finding.id());
        field(json, "severity", finding.severity().yamlName());
        field(json, "component", finding.componentId());
        field(json, "data", finding.dataName());
        field(json, "control", finding.controlId());
        field(json, "message", finding.message());
        field(json, "rule", finding.rule());
        json.writeEndObject();
    }
}
