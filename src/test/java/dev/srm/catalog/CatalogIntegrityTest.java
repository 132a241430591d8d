package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.Service;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.Tenancy;
import dev.srm.yaml.YamlLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogIntegrityTest {

    private static final ServiceCatalog SERVICES = CatalogLoader.builtInServices();
    private static final ControlCatalog CONTROLS = CatalogLoader.builtInControls();

    @Test
    void theServiceCatalogCoversAtLeastAHundredServicesWithTheRequiredIds() {
        assertThat(SERVICES.services()).hasSizeGreaterThanOrEqualTo(100);
        for (String id : List.of("ec2", "s3", "rds", "dynamodb", "lambda", "sqs", "sns", "kms", "eks", "ecs", "ecr",
                "elasticache", "redshift", "emr", "elasticbeanstalk", "cloudfront", "route53", "elbv2", "efs", "apigateway",
                "cognito-idp", "secretsmanager", "glue", "athena", "lakeformation", "cloudtrail", "cloudwatch", "workmail",
                "workdocs", "quicksight", "connect", "vpc")) {
            assertThat(SERVICES.find(id)).as(id).isNotNull().extracting(Service::id).isEqualTo(id);
        }
        assertThat(SERVICES.find("api-gateway").id()).isEqualTo("apigateway");
        assertThat(SERVICES.find("cognito").id()).isEqualTo("cognito-idp");
        assertThat(SERVICES.find("alb").id()).isEqualTo("elbv2");
        assertThat(SERVICES.find("EC2").id()).as("case-insensitive").isEqualTo("ec2");
    }

    @Test
    void everyServiceCitesAnAwsPage() {
        for (Service service : SERVICES.services()) {
            assertThat(service.documentation()).as(service.id()).matches("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/.+");
            assertThat(service.notes()).as(service.id()).isNotBlank();
        }
    }

    @Test
    void theServiceNuancesTheRulesRelyOnHold() {
        assertThat(SERVICES.find("ec2")).extracting(Service::model, Service::category)
                .containsExactly(ServiceModel.IAAS, ServiceCategory.INFRASTRUCTURE);
        for (String id : List.of("rds", "redshift", "emr")) {
            assertThat(SERVICES.find(id)).as(id).extracting(Service::category, Service::tenancy)
                    .containsExactly(ServiceCategory.CONTAINER, Tenancy.SINGLE_TENANT);
        }
        for (String id : List.of("s3", "dynamodb", "sqs")) {
            assertThat(SERVICES.find(id)).as(id).extracting(Service::category, Service::tenancy)
                    .containsExactly(ServiceCategory.ABSTRACTED, Tenancy.MULTI_TENANT);
        }
        assertThat(SERVICES.find("s3").defaultEncryptionAtRest().encrypted()).isTrue();
        assertThat(SERVICES.find("dynamodb").defaultEncryptionAtRest().encrypted()).isTrue();
        assertThat(SERVICES.find("workmail").model()).isEqualTo(ServiceModel.SAAS);
    }

    @Test
    void theControlCatalogHasTheRequiredControlsWithTheirScopes() {
        assertThat(CONTROLS.controls()).hasSizeGreaterThanOrEqualTo(30);
        Map<String, ControlScope> required = Map.ofEntries(
                Map.entry("physical-security", ControlScope.COMPONENT), Map.entry("environmental-protection", ControlScope.COMPONENT),
                Map.entry("patch-management", ControlScope.COMPONENT), Map.entry("configuration-management", ControlScope.COMPONENT),
                Map.entry("awareness-training", ControlScope.ORGANIZATION), Map.entry("zone-security", ControlScope.COMPONENT),
                Map.entry("identity-and-access-management", ControlScope.COMPONENT), Map.entry("encryption-at-rest", ControlScope.COMPONENT),
                Map.entry("encryption-in-transit", ControlScope.COMPONENT), Map.entry("data-classification", ControlScope.COMPONENT),
                Map.entry("logging-and-monitoring", ControlScope.COMPONENT), Map.entry("backup-and-recovery", ControlScope.COMPONENT),
                Map.entry("incident-response", ControlScope.ORGANIZATION), Map.entry("vulnerability-management", ControlScope.COMPONENT),
                Map.entry("network-security", ControlScope.COMPONENT));
        required.forEach((id, scope) -> assertThat(CONTROLS.find(id)).as(id).isNotNull().extracting(Control::scope).isEqualTo(scope));
    }

    @Test
    void everyControlHasReferencesInAllThreeFrameworksAndAKnownFamily() {
        Set<String> families = new HashSet<>();
        CONTROLS.families().forEach(f -> families.add(f.id()));
        for (Control control : CONTROLS.controls()) {
            assertThat(control.nist()).as(control.id() + " NIST").isNotEmpty();
            assertThat(control.iso()).as(control.id() + " ISO").isNotEmpty();
            assertThat(control.ccm()).as(control.id() + " CCM").isNotEmpty();
            assertThat(control.soc2()).as(control.id() + " SOC 2").isNotEmpty();
            // HIPAA's Security Rule has no requirement on where data is stored: data-residency maps to none.
            if (!control.id().equals("data-residency")) assertThat(control.hipaa()).as(control.id() + " HIPAA").isNotEmpty();
            assertThat(families).as(control.id() + " family").contains(control.family().id());
            assertThat(control.description()).as(control.id()).isNotBlank();
        }
    }

    @Test
    void aBrokenCatalogIsReportedWithEveryProblemAndItsPosition() {
        String yaml = """
                services:
                  - id: ec2
                    name: EC2
                    model: Iaas
                    category: infra
                    default_encryption_at_rest: none
                    documentation: http://example.com
                    notes: x
                    colour: red
                    checked: 2026-12
                    traits:
                      content_at_rest: yes
                      scope: zonal
                      patching: sometimes
                      runs_customer_code: true
                      availability: customer-placement
                      backup: customer-copies
                      hosting: aws-data-centers
                      internet_facing: optional
                      content_used_for_improvement: false
                  - id: ec2
                    name: Again
                    model: IaaS
                    category: infrastructure
                    default_encryption_at_rest: none
                    documentation: https://docs.aws.amazon.com/x
                    notes: x
                """;
        assertThatThrownBy(() -> new CatalogLoader().services(new YamlLoader().parse(yaml, "services.yaml"), "services.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(
                                "services.yaml:5:15: field 'category' in service has unknown value 'infra' — allowed: infrastructure | container | abstracted",
                                "services.yaml:7:20: documentation of service 'ec2' must be an https:// URL of the AWS page its facts come from",
                                "services.yaml:9:5: unknown field 'colour' in service — allowed: aliases, category, checked, "
                                        + "default_encryption_at_rest, documentation, id, model, name, notes, sources, tenancy, traits, variant_of",
                                "services.yaml:12:7: missing required field 'keys' in traits — list the at-rest key options, [] for none",
                                "services.yaml:14:17: field 'patching' in traits has unknown value 'sometimes' — allowed: "
                                        + "customer-guest-os | maintenance-window | customer-built-artefacts | transparent | none",
                                "services.yaml:21:5: missing required field 'checked' in service — add 'checked: …'",
                                "services.yaml:21:5: missing required field 'traits' in service 'ec2' — every service states "
                                        + "content_at_rest, scope, patching, runs_customer_code, availability, backup, keys, hosting, "
                                        + "internet_facing, content_used_for_improvement (docs/knowledge-base.md)",
                                "services.yaml:21:9: duplicate id 'ec2' (first at line 2, column 9) — ids must be unique"));
    }


    @Test
    void aCustomControlCannotReplaceABuiltInOne() {
        String yaml = """
                controls:
                  - id: patch-management
                    title: Mine
                    family: system-maintenance
                    scope: component
                    description: d
                    nist: [SI-2]
                    iso: [A.8.8]
                    ccm: [TVM-01]
                  - id: pci-cmk
                    title: PCI data uses customer-managed keys
                    family: no-such-family
                    scope: component
                    description: d
                    nist: [SC-12]
                    iso: [A.8.24, A.9.1]
                    ccm: [CEK-01]
                """;
        assertThatThrownBy(() -> new CatalogLoader().controls(new YamlLoader().parse(yaml, "controls.yaml"), "controls.yaml", CONTROLS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(
                                "controls.yaml:2:9: control 'patch-management' is already a built-in control — choose another id (a custom control cannot replace a built-in one)",
                                "controls.yaml:12:13: unknown family 'no-such-family' — known: access-control, application-security, awareness-training, communications-protection, data-protection, governance, incident-response, logging-monitoring, physical-environmental, resilience, system-maintenance",
                                "controls.yaml:16:19: 'A.9.1' is not a valid 'iso' reference — expected ISO/IEC 27001:2022 Annex A ids A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34"));
    }
}
