package dev.srm.testing;

import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Component;
import dev.srm.model.DataItem;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.Organization;
import dev.srm.model.Availability;
import dev.srm.model.BackupModel;
import dev.srm.model.ContentAtRest;
import dev.srm.model.Hosting;
import dev.srm.model.InternetFacing;
import dev.srm.model.KeyOption;
import dev.srm.model.Patching;
import dev.srm.model.Service;
import dev.srm.model.ServiceScope;
import dev.srm.model.ServiceTraits;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.model.Tenancy;
import java.util.List;

/** Small hand-made facts for unit tests that must not depend on the catalogs' contents. */
public final class Facts {

    private Facts() {}

    public static final Service EC2 = service("ec2", "Amazon EC2", ServiceModel.IAAS, ServiceCategory.INFRASTRUCTURE,
            Tenancy.SINGLE_TENANT, EncryptionAtRest.NONE, "https://docs.aws.amazon.com/ec2/", "test");
    public static final Service S3 = service("s3", "Amazon S3", ServiceModel.PAAS, ServiceCategory.ABSTRACTED,
            Tenancy.MULTI_TENANT, EncryptionAtRest.AWS_OWNED_KEY, "https://docs.aws.amazon.com/s3/", "test");

    /** A service for tests that do not depend on its traits: stores content, no statements. */
    public static Service service(String id, String name, ServiceModel model, ServiceCategory category, Tenancy tenancy,
            EncryptionAtRest encryption, String documentation, String notes) {
        ServiceTraits traits = new ServiceTraits(ContentAtRest.YES, ServiceScope.REGIONAL, Patching.TRANSPARENT, false,
                Availability.AWS_ACROSS_AZS, BackupModel.SERVICE_BACKUPS, List.of(KeyOption.CUSTOMER_MANAGED),
                Hosting.AWS_DATA_CENTERS, InternetFacing.OPTIONAL, false);
        return new Service(id, name, model, category, tenancy, encryption, List.of(), documentation, notes, null, traits,
                java.time.YearMonth.of(2026, 12), java.util.Map.of());
    }

    public static Component component(String id, Service service, int index, DataItem... data) {
        return new Component(id, service, service.model(), false, "", Exposure.PRIVATE, List.of(data), index);
    }

    public static DataItem data(String name, Classification classification) {
        return new DataItem(name, classification, List.of(), EncryptionAtRest.NONE, true, null, null);
    }

    public static Architecture architecture(Component... components) {
        return new Architecture("Test", "", "", "", List.of(), Organization.undeclared(), List.of(components),
                new SourceFile("test.yaml", "0".repeat(64)));
    }
}
