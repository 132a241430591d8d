package dev.srm.catalog;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Build step (Maven {@code process-classes}, see pom.xml): loads the built-in catalogs and every knowledge file from
 * the classes folder with all their checks, and writes {@link CatalogSnapshot#RESOURCE} beside them. A catalog or
 * knowledge file with a problem fails the build with the problem's position.
 */
public final class CatalogSnapshotGenerator {

    private CatalogSnapshotGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: CatalogSnapshotGenerator CLASSES_FOLDER");
        Path classes = Path.of(args[0]);
        long start = System.nanoTime();
        ServiceCatalog services;
        ControlCatalog controls;
        Map<String, Map<String, Statement>> knowledge;
        Path folder = classes.resolve(KnowledgeLoader.BUILT_IN_FOLDER);
        try {
            services = CatalogLoader.servicesFromYaml();
            controls = CatalogLoader.controlsFromYaml();
            knowledge = new KnowledgeLoader(services, controls).folder(folder);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) System.err.println(problem.format());
            throw new IllegalStateException("the built-in catalog or knowledge base has problems (above)");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String service : knowledge.keySet()) files.put(service, Files.readAllBytes(folder.resolve(service + ".yaml")));
        byte[] snapshot = CatalogSnapshot.write(Files.readAllBytes(classes.resolve(CatalogLoader.SERVICES_RESOURCE)),
                Files.readAllBytes(classes.resolve(CatalogLoader.CONTROLS_RESOURCE)), services, controls, files, knowledge);
        Path target = classes.resolve(CatalogSnapshot.RESOURCE);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, snapshot);
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("srm: snapshot of %d services, %d controls and %d knowledge files (%d KB, %d ms)%n",
                services.services().size(), controls.controls().size(), knowledge.size(), snapshot.length / 1024,
                (System.nanoTime() - start) / 1_000_000);
    }
}
