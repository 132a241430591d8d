package dev.srm.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;

/**
 * Build step (Maven {@code process-classes}, see pom.xml): compiles the built-in DRL into Drools' executable model and
 * writes the generated classes into the classes folder, with the index {@link PrebuiltRules} checks at run time.
 * Needs drools-model-codegen, which is on the build's class path only; never loaded by srm at run time.
 */
public final class PrebuiltRulesGenerator {

    private PrebuiltRulesGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: PrebuiltRulesGenerator CLASSES_FOLDER");
        // Drools names each generated lambda class by an MD5 of its source taken in the platform charset: under LANG=C
        // a rule text with a '°' gave other class names than under a UTF-8 locale. pom.xml runs this with
        // -Dfile.encoding=UTF-8; refuse to build anything else, so the jar is the same whatever the build's locale.
        if (!java.nio.charset.Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            throw new IllegalStateException("PrebuiltRulesGenerator needs -Dfile.encoding=UTF-8 (the default charset is "
                    + java.nio.charset.Charset.defaultCharset() + "): the generated class names would depend on the locale");
        }
        Path classes = Path.of(args[0]);
        long start = System.nanoTime();
        List<RuleSource> sources = BuiltInRules.load();
        if (PrebuiltRules.fileByPackage(sources) == null) throw new IllegalStateException("two built-in rule files share a package");

        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        ReleaseId releaseId = kie.newReleaseId("dev.srm.rules", "builtin", "1");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> nameByPath = RuleEngine.writeSources(kfs, sources);
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        RuleEngine.throwErrors(builder, nameByPath);
        InternalKieModule module = (InternalKieModule) builder.getKieModule();

        String modelIndex = new String(module.getBytes("META-INF/kie/dev.srm.rules/builtin/drools-model"), StandardCharsets.UTF_8);
        List<String> models = new ArrayList<>();
        for (String line : modelIndex.split("\\R")) {
            if (!line.isBlank() && !line.contains(":")) models.add(line.strip());
        }
        // Generated class names carry a hash of the rules: remove the previous build's, so no stale class reaches the jar.
        Path generated = classes.resolve("srm/rules");
        if (Files.isDirectory(generated)) {
            try (java.util.stream.Stream<Path> old = Files.walk(generated)) {
                for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
            }
        }
        int written = 0;
        for (String file : module.getFileNames()) {
            // The generated classes of the rules' packages; not Drools' own KieContainer glue (org/drools/project/...).
            if (!file.endsWith(".class") || !file.startsWith("srm/rules/")) continue;
            Path target = classes.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, module.getBytes(file));
            written++;
        }

        // The same checks as the run-time path (duplicate names, files without rules), on the KieBase srm will load.
        List<Model> instances = new ArrayList<>();
        ClassLoader loader = module.getModuleClassLoader();
        for (String name : models) {
            try {
                instances.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the generated model " + name, e);
            }
        }
        Map<String, String> fileByPackage = PrebuiltRules.fileByPackage(sources);
        RuleEngine engine = RuleEngine.of(KieBaseBuilder.createKieBaseFromModel(instances), sources,
                rule -> fileByPackage.getOrDefault(rule.getPackageName(), "(unknown file)"));

        // Written by hand, not Properties.store, which adds a date: the jar stays reproducible.
        java.util.Collections.sort(models);
        Path indexFile = classes.resolve(PrebuiltRules.INDEX);
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, "# srm built-in rules, pre-compiled at build time (Drools executable model)\n"
                + PrebuiltRules.SOURCES_HASH + "=" + PrebuiltRules.hash(sources) + "\n"
                + PrebuiltRules.MODELS + "=" + String.join(",", models) + "\n", StandardCharsets.UTF_8);
        System.out.printf("srm: pre-built %d rules from %d files into %d classes (%d ms)%n", engine.rules().size(), sources.size(),
                written, (System.nanoTime() - start) / 1_000_000);
    }
}
