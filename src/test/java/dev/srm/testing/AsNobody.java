package dev.srm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the packaged srm as the unprivileged user 'nobody' through setpriv (util-linux): root reads and writes anything,
 * so a test of a permission that is denied must drop root's privilege. The jar is copied into {@code work}, which is
 * made reachable for nobody; what the test wants refused it locks itself.
 */
public record AsNobody(int exitCode, String out, String err) {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final int NOBODY = 65534;

    /** {@code srm args…} as nobody, in {@code work}; fails the test when setpriv is missing or srm takes over 120 s. */
    public static AsNobody run(Path work, String... args) throws IOException, InterruptedException {
        Path setpriv = Stream.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv")).filter(Files::isExecutable).findFirst()
                .orElse(null);
        assertThat(setpriv).as("setpriv (util-linux) runs srm without root's privilege").isNotNull();
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = work.resolve("srm.jar");
        if (!Files.exists(jar)) Files.copy(PROJECT.resolve("target/srm.jar"), jar);
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> command = new ArrayList<>(List.of(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("srm-out", ".txt");
        Path err = Files.createTempFile("srm-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
            return new AsNobody(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
