package dev.srm.catalog;

import dev.srm.model.Service;
import dev.srm.model.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The AWS services srm knows, found by id or alias (case-insensitive). {@link #find} gives a service with its
 * knowledge file's statements, read the first time the service is asked for: an assessment reads the files of the
 * services it uses, not all of them (docs/performance.md).
 */
public final class ServiceCatalog {

    private final List<Service> services;
    private final Map<String, Service> byName = new HashMap<>();
    private final Function<String, Map<String, Statement>> knowledge;
    private final Map<String, Service> complete = new ConcurrentHashMap<>();

    ServiceCatalog(List<Service> services) {
        this(services, id -> Map.of());
    }

    ServiceCatalog(List<Service> services, Function<String, Map<String, Statement>> knowledge) {
        this.services = List.copyOf(services);
        this.knowledge = knowledge;
        for (Service service : services) {
            byName.put(service.id(), service);
            for (String alias : service.aliases()) byName.put(alias, service);
        }
    }

    /** This catalog with a knowledge base: statements by service id (empty for a service without a file). */
    ServiceCatalog withKnowledge(Function<String, Map<String, Statement>> statementsById) {
        return new ServiceCatalog(services, statementsById);
    }

    /** This catalog plus the services of a rule folder's {@code services.yaml} (ids already checked not to clash). */
    ServiceCatalog extendedWith(List<Service> added) {
        List<Service> all = new ArrayList<>(services);
        all.addAll(added);
        return new ServiceCatalog(all, knowledge);
    }

    /** Services in catalog order, without their statements (see {@link #find}). */
    public List<Service> services() {
        return services;
    }

    /** The service with this id or alias, with its statements, or null. */
    public Service find(String idOrAlias) {
        Service service = idOrAlias == null ? null : byName.get(idOrAlias.strip().toLowerCase(java.util.Locale.ROOT));
        if (service == null) return null;
        return complete.computeIfAbsent(service.id(), id -> service.withStatements(knowledge.apply(id)));
    }

    /** True when the name is an alias, not the service's id. */
    public boolean isAlias(String name) {
        Service service = byName.get(name);
        return service != null && !service.id().equals(name);
    }

    /** Every id and alias, sorted (for "did you mean"). */
    public Collection<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /**
     * What the user most likely meant by an unknown service name, or null: first a service whose AWS name it is
     * ("Directory Service", "Elastic Beanstalk", spaces, hyphens and the Amazon/AWS prefix ignored), then the closest id or
     * alias by edit distance. Aliases come first because edit distance alone sends short names astray: 'redis' is one
     * edit from 'rds', 'ds' two from 'dms'; the catalog lists 'redis' and 'ds' as names of their own.
     */
    public String suggest(String typed) {
        String wanted = squashed(typed);
        if (wanted.isEmpty()) return null;
        for (Service service : services) {
            if (squashed(service.name()).equals(wanted) || squashed(service.id()).equals(wanted)) return service.id();
            for (String alias : service.aliases()) {
                if (squashed(alias).equals(wanted)) return alias;
            }
        }
        return dev.srm.diagnostics.Suggestions.closest(typed.strip().toLowerCase(java.util.Locale.ROOT), names());
    }

    /** Lower case, letters and digits only, without a leading Amazon/AWS: "AWS Step Functions" is "stepfunctions". */
    private static String squashed(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String prefix : new String[] {"amazon", "aws"}) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) s = s.substring(prefix.length());
        }
        return s;
    }

}
