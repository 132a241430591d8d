package dev.srm.report.workbook;

import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.DataItem;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.Family;
import dev.srm.model.Organization;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.RuleFileInfo;
import dev.srm.responsibility.Severity;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A large estate for the memory test: {@code components × controls} assignments with texts of realistic length, a
 * finding per component. Run as a program in its own small-heap JVM: {@code LargeWorkbook OUT.xlsx COMPONENTS CONTROLS}.
 */
final class LargeWorkbook {

    private LargeWorkbook() {}

    static Assessment assessment(int componentCount, int controlCount) {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < componentCount; i++) {
            components.add(new Component("component-" + i, i % 2 == 0 ? Samples.EC2 : Samples.RDS,
                    i % 2 == 0 ? ServiceModel.IAAS : ServiceModel.PAAS, false, "Component number " + i + " of the estate",
                    Exposure.PRIVATE, List.of(new DataItem("data-" + i, Classification.CONFIDENTIAL, List.of(),
                            EncryptionAtRest.AWS_MANAGED_KEY, false, true, true)), i));
        }
        List<Family> families = List.of(Samples.PHYSICAL, Samples.DATA, Samples.ACCESS, Samples.INCIDENT);
        List<Control> controls = new ArrayList<>();
        for (int c = 0; c < controlCount; c++) {
            controls.add(new Control("C-" + c, "Control number " + c + " of the catalog", families.get(c % families.size()),
                    ControlScope.COMPONENT, "What control " + c + " requires, in a sentence or two of catalog prose.",
                    List.of("AC-" + c), List.of("A.5." + c), List.of("IAM-" + c)));
        }
        Responsibility[] all = Responsibility.values();
        List<Assignment> assignments = new ArrayList<>(componentCount * controlCount);
        for (Control control : controls) {
            for (Component component : components) {
                int n = assignments.size();
                assignments.add(new Assignment(control, component, all[n % all.length],
                        "AWS operates the infrastructure beneath the service and keeps it patched.",
                        "Configure the service, grant least privilege and review access every quarter.",
                        "Decided for " + component.id() + " (" + component.model().label() + ") by the family rules.",
                        List.of("rule-" + control.family().id(), "rule-default")));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Component component : components) {
            findings.add(new Finding("finding-" + component.index(), Severity.MEDIUM, component.id(), "data-" + component.index(),
                    "C-0", "Something about " + component.id() + " needs attention.", "rule-findings"));
        }
        Architecture architecture = new Architecture("Large estate", "", "", "", List.of(), Organization.undeclared(),
                components, new SourceFile("large.yaml", Samples.INPUT_SHA));
        return new Assessment(architecture, controls, assignments, findings,
                List.of(new RuleFileInfo("rules/all.drl", true, Samples.RULES_SHA)), "0.1.0", Samples.GENERATED);
    }

    public static void main(String[] args) throws Exception {
        Assessment assessment = assessment(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        System.gc();
        long assessmentBytes = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            new WorkbookWriter().write(assessment, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("assignments=%d write_ms=%d heap_peak_mb=%d assessment_mb=%d max_heap_mb=%d bytes=%d%n",
                assessment.assignments().size(), millis, peak >> 20, assessmentBytes >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Files.size(Path.of(args[0])));
    }
}
