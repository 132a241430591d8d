package dev.srm.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ServiceCatalog;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Component;
import dev.srm.model.DataCategory;
import dev.srm.model.DataItem;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.yaml.YamlLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The architecture validator: every kind of problem with its exact {@code file:line:col: message}, and the defaults the
 * reader fills in. Runs against the built-in service catalog, the one users write their files against.
 */
class ArchitectureReaderTest {

    private static final String FILE = "arch.yaml";
    private static final ServiceCatalog SERVICES = CatalogLoader.builtInServices();
    private static final ArchitectureReader READER = new ArchitectureReader(SERVICES);

    // ---- a valid file, and what the reader makes of it --------------------------------------------------------------

    @Test
    void aCompleteFileBecomesTheFactModel() {
        Architecture architecture = read("""
                name: Webshop
                description: Online shop
                owner: platform-team
                environment: production
                regions: [eu-west-1, eu-central-1]
                organization:
                  security_training: true
                  incident_response_plan: false
                components:
                  - id: storefront
                    service: ec2
                    description: PHP storefront
                    exposure: internet
                    data:
                      - name: orders
                        classification: confidential
                        categories: [personal, payment]
                        encryption_at_rest: customer-managed-key
                        encryption_in_transit: true
                        backup: false
                """);
        assertThat(architecture.name()).isEqualTo("Webshop");
        assertThat(architecture.description()).isEqualTo("Online shop");
        assertThat(architecture.owner()).isEqualTo("platform-team");
        assertThat(architecture.environment()).isEqualTo("production");
        assertThat(architecture.regions()).containsExactly("eu-west-1", "eu-central-1");
        assertThat(architecture.organization().securityTraining()).isTrue();
        assertThat(architecture.organization().incidentResponsePlan()).isFalse();
        assertThat(architecture.source()).isEqualTo(new SourceFile(FILE, "0".repeat(64)));

        Component storefront = architecture.components().get(0);
        assertThat(storefront.id()).isEqualTo("storefront");
        assertThat(storefront.serviceId()).isEqualTo("ec2");
        assertThat(storefront.model()).isEqualTo(ServiceModel.IAAS);
        assertThat(storefront.modelOverridden()).isFalse();
        assertThat(storefront.description()).isEqualTo("PHP storefront");
        assertThat(storefront.exposure()).isEqualTo(Exposure.INTERNET);
        assertThat(storefront.index()).isZero();
        assertThat(storefront.data()).containsExactly(new DataItem("orders", Classification.CONFIDENTIAL,
                List.of(DataCategory.PERSONAL, DataCategory.PAYMENT), EncryptionAtRest.CUSTOMER_MANAGED_KEY, true, true, false));
    }

    @Test
    void optionalFieldsLeftOutGetTheirDefaults() {
        Architecture architecture = read("""
                name: Minimal
                components:
                  - id: web
                    service: ec2
                    data:
                      - name: logs
                        classification: internal
                """);
        assertThat(architecture.description()).isEmpty();
        assertThat(architecture.owner()).isEmpty();
        assertThat(architecture.environment()).isEmpty();
        assertThat(architecture.regions()).isEmpty();
        assertThat(architecture.organization().securityTraining()).as("undeclared, not false").isNull();
        assertThat(architecture.organization().incidentResponsePlan()).isNull();
        Component web = architecture.components().get(0);
        assertThat(web.exposure()).as("default exposure").isEqualTo(Exposure.PRIVATE);
        assertThat(web.description()).isEmpty();
        DataItem logs = web.data().get(0);
        assertThat(logs.categories()).isEmpty();
        assertThat(logs.encryptionInTransit()).as("not stated").isNull();
        assertThat(logs.backup()).as("not stated").isNull();
    }

    @Test
    void componentsKeepTheirFileOrder() {
        Architecture architecture = read("""
                name: Order
                components:
                  - {id: c, service: s3}
                  - {id: a, service: ec2}
                  - {id: b, service: lambda}
                """);
        assertThat(architecture.components()).extracting(Component::id).containsExactly("c", "a", "b");
        assertThat(architecture.components()).extracting(Component::index).containsExactly(0, 1, 2);
    }

