package dev.srm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private String[] listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void nothingIsVisibleUntilEveryOutputIsComplete() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        AtomicFiles files = new AtomicFiles();
        files.stage(a, out -> out.write("A".getBytes(StandardCharsets.UTF_8)));
        files.stage(b, out -> out.write("B".getBytes(StandardCharsets.UTF_8)));
        assertThat(a).doesNotExist();
        assertThat(b).doesNotExist();
        files.commit();
        assertThat(a).hasContent("A");
        assertThat(b).hasContent("B");
        assertThat(listing()).containsExactly("a.json", "b.json");
    }

    @Test
    void aFailureWhileWritingLeavesTheOldOutputAndNoTempFile() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "old A");
        Files.writeString(b, "old B");
        AtomicFiles files = new AtomicFiles();
        files.stage(a, out -> out.write("new A".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> files.stage(b, out -> {
            out.write("half of B".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        files.rollback();
        assertThat(a).hasContent("old A");
        assertThat(b).hasContent("old B");
        assertThat(listing()).containsExactly("a.json", "b.json");
    }

    @Test
    void aRuntimeFailureInAWriterAlsoLeavesNoTempFile() throws IOException {
        Path a = dir.resolve("a.xlsx");
        AtomicFiles files = new AtomicFiles();
        assertThatThrownBy(() -> files.stage(a, out -> {
            throw new IllegalStateException("writer bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listing()).isEmpty();
    }
}
