package dev.srm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The built-in rules compiled at build time into Drools' executable model ({@link PrebuiltRulesGenerator} writes the
 * generated classes into the jar, with {@value #INDEX}). Used only when the rules to load are exactly the built-in
 * rules the classes were generated from (same names, same SHA-256); anything else goes through the run-time DRL
 * compiler, so a build-time KieBase is never mixed with run-time DRL.
 */
public final class PrebuiltRules {

    /** The index written at build time: the hash of the sources and the executable-model classes built from them. */
    static final String INDEX = "srm-rules/builtin.properties";

    /** Set this system property to {@code true} to compile the built-in rules from DRL at run time, as before. */
    public static final String COMPILE_AT_RUN_TIME = "srm.rules.compileAtRunTime";

    static final String SOURCES_HASH = "sources.sha256";
    static final String MODELS = "models";

    private PrebuiltRules() {}

    /** The engine over the pre-built KieBase, or null when there is none for exactly these sources. */
    static RuleEngine load(List<RuleSource> sources) {
        Properties index = new Properties();
        try (InputStream in = PrebuiltRules.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) return null;
            index.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
        if (!hash(sources).equals(index.getProperty(SOURCES_HASH))) return null;
        Map<String, String> fileByPackage = fileByPackage(sources);
        if (fileByPackage == null) return null;
        List<Model> models = new ArrayList<>();
        try {
            for (String name : index.getProperty(MODELS, "").split(",")) {
                if (name.isBlank()) continue;
                models.add((Model) Class.forName(name.strip(), true, PrebuiltRules.class.getClassLoader()).getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null; // an incomplete jar: fall back to compiling the DRL
        }
        if (models.isEmpty()) return null;
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        return RuleEngine.of(kieBase, sources, rule -> fileByPackage.getOrDefault(rule.getPackageName(), "(unknown file)"));
    }

    /**
     * The built-in file of each DRL package; null when two files share a package (the rule's file could then not be told
     * from its package, so such a rule set is not pre-built).
     */
    static Map<String, String> fileByPackage(List<RuleSource> sources) {
        Map<String, String> byPackage = new HashMap<>();
        for (RuleSource source : sources) {
            if (byPackage.put(source.packageName(), source.name()) != null) return null;
        }
        return byPackage;
    }

    /** SHA-256 over the names and contents of the sources, in order. */
    static String hash(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                digest.update((source.name() + "\n" + source.sha256() + "\n" + source.builtIn() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
