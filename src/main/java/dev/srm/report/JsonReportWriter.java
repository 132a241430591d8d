package dev.srm.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.responsibility.Responsibility;
import dev.srm.responsibility.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes an assessment as JSON for pipelines. Streams with Jackson's generator, so an estate of any size costs no more
 * memory than the assessment itself; field order is fixed and matches the documented contract.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Assessment assessment, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();

            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "srm");
            json.writeStringField("version", assessment.toolVersion());
            json.writeEndObject();

            json.writeObjectFieldStart("architecture");
            json.writeStringField("name", assessment.architecture().name());
            json.writeStringField("file", assessment.architecture().source().displayName());
            json.writeStringField("sha256", assessment.architecture().source().sha256());
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
            json.writeStringField("at", assessment.generatedAt().toString());
            json.writeArrayFieldStart("rule_files");
            for (var file : assessment.ruleFiles()) {
                json.writeStartObject();
                json.writeStringField("name", file.name());
                json.writeBooleanField("built_in", file.builtIn());
                json.writeStringField("sha256", file.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();

            json.writeEndObject();
        }
    }

    private static void writeAssignment(JsonGenerator json, Assignment assignment) throws IOException {
        json.writeStartObject();
        json.writeStringField("control", assignment.control().id());
        if (assignment.organizationScope()) {
            json.writeNullField("component");
            json.writeNullField("service");
            json.writeNullField("model");
        } else {
            json.writeStringField("component", assignment.component().id());
            json.writeStringField("service", assignment.component().serviceId());
            json.writeStringField("model", assignment.component().model().label());
        }
        json.writeStringField("responsibility", assignment.responsibility().yamlName());
        json.writeStringField("aws", assignment.aws());
        json.writeStringField("customer", assignment.customer());
        json.writeStringField("rationale", assignment.rationale());
        json.writeArrayFieldStart("rules");
        for (String rule : assignment.rules()) json.writeString(rule);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", finding.id());
        json.writeStringField("severity", finding.severity().yamlName());
        json.writeStringField("component", finding.componentId());
        json.writeStringField("data", finding.dataName());
        json.writeStringField("control", finding.controlId());
        json.writeStringField("message", finding.message());
        json.writeStringField("rule", finding.rule());
        json.writeEndObject();
    }
}
