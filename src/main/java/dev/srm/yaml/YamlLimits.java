package dev.srm.yaml;

/**
 * What the reader accepts at most. Architecture files are small; these limits stop hostile input (huge files, alias
 * bombs, deep nesting, lines so long that reading them takes minutes, more components than an assessment fits in
 * memory) before it costs memory or time. Each can be raised with a system property, named in the error.
 */
public record YamlLimits(long maxBytes, int maxAliases, int maxDepth, int maxNodes, int maxLineLength, int maxComponents) {

    public static final String MAX_BYTES_PROPERTY = "srm.yaml.maxBytes";
    public static final String MAX_ALIASES_PROPERTY = "srm.yaml.maxAliases";
    public static final String MAX_DEPTH_PROPERTY = "srm.yaml.maxDepth";
    public static final String MAX_NODES_PROPERTY = "srm.yaml.maxNodes";
    public static final String MAX_LINE_LENGTH_PROPERTY = "srm.yaml.maxLineLength";
    public static final String MAX_COMPONENTS_PROPERTY = "srm.yaml.maxComponents";
    public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
    /**
     * 20,000 components is the largest estate measured end to end (rules, merge, JSON); 250,000 exhausted 6 GB. Counted
     * while the file is parsed, so a file far over it is refused after reading only the first 20,001 components.
     */
    public static final int DEFAULT_MAX_COMPONENTS = 20_000;

    public YamlLimits(long maxBytes, int maxAliases, int maxDepth, int maxNodes) {
        this(maxBytes, maxAliases, maxDepth, maxNodes, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_COMPONENTS);
    }

    public static YamlLimits defaults() {
        return new YamlLimits(
                Long.getLong(MAX_BYTES_PROPERTY, 8L * 1024 * 1024),
                Integer.getInteger(MAX_ALIASES_PROPERTY, 100),
                Integer.getInteger(MAX_DEPTH_PROPERTY, 50),
                Integer.getInteger(MAX_NODES_PROPERTY, 2_000_000),
                Integer.getInteger(MAX_LINE_LENGTH_PROPERTY, DEFAULT_MAX_LINE_LENGTH),
                Integer.getInteger(MAX_COMPONENTS_PROPERTY, DEFAULT_MAX_COMPONENTS));
    }
}
