package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.docs.DocPages;
import picocli.CommandLine;

/** docs/configuration.md's table of `serve` options holds exactly the options picocli knows, with their env. */
class ConfigurationDocTest {

    private static final Pattern OPTION = Pattern.compile("^(--[a-z0-9-]+)");
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");
    private static final Set<String> STANDARD = Set.of("--help", "--version");

    /** Option name (first column) → the row's cells, from the table whose first header is "Option". */
    private static final TreeMap<String, List<String>> ROWS = new TreeMap<>();

    @BeforeAll
    static void readTheTable() {
        var extensions = List.of(TablesExtension.create());
        var document = Parser.builder()
                .extensions(extensions)
                .build()
                .parse(DocPages.read(Path.of("docs", "configuration.md")));
        var text = TextContentRenderer.builder().extensions(extensions).build();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    var rows = rows(block, text);
                    if (!rows.isEmpty() && rows.get(0).get(0).equals("Option")) {
                        rows.subList(1, rows.size()).forEach(row -> {
                            var option = OPTION.matcher(row.get(0));
                            ROWS.put(option.find() ? option.group(1) : row.get(0), row);
                        });
                    }
                }
            }
        });
    }

    private static List<List<String>> rows(Node table, TextContentRenderer text) {
        var rows = new ArrayList<List<String>>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow row) {
                    var cells = new ArrayList<String>();
                    for (var cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(text.render(cell).strip());
                    }
                    rows.add(cells);
                } else {
                    visitChildren(node);
                }
            }
        });
        return rows;
    }

    private static CommandLine.Model.CommandSpec serve() {
        return new CommandLine(new ServeCommand()).getCommandSpec();
    }

    @Test
    void shouldDocumentEveryServeOptionAndNoOther() {
        var options = new TreeSet<String>();
        serve().options().stream()
                .map(CommandLine.Model.OptionSpec::longestName)
                .filter(name -> !STANDARD.contains(name))
                .forEach(options::add);
        var documented = new TreeSet<>(ROWS.keySet());
        documented.removeIf(name -> !name.startsWith("--") || STANDARD.contains(name));

        assertThat(options).hasSizeGreaterThan(20);
        assertThat(documented).as("options in docs/configuration.md").isEqualTo(options);
    }

    @Test
    void shouldNameTheEnvironmentVariableOfEveryOptionThatReadsOne() {
        var envs = new TreeMap<String, String>();
        for (var option : serve().options()) {
            var env = ENV.matcher(String.valueOf(option.defaultValue()));
            if (env.find()) {
                envs.put(option.longestName(), env.group(1));
            }
        }

        assertThat(envs).containsEntry("--data-dir", "SKILLGRAPH_DATA_DIR");
        envs.forEach((option, env) -> assertThat(ROWS.get(option))
                .as("the row of %s", option)
                .isNotNull()
                .anySatisfy(cell -> assertThat(cell).contains(env)));
    }

    @Test
    void shouldDocumentTheJavaOptionsOfTheLauncherScript() {
        assertThat(DocPages.read(Path.of("skillgraph"))).contains("SKILLGRAPH_JAVA_OPTS");
        assertThat(ROWS.values())
                .anySatisfy(row ->
                        assertThat(row).anySatisfy(cell -> assertThat(cell).contains("SKILLGRAPH_JAVA_OPTS")));
    }
}
