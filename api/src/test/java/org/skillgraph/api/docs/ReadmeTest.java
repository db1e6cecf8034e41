package org.skillgraph.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The README stays a newcomer's page: short, its two commands the ones CI runs, its links alive. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    @Test
    void shouldStayShort() {
        assertThat(DocPages.read(README).lines().count()).isLessThanOrEqualTo(300);
    }

    @Test
    void shouldKeepTheTwoCommandsAndRunTheTestCommandInCi() {
        var blocks = new ArrayList<String>();
        Parser.builder().build().parse(DocPages.read(README)).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block.getLiteral());
            }
        });
        assertThat(blocks)
                .anySatisfy(block -> assertThat(block.lines()
                                .map(l -> l.replaceAll("\\s+#.*", "").strip()))
                        .containsExactly("./skillgraph serve --demo", "./mvnw verify"));

        var ci = DocPages.read(Path.of(".ci", "run"))
                .lines()
                .filter(line -> line.startsWith("./mvnw"))
                .toList();
        assertThat(ci)
                .singleElement()
                .satisfies(line -> assertThat(line.split("\\s+"))
                        .as("CI's Maven call: the README's, with batch-mode flags only")
                        .filteredOn(word -> !word.equals("-B") && !word.equals("-ntp"))
                        .containsExactly("./mvnw", "verify"));
    }

    @Test
    void shouldLinkOnlyToFilesThatExist() {
        var root = DocPages.root();
        var broken = new ArrayList<String>();
        for (var page : DocPages.all()) {
            Parser.builder().build().parse(DocPages.read(page)).accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    check(link.getDestination());
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    check(image.getDestination());
                }

                private void check(String destination) {
                    var file = destination.replaceAll("#.*", "");
                    if (file.isEmpty() || destination.matches("^[a-z]+:.*")) {
                        return;
                    }
                    var dir = page.getParent() == null ? root : root.resolve(page.getParent());
                    if (!Files.exists(dir.resolve(file).normalize())) {
                        broken.add(page + " → " + destination);
                    }
                }
            });
        }
        assertThat(broken).as("links to missing files").isEmpty();
    }
}
