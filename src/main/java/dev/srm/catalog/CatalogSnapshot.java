package dev.srm.catalog;

import dev.srm.model.Availability;
import dev.srm.model.BackupModel;
import dev.srm.model.ContentAtRest;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Family;
import dev.srm.model.Hosting;
import dev.srm.model.InternetFacing;
import dev.srm.model.KeyOption;
import dev.srm.model.Patching;
import dev.srm.model.Responsibility;
import dev.srm.model.Service;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.ServiceScope;
import dev.srm.model.ServiceTraits;
import dev.srm.model.Statement;
import dev.srm.model.Tenancy;
import dev.srm.yaml.Hashes;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in catalogs and knowledge files as one binary resource, written at build time by
 * {@link CatalogSnapshotGenerator} after every file passed the loaders' checks. Parsing ~1 MB of YAML cost a cold
 * start ~0.2 s (docs/performance.md); reading this costs a few milliseconds. Each part carries the SHA-256 of the
 * YAML it came from, and a part whose YAML in the jar differs (a resource edited without a rebuild) is not used: the
 * YAML is parsed instead, so the snapshot can only make srm faster, never different.
 */
final class CatalogSnapshot {

    static final String RESOURCE = "catalog/built-in.snapshot";
    private static final int FORMAT = 3;

    private final ServiceCatalog services;
    private final ControlCatalog controls;

    private CatalogSnapshot(List<Service> services, ControlCatalog controls, Map<String, Knowledge> knowledge,
            Function<String, byte[]> resources) {
        this.controls = controls;
        this.services = new ServiceCatalog(services, id -> statements(id, knowledge.get(id), resources));
    }

    private record Knowledge(String sha256, Map<String, Statement> statements) {}

    ServiceCatalog services() {
        return services;
    }

    ControlCatalog controls() {
        return controls;
    }

    /** The snapshot in the jar, or null when it is missing or was made from other catalog files than the jar's. */
    static CatalogSnapshot builtIn() {
        return read(CatalogSnapshot::resource);
    }

