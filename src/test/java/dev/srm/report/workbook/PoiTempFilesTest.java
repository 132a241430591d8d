package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of POI's temporary files: deleted at exit, and closed to a warm-up that is still creating sheets. */
class PoiTempFilesTest {

    @TempDir
    Path tmp;

    @Test
    void closingDeletesEverythingAndRefusesLaterFiles() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("srm-poi-test"));
        PoiTempFiles.Folder folder = new PoiTempFiles.Folder(dir);
        File sheet = folder.createTempFile("poi-sxssf-sheet", ".xml");
        File nested = folder.createTempDirectory("nested");
        Files.writeString(nested.toPath().resolve("part.xml"), "<x/>");
        assertThat(sheet).exists();

        folder.close();

        assertThat(dir).doesNotExist();
        assertThatThrownBy(() -> folder.createTempFile("poi-sxssf-sheet", ".xml"))
                .isInstanceOf(IOException.class).hasMessage("srm is exiting: no more temporary files");
        assertThatThrownBy(() -> folder.createTempDirectory("late")).isInstanceOf(IOException.class);
        assertThat(dir).doesNotExist();
    }
}
