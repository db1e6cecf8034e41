package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.api.http.HeadlessChromium.Availability;

class HeadlessChromiumTest {

    @TempDir
    Path dir;

    @Test
    void shouldRunWhenBothExecutablesArePresent() throws IOException {
        assertThat(HeadlessChromium.availability(executable("chromium"), executable("chromedriver"), null))
                .isEqualTo(Availability.RUN);
    }

    @Test
    void shouldSkipWithoutTheBrowserUnlessTheEnvironmentRequiresIt() throws IOException {
        var driver = executable("chromedriver");
        var missing = dir.resolve("chromium");

        assertThat(HeadlessChromium.availability(missing, driver, null)).isEqualTo(Availability.SKIP);
        assertThat(HeadlessChromium.availability(missing, driver, "0")).isEqualTo(Availability.SKIP);
        assertThat(HeadlessChromium.availability(missing, driver, "1")).isEqualTo(Availability.FAIL);
    }

    @Test
    void shouldNotRunWithTheBrowserButWithoutItsDriver() throws IOException {
        assertThat(HeadlessChromium.availability(executable("chromium"), dir.resolve("chromedriver"), "1"))
                .isEqualTo(Availability.FAIL);
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(
                dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
