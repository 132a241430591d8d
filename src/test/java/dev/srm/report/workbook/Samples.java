package dev.srm.report.workbook;

import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.DataCategory;
import dev.srm.model.DataItem;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.Family;
import dev.srm.model.Organization;
import dev.srm.model.Service;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.model.Tenancy;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.RuleFileInfo;
import dev.srm.responsibility.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Assessments built in code for the workbook tests: three components on EC2, RDS and S3, four controls in four families
 * (one of organization scope), a control that does not apply to one component, findings of each severity, and a few
 * values that look like formulas where user text goes.
 */
final class Samples {

    static final String FORMULA = "=HYPERLINK(\"x\")";
    static final Instant GENERATED = Instant.parse("2025-03-14T09:26:53Z");
    static final String INPUT_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String RULES_SHA = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    static final String CUSTOM_SHA = "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9";

    static final Service EC2 = dev.srm.testing.Facts.service("ec2", "Amazon EC2", ServiceModel.IAAS, ServiceCategory.INFRASTRUCTURE,
            Tenancy.SINGLE_TENANT, EncryptionAtRest.NONE, "https://docs.aws.amazon.com/ec2/", "");
    static final Service RDS = dev.srm.testing.Facts.service("rds", "Amazon RDS", ServiceModel.PAAS, ServiceCategory.CONTAINER,
            Tenancy.SINGLE_TENANT, EncryptionAtRest.AWS_MANAGED_KEY, "https://docs.aws.amazon.com/rds/", "");
    static final Service S3 = dev.srm.testing.Facts.service("s3", "Amazon S3", ServiceModel.PAAS, ServiceCategory.ABSTRACTED,
            null, EncryptionAtRest.AWS_OWNED_KEY, "https://docs.aws.amazon.com/s3/", "");

    static final Family PHYSICAL = new Family("physical", "Physical and environmental protection");
    static final Family DATA = new Family("data-protection", "Data protection");
    static final Family ACCESS = new Family("access", "Identity and access management");
    static final Family INCIDENT = new Family("incident-response", "Incident response");

    static final Control PE_1 = new Control("PE-1", "Physical security of data centres", PHYSICAL, ControlScope.COMPONENT,
            "Data centres are protected against physical intrusion and environmental hazards.",
            List.of("PE-2", "PE-3"), List.of("A.7.1", "A.7.2"), List.of("DCS-01"));
    static final Control DP_1 = new Control("DP-1", "Encryption of data at rest", DATA, ControlScope.COMPONENT,
            "Stored data is encrypted with keys whose use is controlled.",
            List.of("SC-28"), List.of("A.8.24"), List.of("CEK-03"));
    static final Control IAM_1 = new Control("IAM-1", "Least-privilege access", ACCESS, ControlScope.COMPONENT,
            "Access to resources is granted on least privilege and reviewed.",
            List.of("AC-6", "AC-2"), List.of("A.5.15"), List.of("IAM-05", "IAM-09"));
    static final Control IR_1 = new Control("IR-1", "Incident response plan", INCIDENT, ControlScope.ORGANIZATION,
            "The organization keeps and tests a plan to respond to security incidents.",
            List.of("IR-8"), List.of("A.5.24"), List.of("SEF-03"));

    private Samples() {}

    static Component web() {
        return new Component("web", EC2, ServiceModel.IAAS, false, "Public web servers", Exposure.INTERNET, List.of(), 0);
    }

    static Component ordersDb() {
        return new Component("orders-db", RDS, ServiceModel.PAAS, false, "Order database", Exposure.PRIVATE, List.of(
                new DataItem("orders", Classification.CONFIDENTIAL, List.of(DataCategory.PERSONAL, DataCategory.PAYMENT),
                        EncryptionAtRest.CUSTOMER_MANAGED_KEY, true, true, true),
                new DataItem("audit-log", Classification.INTERNAL, List.of(), EncryptionAtRest.AWS_MANAGED_KEY, false, null, false)),
                1);
    }

    static Component assets() {
        return new Component("assets", S3, ServiceModel.SAAS, true, "@SUM(1+1) static assets", Exposure.INTERNET, List.of(
                new DataItem("-2+3", Classification.PUBLIC, List.of(), EncryptionAtRest.AWS_OWNED_KEY, false, null, null)),
                2);
    }

