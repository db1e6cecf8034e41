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
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
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
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    var rows = rows(block);
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

    private static List<List<String>> rows(Node table) {
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
                        cells.add(text(cell).strip());
                    }
                    rows.add(cells);
                } else {
                    visitChildren(node);
                }
            }
        });
        return rows;
    }

    /** The text of a cell, code spans included, without markup. */
    private static String text(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** Option → the variable its default reads, from the annotations (picocli's model holds them resolved). */
    private static TreeMap<String, String> environmentVariables(Class<?> command) {
        var envs = new TreeMap<String, String>();
        for (var field : command.getDeclaredFields()) {
            var option = field.getAnnotation(CommandLine.Option.class);
            if (option != null) {
                var env = ENV.matcher(option.defaultValue());
                if (env.find()) {
                    envs.put(option.names()[0], env.group(1));
                }
            }
            if (field.isAnnotationPresent(CommandLine.Mixin.class)) {
                envs.putAll(environmentVariables(field.getType()));
            }
        }
        return envs;
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
        var envs = environmentVariables(ServeCommand.class);

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