    @Test
    void theModelComesFromTheCatalogUnlessOverridden() {
        Architecture architecture = read("""
                name: Models
                components:
                  - {id: vm, service: ec2}
                  - {id: fn, service: lambda}
                  - {id: mail, service: workmail}
                  - {id: beanstalk-managed, service: ec2, model: PaaS}
                """);
        assertThat(architecture.components()).extracting(Component::model)
                .containsExactly(ServiceModel.IAAS, ServiceModel.PAAS, ServiceModel.SAAS, ServiceModel.PAAS);
        assertThat(architecture.components()).extracting(Component::modelOverridden).containsExactly(false, false, false, true);
    }

    @Test
    void aModelOverrideIsReadInAnyCase() {
        Architecture architecture = read("""
                name: Cases
                components:
                  - {id: a, service: ecs, model: iaas}
                  - {id: b, service: ec2, model: PAAS}
                  - {id: c, service: s3, model: SaaS}
                  - {id: d, service: rds, model: " PaaS "}
                """);
        assertThat(architecture.components()).extracting(Component::model)
                .containsExactly(ServiceModel.IAAS, ServiceModel.PAAS, ServiceModel.SAAS, ServiceModel.PAAS);
        // rds is PaaS in the catalog: writing its own model is no override, and its statements still apply
        assertThat(architecture.components()).extracting(Component::modelOverridden).containsExactly(true, true, true, false);
    }

    @Test
    void aliasesAndAnyCaseFindTheCatalogService() {
        Architecture architecture = read("""
                name: Aliases
                components:
                  - {id: api, service: api-gateway}
                  - {id: users, service: cognito}
                  - {id: lb, service: alb}
                  - {id: db, service: aurora-postgresql}
                  - {id: legacy-db, service: rds-mysql}
                  - {id: vm, service: EC2}
                  - {id: web, service: " s3 "}
                """);
        assertThat(architecture.components()).extracting(Component::serviceId)
                .containsExactly("apigateway", "cognito-idp", "elbv2", "aurora", "rds", "ec2", "s3");
    }

