package dev.srm.model;

import java.util.List;

/**
 * Data a component stores or processes. {@code encryptionAtRest} is the effective value: what the file says, or the
 * service's default from the catalog when the file says nothing ({@code encryptionAtRestDeclared} tells which).
 * {@code encryptionInTransit} and {@code backup} are null when the file does not say.
 */
public record DataItem(
        String name,
        Classification classification,
        List<DataCategory> categories,
        EncryptionAtRest encryptionAtRest,
        boolean encryptionAtRestDeclared,
        Boolean encryptionInTransit,
        Boolean backup) {

    public DataItem {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a data item needs a name");
        if (classification == null) throw new IllegalArgumentException("data item " + name + " needs a classification");
        if (encryptionAtRest == null) throw new IllegalArgumentException("data item " + name + " needs an encryption at rest");
        categories = List.copyOf(categories);
    }

    public boolean hasCategory(DataCategory category) {
        return categories.contains(category);
    }

    /** True when the file says data in transit is encrypted. */
    public boolean encryptedInTransit() {
        return Boolean.TRUE.equals(encryptionInTransit);
    }

    /** True when the file says this data is backed up. */
    public boolean backedUp() {
        return Boolean.TRUE.equals(backup);
    }
}
