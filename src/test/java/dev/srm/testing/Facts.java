package dev.srm.testing;

import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Component;
import dev.srm.model.DataItem;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.Organization;
import dev.srm.model.Service;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.model.Tenancy;
import java.util.List;

/** Small hand-made facts for unit tests that must not depend on the catalogs' contents. */
public final class Facts {

    private Facts() {}

    public static final Service EC2 = new Service("ec2", "Amazon EC2", ServiceModel.IAAS, ServiceCategory.INFRASTRUCTURE,
            Tenancy.SINGLE_TENANT, EncryptionAtRest.NONE, List.of(), "https://docs.aws.amazon.com/ec2/", "test");
    public static final Service S3 = new Service("s3", "Amazon S3", ServiceModel.PAAS, ServiceCategory.ABSTRACTED,
            Tenancy.MULTI_TENANT, EncryptionAtRest.AWS_OWNED_KEY, List.of(), "https://docs.aws.amazon.com/s3/", "test");

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
