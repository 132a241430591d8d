package dev.srm.model;

/** An enum constant as users write it in YAML and read it in reports: lower case, words joined by '-'. */
public interface YamlName {

    String name();

    default String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The constant whose YAML name is {@code text} (case-insensitive), or null. */
    static <E extends Enum<E> & YamlName> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.yamlName().equalsIgnoreCase(text.strip())) return constant;
        }
        return null;
    }

    /** "a | b | c", for error messages that list the allowed values. */
    static <E extends Enum<E> & YamlName> String allowed(Class<E> type) {
        StringBuilder text = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (text.length() > 0) text.append(" | ");
            text.append(constant.yamlName());
        }
        return text.toString();
    }
}
