package dev.srm.responsibility;

import dev.srm.model.Responsibility;
import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.model.DataItem;
import dev.srm.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rules conclude, collected. Rules reach it as the global {@code srm} and call one method per conclusion; the
 * engine tells it which rule is firing, so a conclusion always names its rule without the author having to.
 * A conclusion about an unknown control, or about a control of the wrong scope, is recorded as an error.
 */
public final class Conclusions {

    private final Map<String, Control> controls;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Set<String> errors = new LinkedHashSet<>();
    private String firingRule = "(no rule)";
    /**
     * Each distinct text once: rules build their texts per component ("… for " + service name), so 20,000 components
     * made 1.8 million equal strings, most of the heap (20,000 components needed over 768 MB, now well under 512 MB).
     */
    private final Map<String, String> texts = new HashMap<>();

    /** Each statement's rationale built once: a statement is one instance per service, stated for every component. */
    private final Map<Statement, String> rationales = new java.util.IdentityHashMap<>();

    public Conclusions(Map<String, Control> controlsById) {
        this.controls = Map.copyOf(controlsById);
    }

    /** Called by the engine before each rule fires. Not for rules. */
    public void ruleFiring(String ruleName) {
        this.firingRule = ruleName;
    }

    // ---- decisions on a component ----

    public void inherited(Component component, String controlId, String aws, String customer, String rationale) {
        decide(component, controlId, Responsibility.INHERITED, aws, customer, rationale);
    }

    public void shared(Component component, String controlId, String aws, String customer, String rationale) {
        decide(component, controlId, Responsibility.SHARED, aws, customer, rationale);
    }

    public void customer(Component component, String controlId, String aws, String customer, String rationale) {
        decide(component, controlId, Responsibility.CUSTOMER, aws, customer, rationale);
    }

    public void decide(Component component, String controlId, Responsibility responsibility, String aws, String customer,
            String rationale) {
        if (component == null) {
            error("passed no component for control '" + controlId + "' — use srm.organization(...) for organization-scope controls");
            return;
        }
        if (!checkControl(controlId, false) || !checkResponsibility(responsibility, controlId)) return;
        decisions.add(new Decision(controlId, component.id(), responsibility, text(aws), text(customer), text(rationale), firingRule));
    }

    /**
     * Decides the statement's control for the component as the service's knowledge file states it: its
     * responsibility, what AWS does, what the customer must do, and why, with the pages and the month they were read.
     */
    public void stated(Component component, Statement statement) {
        if (statement == null) {
            error("passed no statement for component '" + (component == null ? null : component.id()) + "'");
            return;
        }
        decide(component, statement.control(), statement.responsibility(), statement.aws(), statement.customer(),
                rationales.computeIfAbsent(statement, Statement::rationale));
    }

    /** The control does not apply to this component; {@code reason} says why (shown to rule authors, not in the matrix). */
    public void notApplicable(Component component, String controlId, String reason) {
        if (component == null) {
            error("passed no component to notApplicable for control '" + controlId + "'");
            return;
        }
        if (!checkControl(controlId, false)) return;
        exclusions.add(new Exclusion(controlId, component.id(), text(reason), firingRule));
    }

    // ---- decisions for the organisation ----

    public void organization(String controlId, Responsibility responsibility, String aws, String customer, String rationale) {
        if (!checkControl(controlId, true) || !checkResponsibility(responsibility, controlId)) return;
        decisions.add(new Decision(controlId, null, responsibility, text(aws), text(customer), text(rationale), firingRule));
    }

    // ---- findings ----

    /** A finding about a data item of a component ({@code data} may be null for the component as a whole). */
    public void finding(String id, Severity severity, Component component, DataItem data, String controlId, String message) {
        if (id == null || id.isBlank() || severity == null || message == null || message.isBlank()) {
            error("raised a finding without id, severity or message");
            return;
        }
        if (controlId != null && !controls.containsKey(controlId)) {
            error("raised finding '" + id + "' for unknown control '" + controlId + "' — use an id from `srm catalog controls`");
            return;
        }
        findings.add(new Finding(id, severity, component == null ? null : component.id(), data == null ? null : data.name(),
                controlId, message, firingRule));
    }

    /** A finding about the organisation as a whole. */
    public void organizationFinding(String id, Severity severity, String controlId, String message) {
        finding(id, severity, null, null, controlId, message);
    }

    private boolean checkControl(String controlId, boolean organizationScope) {
        Control control = controlId == null ? null : controls.get(controlId);
        if (control == null) {
            error("concludes for unknown control '" + controlId + "' — use an id from `srm catalog controls` or add the control to a controls.yaml");
            return false;
        }
        if (control.organizationScope() != organizationScope) {
            error(organizationScope
                    ? "decides component-scope control '" + controlId + "' for the organization — decide it per component"
                    : "decides organization-scope control '" + controlId + "' for a component — use srm.organization(...)");
            return false;
        }
        return true;
    }

    private boolean checkResponsibility(Responsibility responsibility, String controlId) {
        if (responsibility == null) {
            error("decided control '" + controlId + "' without a responsibility");
            return false;
        }
        return true;
    }

    private void error(String message) {
        errors.add("rule \"" + firingRule + "\" " + message);
    }

    private String text(String value) {
        if (value == null) return "";
        String stripped = value.strip();
        return texts.computeIfAbsent(stripped, same -> same);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }
}