    /** Reads the snapshot through {@code resources} (resource name → bytes, null when absent); null when unusable. */
    static CatalogSnapshot read(Function<String, byte[]> resources) {
        byte[] bytes = resources.apply(RESOURCE);
        if (bytes == null) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(bytes)))) {
            if (in.readInt() != FORMAT) return null;
            if (!matches(in.readUTF(), resources.apply(CatalogLoader.SERVICES_RESOURCE))) return null;
            if (!matches(in.readUTF(), resources.apply(CatalogLoader.CONTROLS_RESOURCE))) return null;
            int serviceCount = in.readInt();
            List<Service> services = new ArrayList<>(serviceCount);
            for (int i = 0; i < serviceCount; i++) services.add(readService(in));
            int familyCount = in.readInt();
            Map<String, Family> families = new LinkedHashMap<>();
            for (int i = 0; i < familyCount; i++) {
                Family family = new Family(in.readUTF(), in.readUTF());
                families.put(family.id(), family);
            }
            int controlCount = in.readInt();
            List<Control> controls = new ArrayList<>(controlCount);
            for (int i = 0; i < controlCount; i++) {
                controls.add(new Control(in.readUTF(), in.readUTF(), families.get(in.readUTF()),
                        ControlScope.valueOf(in.readUTF()), text(in), strings(in), strings(in), strings(in), strings(in),
                        strings(in)));
            }
            int fileCount = in.readInt();
            Map<String, Knowledge> knowledge = new HashMap<>();
            for (int i = 0; i < fileCount; i++) {
                String service = in.readUTF();
                String sha = in.readUTF();
                int statementCount = in.readInt();
                Map<String, Statement> statements = new LinkedHashMap<>();
                for (int s = 0; s < statementCount; s++) {
                    Statement statement = new Statement(service, in.readUTF(), Responsibility.valueOf(in.readUTF()), text(in),
                            text(in), text(in), strings(in), text(in), YearMonth.of(in.readInt(), in.readInt()));
                    statements.put(statement.control(), statement);
                }
                knowledge.put(service, new Knowledge(sha, statements));
            }
            return new CatalogSnapshot(services, new ControlCatalog(List.copyOf(families.values()), controls), knowledge,
                    resources);
        } catch (IOException | RuntimeException e) {
            return null; // a snapshot that does not read is not used: the YAML is the truth
        }
    }

    /** A service's statements: from the snapshot while its file is the one the snapshot was made from. */
    private static Map<String, Statement> statements(String serviceId, Knowledge known, Function<String, byte[]> resources) {
        byte[] file = resources.apply(KnowledgeLoader.BUILT_IN_FOLDER + serviceId + ".yaml");
        if (file == null) return Map.of();
        if (known != null && known.sha256().equals(Hashes.sha256(file))) return known.statements();
        return KnowledgeLoader.builtIn(serviceId, file);
    }

    /** Writes the snapshot of catalogs loaded from {@code servicesYaml} and {@code controlsYaml}, and their files. */
    static byte[] write(byte[] servicesYaml, byte[] controlsYaml, ServiceCatalog services, ControlCatalog controls,
            Map<String, byte[]> knowledgeFiles, Map<String, Map<String, Statement>> knowledge) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(Hashes.sha256(servicesYaml));
            out.writeUTF(Hashes.sha256(controlsYaml));
            out.writeInt(services.services().size());
            for (Service service : services.services()) writeService(out, service);
            out.writeInt(controls.families().size());
            for (Family family : controls.families()) {
                out.writeUTF(family.id());
                out.writeUTF(family.title());
            }
            out.writeInt(controls.controls().size());
            for (Control control : controls.controls()) {
                out.writeUTF(control.id());
                out.writeUTF(control.title());
                out.writeUTF(control.family().id());
                out.writeUTF(control.scope().name());
                text(out, control.description());
                strings(out, control.nist());
                strings(out, control.iso());
                strings(out, control.ccm());
                strings(out, control.soc2());
                strings(out, control.hipaa());
            }
            out.writeInt(knowledge.size());
            for (Map.Entry<String, Map<String, Statement>> file : knowledge.entrySet()) {
                out.writeUTF(file.getKey());
                out.writeUTF(Hashes.sha256(knowledgeFiles.get(file.getKey())));
                out.writeInt(file.getValue().size());
                for (Statement statement : file.getValue().values()) {
                    out.writeUTF(statement.control());
                    out.writeUTF(statement.responsibility().name());
                    text(out, statement.aws());
                    text(out, statement.customer());
                    text(out, statement.why());
                    strings(out, statement.sources());
                    text(out, statement.note());
                    out.writeInt(statement.checked().getYear());
                    out.writeInt(statement.checked().getMonthValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeService(DataOutputStream out, Service s) throws IOException {
        out.writeUTF(s.id());
        out.writeUTF(s.name());
        out.writeUTF(s.model().name());
        out.writeUTF(s.category().name());
        out.writeUTF(s.tenancy() == null ? "" : s.tenancy().name());
        out.writeUTF(s.defaultEncryptionAtRest().name());
        strings(out, s.aliases());
        out.writeUTF(s.documentation());
        text(out, s.notes());
        out.writeUTF(s.variantOf() == null ? "" : s.variantOf());
        ServiceTraits t = s.traits();
        out.writeUTF(t.contentAtRest().name());
        out.writeUTF(t.scope().name());
        out.writeUTF(t.patching().name());
        out.writeBoolean(t.runsCustomerCode());
        out.writeUTF(t.availability().name());
        out.writeUTF(t.backup().name());
        out.writeInt(t.keys().size());
        for (KeyOption key : t.keys()) out.writeUTF(key.name());
        out.writeUTF(t.hosting().name());
        out.writeUTF(t.internetFacing().name());
        out.writeBoolean(t.contentUsedForImprovement());
        out.writeInt(s.checked().getYear());
        out.writeInt(s.checked().getMonthValue());
    }

    private static Service readService(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        ServiceModel model = ServiceModel.valueOf(in.readUTF());
        ServiceCategory category = ServiceCategory.valueOf(in.readUTF());
        String tenancy = in.readUTF();
        EncryptionAtRest encryption = EncryptionAtRest.valueOf(in.readUTF());
        List<String> aliases = strings(in);
        String documentation = in.readUTF();
        String notes = text(in);
        String variantOf = in.readUTF();
        ContentAtRest content = ContentAtRest.valueOf(in.readUTF());
        ServiceScope scope = ServiceScope.valueOf(in.readUTF());
        Patching patching = Patching.valueOf(in.readUTF());
        boolean code = in.readBoolean();
        Availability availability = Availability.valueOf(in.readUTF());
        BackupModel backup = BackupModel.valueOf(in.readUTF());
        int keyCount = in.readInt();
        List<KeyOption> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) keys.add(KeyOption.valueOf(in.readUTF()));
        Hosting hosting = Hosting.valueOf(in.readUTF());
        InternetFacing facing = InternetFacing.valueOf(in.readUTF());
        boolean improvement = in.readBoolean();
        YearMonth checked = YearMonth.of(in.readInt(), in.readInt());
        return new Service(id, name, model, category, tenancy.isEmpty() ? null : Tenancy.valueOf(tenancy), encryption, aliases,
                documentation, notes, variantOf.isEmpty() ? null : variantOf,
                new ServiceTraits(content, scope, patching, code, availability, backup, keys, hosting, facing, improvement), checked,
                Map.of());
    }

    // writeUTF is limited to 64 KB per string; texts are written as length and UTF-8 bytes (-1: null).
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) text(out, s);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) strings.add(text(in));
        return strings;
    }

    private static boolean matches(String sha256, byte[] file) {
        return file != null && sha256.equals(Hashes.sha256(file));
    }

    static byte[] resource(String name) {
        try (InputStream in = CatalogSnapshot.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
