package dev.srm.catalog;

import dev.srm.model.Service;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The AWS services srm knows, found by id or alias (case-insensitive). */
public final class ServiceCatalog {

    private final List<Service> services;
    private final Map<String, Service> byName = new HashMap<>();

    ServiceCatalog(List<Service> services) {
        this.services = List.copyOf(services);
        for (Service service : services) {
            byName.put(service.id(), service);
            for (String alias : service.aliases()) byName.put(alias, service);
        }
    }

    /** Services in catalog order. */
    public List<Service> services() {
        return services;
    }

    /** The service with this id or alias, or null. */
    public Service find(String idOrAlias) {
        return idOrAlias == null ? null : byName.get(idOrAlias.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Every id and alias, sorted (for "did you mean"). */
    public Collection<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
