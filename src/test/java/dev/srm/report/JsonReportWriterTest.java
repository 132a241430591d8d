package dev.srm.report;

import static dev.srm.testing.Facts.EC2;
import static dev.srm.testing.Facts.architecture;
import static dev.srm.testing.Facts.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.Family;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.RuleFileInfo;
import dev.srm.responsibility.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static final Family FAMILY = new Family("system-maintenance", "Configuration and Patch Management");
    private static final Control PATCH = new Control("patch-management", "Patch management", FAMILY, ControlScope.COMPONENT,
            "d", List.of("SI-2"), List.of("A.8.8"), List.of("TVM-01"));
    private static final Control TRAINING = new Control("awareness-training", "Training", FAMILY, ControlScope.ORGANIZATION,
            "d", List.of("AT-2"), List.of("A.6.3"), List.of("HRS-11"));

    private static Assessment assessment() {
        Architecture architecture = architecture(component("web", EC2, 0, dev.srm.testing.Facts.data("orders", Classification.RESTRICTED)));
        return new Assessment(architecture, List.of(PATCH, TRAINING),
                List.of(new Assignment(PATCH, architecture.components().get(0), Responsibility.SHARED, "AWS \"hosts\"", "guest OS",
                                "why\nsecond line", List.of("a/one", "b/two")),
                        new Assignment(TRAINING, null, Responsibility.SHARED, "AWS staff", "your staff", "model", List.of("c/t"))),
                List.of(new Finding("restricted-data-unencrypted", Severity.HIGH, "web", "orders", "encryption-at-rest", "m", "d/f"),
                        new Finding("no-training", Severity.LOW, null, null, "awareness-training", "m2", "c/t")),
                List.of(new RuleFileInfo("rules/x/x.drl", true, "ab".repeat(32))), "1.2.3", Instant.parse("2026-01-02T03:04:05Z"));
    }

    private static String json(Assessment assessment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(assessment, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheDocumentedContract() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(assessment()));

        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("tool", "architecture", "assignments", "findings", "summary", "generated");
        assertThat(root.path("tool").toString()).isEqualTo("{\"name\":\"srm\",\"version\":\"1.2.3\"}");
        assertThat(root.path("architecture").toString())
                .isEqualTo("{\"name\":\"Test\",\"file\":\"test.yaml\",\"sha256\":\"" + "0".repeat(64) + "\"}");
        assertThat(root.path("assignments").get(0).toString()).isEqualTo("{\"control\":\"patch-management\",\"component\":\"web\","
                + "\"service\":\"ec2\",\"model\":\"IaaS\",\"responsibility\":\"shared\",\"aws\":\"AWS \\\"hosts\\\"\","
                + "\"customer\":\"guest OS\",\"rationale\":\"why\\nsecond line\",\"rules\":[\"a/one\",\"b/two\"]}");
        assertThat(root.path("assignments").get(1).toString()).isEqualTo("{\"control\":\"awareness-training\",\"component\":null,"
                + "\"service\":null,\"model\":null,\"responsibility\":\"shared\",\"aws\":\"AWS staff\",\"customer\":\"your staff\","
                + "\"rationale\":\"model\",\"rules\":[\"c/t\"]}");
        assertThat(root.path("findings").get(0).toString()).isEqualTo("{\"id\":\"restricted-data-unencrypted\",\"severity\":\"high\","
                + "\"component\":\"web\",\"data\":\"orders\",\"control\":\"encryption-at-rest\",\"message\":\"m\",\"rule\":\"d/f\"}");
        assertThat(root.path("findings").get(1).path("component").isNull()).isTrue();
        assertThat(root.path("summary").toString())
                .isEqualTo("{\"inherited\":0,\"shared\":2,\"customer\":0,\"findings\":{\"high\":1,\"medium\":0,\"low\":1}}");
        assertThat(root.path("generated").toString()).isEqualTo("{\"at\":\"2026-01-02T03:04:05Z\",\"knowledge_base_checked\":{\"oldest\":\"2026-12\",\"newest\":\"2026-12\"},\"rule_files\":"
                + "[{\"name\":\"rules/x/x.drl\",\"built_in\":true,\"sha256\":\"" + "ab".repeat(32) + "\"}]}");
    }

    @Test
    void sameAssessmentSameBytes() throws IOException {
        assertThat(json(assessment())).isEqualTo(json(assessment()));
    }
}
