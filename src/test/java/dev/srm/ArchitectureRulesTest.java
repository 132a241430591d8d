package dev.srm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipeline's shape, stated as tests: each library stays in its one package, and packages form no cycle. */
class ArchitectureRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.srm");

    @Test
    void onlyTheEngineUsesDrools() {
        noClasses().that().resideOutsideOfPackage("dev.srm.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("Drools stays behind the engine package; the rest of srm sees plain records")
                .check(CLASSES);
    }

    @Test
    void onlyTheWorkbookWriterUsesPoi() {
        noClasses().that().resideOutsideOfPackage("dev.srm.report.workbook..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .because("POI is one output format's concern")
                .check(CLASSES);
    }

    @Test
    void onlyTheYamlPackageUsesSnakeYaml() {
        noClasses().that().resideOutsideOfPackage("dev.srm.yaml..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..")
                .because("one hardened YAML reader serves architecture files, catalogs and fixtures")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.srm.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void theFactModelDependsOnNothingElseOfSrm() {
        noClasses().that().resideInAPackage("dev.srm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.srm.engine..", "dev.srm.report..", "dev.srm.cli..",
                        "dev.srm.architecture..", "dev.srm.catalog..", "dev.srm.yaml..", "dev.srm.pipeline..")
                .because("the fact model is the public API rule authors build on")
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.srm.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