    @Test
    void enumValuesAreReadInAnyCase() {
        Component c = read("""
                name: Cases
                components:
                  - id: db
                    service: rds
                    exposure: Internal
                    data:
                      - name: x
                        classification: RESTRICTED
                        categories: [Health, PERSONAL]
                        encryption_at_rest: Customer-Managed-Key
                        encryption_in_transit: TRUE
                        backup: False
                """).components().get(0);
        assertThat(c.exposure()).isEqualTo(Exposure.INTERNAL);
        DataItem x = c.data().get(0);
        assertThat(x.classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(x.categories()).containsExactly(DataCategory.HEALTH, DataCategory.PERSONAL);
        assertThat(x.encryptionAtRest()).isEqualTo(EncryptionAtRest.CUSTOMER_MANAGED_KEY);
        assertThat(x.encryptionInTransit()).isTrue();
        assertThat(x.backup()).isFalse();
    }

    @Test
    void encryptionAtRestIsTheServiceDefaultUnlessDeclared() {
        Architecture architecture = read("""
                name: Encryption
                components:
                  - id: bucket
                    service: s3
                    data:
                      - {name: by-default, classification: internal}
                      - {name: declared, classification: internal, encryption_at_rest: customer-managed-key}
                      - {name: declared-none, classification: internal, encryption_at_rest: none}
                  - id: vm
                    service: ec2
                    data:
                      - {name: by-default, classification: internal}
                """);
        List<DataItem> bucket = architecture.components().get(0).data();
        assertThat(SERVICES.find("s3").defaultEncryptionAtRest()).isEqualTo(EncryptionAtRest.AWS_OWNED_KEY);
        assertThat(bucket).extracting(DataItem::encryptionAtRest)
                .containsExactly(EncryptionAtRest.AWS_OWNED_KEY, EncryptionAtRest.CUSTOMER_MANAGED_KEY, EncryptionAtRest.NONE);
        assertThat(bucket).extracting(DataItem::encryptionAtRestDeclared).containsExactly(false, true, true);

        DataItem vm = architecture.components().get(1).data().get(0);
        assertThat(SERVICES.find("ec2").defaultEncryptionAtRest()).isEqualTo(EncryptionAtRest.NONE);
        assertThat(vm.encryptionAtRest()).isEqualTo(EncryptionAtRest.NONE);
        assertThat(vm.encryptionAtRestDeclared()).isFalse();
    }

    @Test
    void valuesAreTextSoNumbersAndNoStayAsWritten() {
        Architecture architecture = read("""
                name: 2024
                owner: NO
                environment: 1.10
                components:
                  - id: 01
                    service: ec2
                """);
        assertThat(architecture.name()).isEqualTo("2024");
        assertThat(architecture.owner()).isEqualTo("NO");
        assertThat(architecture.environment()).isEqualTo("1.10");
        assertThat(architecture.components().get(0).id()).isEqualTo("01");
    }

    @Test
    void repeatedRegionsAndCategoriesCountOnce() {
        Architecture architecture = read("""
                name: Repeats
                regions: [eu-west-1, eu-west-1, us-east-1]
                components:
                  - id: db
                    service: rds
                    data:
                      - {name: x, classification: internal, categories: [personal, personal]}
                """);
        assertThat(architecture.regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(architecture.components().get(0).data().get(0).categories()).containsExactly(DataCategory.PERSONAL);
    }

    @Test
    void emptyOptionalValuesMeanNotStated() {
        Architecture architecture = read("""
                name: Empty values
                description:
                regions:
                organization:
                components:
                  - id: web
                    service: ec2
                    model:
                    exposure: ~
                    data:
                """);
        assertThat(architecture.regions()).isEmpty();
        assertThat(architecture.organization().securityTraining()).isNull();
        Component web = architecture.components().get(0);
        assertThat(web.model()).isEqualTo(ServiceModel.IAAS);
        assertThat(web.modelOverridden()).isFalse();
        assertThat(web.exposure()).isEqualTo(Exposure.PRIVATE);
        assertThat(web.data()).isEmpty();
    }

    // ---- unknown fields ---------------------------------------------------------------------------------------------

    @Nested
    class UnknownFields {

        @Test
        void atTheTopLevel() {
            assertProblems("""
                    name: Shop
                    descripton: typo
                    components:
                      - {id: web, service: ec2}
                    """, "arch.yaml:2:1: unknown field 'descripton' in the architecture — did you mean 'description'?");
        }

        @Test
        void inOrganization() {
            assertProblems("""
                    name: Shop
                    organization:
                      security_trainig: true
                      incident_plan: true
                    components:
                      - {id: web, service: ec2}
                    """,
                    "arch.yaml:3:3: unknown field 'security_trainig' in organization — did you mean 'security_training'?",
                    "arch.yaml:4:3: unknown field 'incident_plan' in organization — allowed: incident_response_plan, security_training");
        }

        @Test
        void inAComponent() {
            assertProblems("""
                    name: Shop
                    components:
                      - id: web
                        service: ec2
                        exposre: internet
                    """, "arch.yaml:5:5: unknown field 'exposre' in a component — did you mean 'exposure'?");
        }

        @Test
        void inADataItem() {
            assertProblems("""
                    name: Shop
                    components:
                      - id: web
                        service: ec2
                        data:
                          - name: orders
                            classification: internal
                            encryption_in_transt: true
                    """, "arch.yaml:8:9: unknown field 'encryption_in_transt' in a data item of component 'web'"
                    + " — did you mean 'encryption_in_transit'?");
        }

        @Test
        void withoutACloseMatchTheAllowedFieldsAreListed() {
            assertProblems("""
                    name: Shop
                    colour: blue
                    components:
                      - {id: web, service: ec2, team: x}
                    """,
                    "arch.yaml:2:1: unknown field 'colour' in the architecture"
                            + " — allowed: components, description, environment, name, organization, owner, regions",
                    "arch.yaml:4:29: unknown field 'team' in a component — allowed: data, description, exposure, id, model, service");
        }
    }

    // ---- services and regions ---------------------------------------------------------------------------------------

    @Test
    void anUnknownServiceGetsTheClosestIdOrAlias() {
        assertProblems("""
                name: Shop
                components:
                  - id: web
                    service: ec3
                  - id: fn
                    service: lamda
                  - id: table
                    service: dynamo
                  - id: api
                    service: api-gatway
                """,
                "arch.yaml:4:14: unknown service 'ec3' in component 'web' — did you mean 'ec2'?",
                "arch.yaml:6:14: unknown service 'lamda' in component 'fn' — did you mean 'lambda'?",
                "arch.yaml:8:14: unknown service 'dynamo' in component 'table' — did you mean 'dynamodb'?",
                "arch.yaml:10:14: unknown service 'api-gatway' in component 'api' — did you mean 'api-gateway'?");
    }

    @Test
    void anUnknownServiceWithNothingCloseSendsTheUserToTheCatalog() {
        assertProblems("""
                name: Shop
                components:
                  - id: mainframe
                    service: zos-mainframe
                """, "arch.yaml:4:14: unknown service 'zos-mainframe' in component 'mainframe'"
                + " — see `srm catalog services` for the ids srm knows");
    }

    @Test
    void anUnknownRegionGetsTheClosestCode() {
        assertProblems("""
                name: Shop
                regions: [eu-west-1, eu-wset-1, us-east-7, Ireland]
                components:
                  - {id: web, service: ec2}
                """,
                "arch.yaml:2:22: unknown AWS region 'eu-wset-1' — did you mean 'eu-west-1'?",
                "arch.yaml:2:33: unknown AWS region 'us-east-7' — did you mean 'us-east-1'?",
                "arch.yaml:2:44: unknown AWS region 'Ireland' — use a region code such as eu-west-1 or us-east-1");
    }

    // ---- enums ------------------------------------------------------------------------------------------------------

    @Nested
    class WrongEnumValues {

        @Test
        void model() {
            assertProblems(component("model: Serverless"),
                    "arch.yaml:5:12: field 'model' in a component has unknown value 'Serverless' — allowed: IaaS | PaaS | SaaS");
        }

        @Test
        void exposure() {
            assertProblems(component("exposure: public"),
                    "arch.yaml:5:15: field 'exposure' in a component has unknown value 'public' — allowed: internet | internal | private");
        }

        @Test
        void classification() {
            assertProblems(dataItem("classification: secret"), "arch.yaml:7:25: field 'classification' in a data item of"
                    + " component 'db' has unknown value 'secret' — allowed: public | internal | confidential | restricted");
        }

        @Test
        void category() {
            assertProblems(dataItem("classification: internal\n        categories: [personal, pii, gdpr]"),
                    "arch.yaml:8:32: unknown data category 'pii' — allowed: personal | health | payment | credentials | financial",
                    "arch.yaml:8:37: unknown data category 'gdpr' — allowed: personal | health | payment | credentials | financial");
        }

        @Test
        void encryptionAtRest() {
            assertProblems(dataItem("classification: internal\n        encryption_at_rest: kms"),
                    "arch.yaml:8:29: field 'encryption_at_rest' in a data item of component 'db' has unknown value 'kms'"
                            + " — allowed: none | aws-owned-key | aws-managed-key | customer-managed-key | client-side");
        }
    }

    @Nested
    class Booleans {

        @Test
        void yesIsRefusedWithAHint() {
            assertProblems("""
                    name: Shop
                    organization:
                      security_training: yes
                      incident_response_plan: off
                    components:
                      - {id: web, service: ec2}
                    """,
                    "arch.yaml:3:22: field 'security_training' in organization must be true or false, not 'yes'"
                            + " — write true (srm does not read yes/no/on/off as booleans)",
                    "arch.yaml:4:27: field 'incident_response_plan' in organization must be true or false, not 'off'"
                            + " — write false (srm does not read yes/no/on/off as booleans)");
        }

        @Test
        void anyOtherWordIsRefused() {
            assertProblems(dataItem("classification: internal\n        backup: daily\n        encryption_in_transit: \"1\""),
                    "arch.yaml:8:17: field 'backup' in a data item of component 'db' must be true or false, not 'daily'"
                            + " — write true or false",
                    "arch.yaml:9:32: field 'encryption_in_transit' in a data item of component 'db' must be true or false, not '1'"
                            + " — write true or false");
        }

        @Test
        void quotedTrueAndFalseAreFine() {
            Architecture architecture = read("""
                    name: Shop
                    organization: {security_training: "true", incident_response_plan: 'False'}
                    components:
                      - {id: web, service: ec2}
                    """);
            assertThat(architecture.organization().securityTraining()).isTrue();
            assertThat(architecture.organization().incidentResponsePlan()).isFalse();
        }
    }

    // ---- ids ----------------------------------------------------------------------------------------------------------

    @Test
    void aDuplicateComponentIdNamesBothPlaces() {
        assertProblems("""
                name: Shop
                components:
                  - id: web
                    service: ec2
                  - id: db
                    service: rds
                  - id: web
                    service: lambda
                """, "arch.yaml:7:9: duplicate component id 'web' (first at line 3, column 9) — component ids must be unique");
    }

    @Test
    void aDuplicateDataItemNameNamesBothPlaces() {
        assertProblems("""
                name: Shop
                components:
                  - id: db
                    service: rds
                    data:
                      - {name: orders, classification: internal}
                      - {name: orders, classification: restricted}
                """, "arch.yaml:7:16: duplicate data item 'orders' in component 'db' (first at line 6, column 16)"
                + " — give each data item its own name");
    }

    @Test
    void aComponentIdIsLowerCaseLettersDigitsAndDashes() {
        assertProblems("""
                name: Shop
                components:
                  - id: Web Server
                    service: ec2
                  - id: DB
                    service: rds
                  - id: -cache
                    service: elasticache
                  - id: files_v2
                    service: s3
                """,
                "arch.yaml:3:9: component id 'Web Server' may only hold lower-case letters, digits and '-' — for example 'web-server'",
                "arch.yaml:5:9: component id 'DB' may only hold lower-case letters, digits and '-' — for example 'db'",
                "arch.yaml:7:9: component id '-cache' may only hold lower-case letters, digits and '-' — for example 'cache'",
                "arch.yaml:9:9: component id 'files_v2' may only hold lower-case letters, digits and '-' — for example 'files-v2'");
    }

    @Test
    void aComponentIdHasALimit() {
        String id = "a".repeat(201);
        assertProblems("name: Shop\ncomponents:\n  - id: " + id + "\n    service: ec2\n",
                "arch.yaml:3:9: component id is 201 characters long — keep it under 200");
    }

    @Test
    void textFieldsHaveALimit() {
        assertProblems("name: Shop\ndescription: " + "x".repeat(10_001) + "\ncomponents:\n  - {id: web, service: ec2}\n",
                "arch.yaml:2:14: field 'description' is 10001 characters long — keep it under 10000");
    }

    // ---- missing fields ---------------------------------------------------------------------------------------------

    @Nested
    class MissingFields {

        @Test
        void name() {
            assertProblems("""
                    # no name
                    components:
                      - {id: web, service: ec2}
                    """, "arch.yaml:2:1: missing required field 'name' in the architecture — add 'name: …'");
        }

        @Test
        void aBlankNameIsMissing() {
            assertProblems("""
                    name: "  "
                    components:
                      - {id: web, service: ec2}
                    """, "arch.yaml:1:7: missing required field 'name' in the architecture — add 'name: …'");
        }

        @Test
        void components() {
            assertProblems("name: Shop\nregions: [eu-west-1]\n",
                    "arch.yaml:1:1: missing required field 'components' — list at least one component (id, service)");
        }

        @Test
        void componentsEmpty() {
            assertProblems("name: Shop\ncomponents: []\n",
                    "arch.yaml:2:13: 'components' is empty — list at least one component (id, service)");
            assertProblems("name: Shop\ncomponents:\n",
                    "arch.yaml:2:12: 'components' is empty — list at least one component (id, service)");
        }

        @Test
        void componentIdAndService() {
            assertProblems("""
                    name: Shop
                    components:
                      - service: ec2
                      - id: db
                        exposure: private
                      - id:
                        service:
                    """,
                    "arch.yaml:3:5: missing required field 'id' in a component — add 'id: …'",
                    "arch.yaml:4:5: missing required field 'service' in a component — add 'service: …'",
                    "arch.yaml:6:8: missing required field 'id' in a component — add 'id: …'",
                    "arch.yaml:7:13: missing required field 'service' in a component — add 'service: …'");
        }

        @Test
        void dataItemNameAndClassification() {
            assertProblems("""
                    name: Shop
                    components:
                      - id: db
                        service: rds
                        data:
                          - classification: internal
                          - name: orders
                            categories: [personal]
                    """,
                    "arch.yaml:6:9: missing required field 'name' in a data item of component 'db' — add 'name: …'",
                    "arch.yaml:7:9: missing required field 'classification' in a data item of component 'db' — add 'classification: …'");
        }

        @Test
        void anEmptyFile() {
            assertProblems("# only a comment\n",
                    "arch.yaml: the file is empty — an architecture needs at least 'name' and 'components'");
        }
    }

    // ---- wrong shapes -----------------------------------------------------------------------------------------------

    @Nested
    class WrongTypes {

        @Test
        void theFileIsAListInsteadOfAMapping() {
            assertProblems("- name: Shop\n",
                    "arch.yaml:1:1: the architecture file must be a mapping of fields, not a list"
                            + " — write its fields as indented 'key: value' lines");
        }

        @Test
        void aListWhereAMappingIsExpected() {
            assertProblems("""
                    name: Shop
                    organization: [security_training]
                    components:
                      - [web, ec2]
                      - id: db
                        service: rds
                        data:
                          - [orders, internal]
                    """,
                    "arch.yaml:2:15: 'organization' must be a mapping of fields, not a list — write its fields as indented 'key: value' lines",
                    "arch.yaml:4:5: each component must be a mapping of fields, not a list — write its fields as indented 'key: value' lines",
                    "arch.yaml:8:9: each data item of component 'db' must be a mapping of fields, not a list"
                            + " — write its fields as indented 'key: value' lines");
        }

        @Test
        void aMappingOrListWhereTextIsExpected() {
            assertProblems("""
                    name: {first: Web, last: Shop}
                    owner: [a, b]
                    components:
                      - id: web
                        service: {id: ec2}
                    """,
                    "arch.yaml:1:7: field 'name' in the architecture must be a text value, not a mapping — write one value, as in 'name: …'",
                    "arch.yaml:2:8: field 'owner' in the architecture must be a text value, not a list — write one value, as in 'owner: …'",
                    "arch.yaml:5:14: field 'service' in a component must be a text value, not a mapping"
                            + " — write one value, as in 'service: …'");
        }

        @Test
        void textWhereAListIsExpected() {
            assertProblems("""
                    name: Shop
                    regions: eu-west-1
                    components: web
                    """,
                    "arch.yaml:2:10: field 'regions' in the architecture must be a list, not a text value"
                            + " — write one '- item' line per item, or [a, b]",
                    "arch.yaml:3:13: field 'components' in the architecture must be a list, not a text value"
                            + " — write one '- item' line per item, or [a, b]");
        }

        @Test
        void aMappingWhereAListIsExpected() {
            assertProblems("""
                    name: Shop
                    components:
                      - id: db
                        service: rds
                        data:
                          name: orders
                          classification: internal
                    """, "arch.yaml:6:7: field 'data' in a component must be a list, not a mapping"
                    + " — write one '- item' line per item, or [a, b]");
        }

        @Test
        void listItemsThatAreNotText() {
            assertProblems("""
                    name: Shop
                    regions: [eu-west-1, [us-east-1], ~]
                    components:
                      - id: db
                        service: rds
                        data:
                          - {name: orders, classification: internal, categories: [{personal: true}]}
                    """,
                    "arch.yaml:2:22: items of 'regions' in the architecture must be text values, not a list"
                            + " — write each item as a single value",
                    "arch.yaml:2:35: items of 'regions' in the architecture must be text values, not an empty value"
                            + " — write each item as a single value",
                    "arch.yaml:7:63: items of 'categories' in a data item of component 'db' must be text values, not a mapping"
                            + " — write each item as a single value");
        }
    }

    // ---- several problems, one pass -----------------------------------------------------------------------------------

    @Test
    void everyProblemOfTheFileIsReportedInOnePassInFileOrder() {
        assertProblems("""
                name: Shop
                regions: [eu-wset-1]
                components:
                  - id: web
                    service: ec3
                    exposure: public
                    data:
                      - name: sessions
                        classification: secret
                        backup: yes
                  - id: web
                    service: rds
                  - id: Cache
                    colour: red
                """,
                "arch.yaml:2:11: unknown AWS region 'eu-wset-1' — did you mean 'eu-west-1'?",
                "arch.yaml:5:14: unknown service 'ec3' in component 'web' — did you mean 'ec2'?",
                "arch.yaml:6:15: field 'exposure' in a component has unknown value 'public' — allowed: internet | internal | private",
                "arch.yaml:9:25: field 'classification' in a data item of component 'web' has unknown value 'secret'"
                        + " — allowed: public | internal | confidential | restricted",
                "arch.yaml:10:17: field 'backup' in a data item of component 'web' must be true or false, not 'yes'"
                        + " — write true (srm does not read yes/no/on/off as booleans)",
                "arch.yaml:11:9: duplicate component id 'web' (first at line 4, column 9) — component ids must be unique",
                "arch.yaml:13:5: missing required field 'service' in a component — add 'service: …'",
                "arch.yaml:13:9: component id 'Cache' may only hold lower-case letters, digits and '-' — for example 'cache'",
                "arch.yaml:14:5: unknown field 'colour' in a component — allowed: data, description, exposure, id, model, service");
    }

    @Test
    void readingAFileNamesItAsTheUserGaveIt() throws URISyntaxException {
        Path file = Path.of(ArchitectureReaderTest.class.getResource("/reader/several-problems.yaml").toURI());
        Throwable thrown = catchThrowable(() -> READER.read(file));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).extracting(Problem::format).containsExactly(
                file + ":6:14: unknown service 'ec3' in component 'web' — did you mean 'ec2'?",
                file + ":10:9: missing required field 'classification' in a data item of component 'db' — add 'classification: …'",
                file + ":11:9: unknown field 'clasification' in a data item of component 'db' — did you mean 'classification'?");
    }

    @Test
    void aValidFileKeepsItsNameAndHash() throws URISyntaxException {
        Path file = Path.of(ArchitectureReaderTest.class.getResource("/reader/valid-crlf-bom.yaml").toURI());
        Architecture architecture = READER.read(file);
        assertThat(architecture.source().displayName()).isEqualTo(file.toString());
        assertThat(architecture.source().sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(architecture.name()).isEqualTo("Windows editor");
        assertThat(architecture.components()).extracting(Component::id).containsExactly("web", "db");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static Architecture read(String yaml) {
        return READER.fromTree(new YamlLoader().parse(yaml, FILE), new SourceFile(FILE, "0".repeat(64)));
    }

    private static void assertProblems(String yaml, String... expected) {
        Throwable thrown = catchThrowable(() -> read(yaml));
        assertThat(thrown).as("an invalid file").isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).extracting(Problem::format).containsExactly(expected);
    }

    /** A file with one component 'web' (ec2) whose fifth line is {@code extra}, indented as a component field. */
    private static String component(String extra) {
        return "name: Shop\ncomponents:\n  - id: web\n    service: ec2\n    " + extra + "\n";
    }

    /** A file with one component 'db' (rds) and one data item 'orders' whose seventh line is {@code fields}. */
    private static String dataItem(String fields) {
        return "name: Shop\ncomponents:\n  - id: db\n    service: rds\n    data:\n      - name: orders\n        " + fields + "\n";
    }
}
