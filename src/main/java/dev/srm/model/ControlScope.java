package dev.srm.model;

/** Whether a control is decided for each component or once for the whole organisation. */
public enum ControlScope implements YamlName {
    COMPONENT, ORGANIZATION
}
