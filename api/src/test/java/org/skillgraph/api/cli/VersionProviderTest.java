package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VersionProviderTest {

    @Test
    void shouldPrintTheMavenProjectVersion() throws Exception {
        // The module's pom names the project version in its <parent>; the build filters it into a resource.
        var pom = Files.readString(Path.of("pom.xml"));
        var matcher = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(matcher.find()).isTrue();
        var out = new StringWriter();

        int code =
                new CommandLine(new Main()).setOut(new PrintWriter(out, true)).execute("--version");

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("skillgraph " + matcher.group(1));
    }
}
