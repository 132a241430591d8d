package dev.srm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.pipeline.Assessor;
import dev.srm.report.workbook.WorkbookWriter;
import dev.srm.responsibility.Assessment;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
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

    @Test
    void aDiskFullWhileWritingAWorkbookIsReportedAsSuchNotAsAnUnclosedArchive() throws IOException {
        Assessment assessment = Assessor.builtIn(Clock.systemUTC()).assess(Path.of(System.getProperty("srm.projectDir", "."),
                "samples", "three-tier-webshop.yaml"));
        AtomicFiles files = new AtomicFiles(DiskFull::after20k);
        assertThatThrownBy(() -> files.stage(dir.resolve("m.xlsx"), out -> new WorkbookWriter().write(assessment, out)))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThatThrownBy(() -> files.stage(dir.resolve("m.json"), out -> new JsonReportWriter().write(assessment, out)))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(listing()).isEmpty();
    }

    @Test
    void temporaryFilesAreNamedWithThisProcessAndCreatedWithTheUmasksMode() throws IOException {
        AtomicFiles files = new AtomicFiles();
        String[] during = new String[1];
        files.stage(dir.resolve("m.json"), out -> during[0] = String.join(",", listing()));
        assertThat(during[0]).matches("\\.m\\.json\\." + ProcessHandle.current().pid() + "@[a-z0-9-]+\\.[0-9a-f]{8}\\.srm-tmp");
        assertThat(StaleFiles.TEMPORARY_OUTPUT.matcher(during[0]).matches()).isTrue();
        files.rollback();
    }

    /** A file system that fills up after 20,000 bytes. */
    private static final class DiskFull extends FilterOutputStream {
        private long written;

        private DiskFull(OutputStream out) {
            super(out);
        }

        static OutputStream after20k(OutputStream out) {
            return new DiskFull(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written += length;
            if (written > 20_000) throw new IOException("No space left on device");
            out.write(bytes, offset, length);
        }
    }
}