    static Architecture architecture() {
        return new Architecture("Web shop", "Online shop for the EU market", "platform-team@example.com", "production",
                List.of("eu-west-1", "eu-central-1"), Organization.undeclared(), List.of(web(), ordersDb(), assets()),
                new SourceFile("shop.yaml", INPUT_SHA));
    }

    /** The sample assessment; see the class comment. */
    static Assessment assessment() {
        Architecture architecture = architecture();
        Component web = architecture.components().get(0);
        Component db = architecture.components().get(1);
        Component assets = architecture.components().get(2);
        List<Assignment> assignments = new ArrayList<>();
        for (Component component : architecture.components()) {
            assignments.add(new Assignment(PE_1, component, Responsibility.INHERITED,
                    "AWS secures the data centres.", "Nothing.", "Physical controls are AWS's.", List.of("physical-inherited")));
        }
        // DP-1 does not apply to web (no data): its matrix cell stays blank.
        assignments.add(new Assignment(DP_1, db, Responsibility.SHARED,
                "AWS encrypts storage with the key the customer chooses.", "Manage the KMS key policy and rotation.",
                "Customer managed key on RDS.", List.of("data-at-rest-cmk", "data-at-rest-default")));
        assignments.add(new Assignment(DP_1, assets, Responsibility.CUSTOMER,
                "", "Choose and enforce bucket encryption.", "Public assets; the customer decides.", List.of("data-at-rest-s3")));
        assignments.add(new Assignment(IAM_1, web, Responsibility.CUSTOMER,
                "AWS runs IAM.", "Grant least privilege to instance roles.", "IaaS: the customer runs the OS.",
                List.of("iam-iaas")));
        assignments.add(new Assignment(IAM_1, db, Responsibility.SHARED,
                "AWS runs IAM and RDS authentication.", "Define database users and IAM policies.", "PaaS.", List.of("iam-paas")));
        assignments.add(new Assignment(IAM_1, assets, Responsibility.CUSTOMER,
                "AWS runs IAM.", "Write bucket policies.", "Bucket policies are the customer's.", List.of("iam-s3")));
        assignments.add(new Assignment(IR_1, null, Responsibility.CUSTOMER,
                "AWS responds to incidents in its infrastructure.", "Keep and test an incident response plan.", FORMULA,
                List.of("ir-plan", "ir-undeclared")));

        List<Finding> findings = List.of(
                new Finding("unencrypted-transit", Severity.HIGH, "orders-db", "orders", "DP-1",
                        "Confidential data without encryption in transit.", "transit-check"),
                new Finding("no-ir-plan", Severity.MEDIUM, null, null, "IR-1",
                        "+cmd|' /C calc'!A0 The file does not declare an incident response plan.", "ir-undeclared"),
                new Finding("public-bucket", Severity.LOW, "assets", null, null, "Bucket is public.", "s3-public"));

        List<RuleFileInfo> ruleFiles = List.of(
                new RuleFileInfo("rules/physical/physical.drl", true, RULES_SHA),
                new RuleFileInfo("custom/ir.drl", false, CUSTOM_SHA));
        return new Assessment(architecture, List.of(PE_1, DP_1, IAM_1, IR_1), assignments, findings, ruleFiles, "0.1.0",
                GENERATED);
    }

    /** The sample with {@code text} as the rationale of every assignment. */
    static Assessment withRationale(String text) {
        Assessment sample = assessment();
        List<Assignment> assignments = sample.assignments().stream()
                .map(a -> new Assignment(a.control(), a.component(), a.responsibility(), a.aws(), a.customer(), text, a.rules()))
                .toList();
        return new Assessment(sample.architecture(), sample.controls(), assignments, sample.findings(), sample.ruleFiles(),
                sample.toolVersion(), sample.generatedAt());
    }

    /** The sample without findings. */
    static Assessment withoutFindings() {
        Assessment sample = assessment();
        return new Assessment(sample.architecture(), sample.controls(), sample.assignments(), List.of(), sample.ruleFiles(),
                sample.toolVersion(), sample.generatedAt());
    }
}
