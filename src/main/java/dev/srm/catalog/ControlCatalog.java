package dev.srm.catalog;

import dev.srm.model.Control;
import dev.srm.model.Family;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The controls srm assesses, in catalog order, with their families. */
public final class ControlCatalog {

    private final List<Family> families;
    private final List<Control> controls;
    private final Map<String, Control> byId = new LinkedHashMap<>();
    private final Map<String, Family> familiesById = new LinkedHashMap<>();

    ControlCatalog(List<Family> families, List<Control> controls) {
        this.families = List.copyOf(families);
        this.controls = List.copyOf(controls);
        families.forEach(f -> familiesById.put(f.id(), f));
        controls.forEach(c -> byId.put(c.id(), c));
    }

    public List<Family> families() {
        return families;
    }

    public List<Control> controls() {
        return controls;
    }

    public Control find(String id) {
        return byId.get(id);
    }

    public Family family(String id) {
        return familiesById.get(id);
    }

    public Map<String, Control> byId() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** This catalog followed by another's families and controls (the caller has checked that no id clashes). */
    public ControlCatalog plus(ControlCatalog more) {
        List<Family> allFamilies = new ArrayList<>(families);
        more.families.stream().filter(f -> !familiesById.containsKey(f.id())).forEach(allFamilies::add);
        List<Control> allControls = new ArrayList<>(controls);
        allControls.addAll(more.controls);
        return new ControlCatalog(allFamilies, allControls);
    }
}
