package dev.srm.report.workbook;

import dev.srm.model.Architecture;
import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.Family;
import dev.srm.model.Organization;
import dev.srm.model.Availability;
import dev.srm.model.BackupModel;
import dev.srm.model.ContentAtRest;
import dev.srm.model.Hosting;
import dev.srm.model.Patching;
import dev.srm.model.Service;
import dev.srm.model.ServiceScope;
import dev.srm.model.ServiceTraits;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.Severity;
import java.io.OutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and initialises POI's classes (thousands: POI, XMLBeans, the OOXML schemas) on a background thread while the
 * rules load on another core, by writing a one-row workbook nowhere. Start-up on two cores drops by the overlap.
 * A warm-up never affects a result: it writes to a null stream and any failure is ignored.
 */
public final class WarmUp {

    private WarmUp() {}

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Starts the warm-up on a daemon thread (it never holds up the JVM's exit); once per JVM, later calls do nothing. */
    public static void startInBackground() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread thread = new Thread(WarmUp::run, "srm-workbook-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        try {
            new WorkbookWriter().write(tiny(), OutputStream.nullOutputStream());
        } catch (Exception | LinkageError e) {
            // Only time is lost: the real write loads the classes itself.
        }
    }

    private static Assessment tiny() {
        Service service = new Service("ec2", "Amazon EC2", ServiceModel.IAAS, ServiceCategory.INFRASTRUCTURE, null,
                EncryptionAtRest.NONE, List.of(), "https://docs.aws.amazon.com/", "", null,
                new ServiceTraits(ContentAtRest.YES, ServiceScope.ZONAL, Patching.CUSTOMER_GUEST_OS, true,
                        Availability.CUSTOMER_PLACEMENT, BackupModel.SERVICE_BACKUPS, List.of(), Hosting.AWS_DATA_CENTERS,
                        dev.srm.model.InternetFacing.OPTIONAL, false),
                YearMonth.of(2026, 1), java.util.Map.of());
        Component component = new Component("warm-up", service, ServiceModel.IAAS, false, "", Exposure.PRIVATE, List.of(), 0);
        Family family = new Family("warm-up", "Warm-up");
        Control control = new Control("warm-up", "Warm-up", family, ControlScope.COMPONENT, "", List.of(), List.of(), List.of());
        Control organization = new Control("warm-up-organization", "Warm-up", family, ControlScope.ORGANIZATION, "", List.of(),
                List.of(), List.of());
        Architecture architecture = new Architecture("Warm-up", "", "", "", List.of(), Organization.undeclared(),
                List.of(component), new SourceFile("warm-up.yaml", ""));
        return new Assessment(architecture, List.of(control, organization),
                List.of(new Assignment(control, component, Responsibility.SHARED, "", "", "", List.of("warm-up")),
                        new Assignment(organization, null, Responsibility.CUSTOMER, "", "", "", List.of("warm-up"))),
                List.of(new Finding("warm-up", Severity.LOW, "warm-up", null, null, "", "warm-up")), List.of(), "", Instant.EPOCH);
    }
}
