package org.skillgraph.api.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the request examples of a Markdown page: every ```bash block holding a {@code curl} command, with the
 * ```json (or plain) block right after it as the shown answer.
 */
public final class DocExamples {

    private static final Pattern NOT_RUN =
            Pattern.compile("(?s)<!--\\s*example:\\s*not run,?\\s*(?:because\\s*)?(.*?)\\s*-->\\s*");
    private static final Pattern ROUNDED = Pattern.compile("(?s)<!--\\s*example:\\s*numbers rounded\\b.*-->\\s*");
    private static final Set<String> ANSWER_LANGUAGES = Set.of("json", "", "http", "text", "csv");

    private DocExamples() {}

    /** The examples of {@code markdown} in document order; {@code file} names it in messages. */
    public static List<DocExample> in(String file, String markdown) {
        var document = Parser.builder()
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build()
                .parse(markdown);
        var examples = new ArrayList<DocExample>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getInfo().strip().equals("bash") && hasCurl(block.getLiteral())) {
                    examples.add(example(file, block));
                }
            }
        });
        return examples;
    }

    private static boolean hasCurl(String literal) {
        return literal.lines().anyMatch(line -> line.strip().startsWith("curl "));
    }

    private static DocExample example(String file, FencedCodeBlock block) {
        int fenceLine = block.getSourceSpans().get(0).getLineIndex() + 1;
        ShownAnswer shown = null;
        if (block.getNext() instanceof FencedCodeBlock answer
                && ANSWER_LANGUAGES.contains(answer.getInfo().strip())) {
            shown = ShownAnswer.of(answer.getInfo().strip(), answer.getLiteral());
        }
        String notRun = null;
        boolean rounded = false;
        if (block.getPrevious() instanceof HtmlBlock html) {
            var marker = NOT_RUN.matcher(html.getLiteral());
            if (marker.matches()) {
                notRun = marker.group(1);
            }
            rounded = ROUNDED.matcher(html.getLiteral()).matches();
        }
        return new DocExample(file, fenceLine, commands(block.getLiteral(), fenceLine + 1), shown, notRun, rounded);
    }

    /** Joins backslash continuations and quoted newlines into one command each; drops comment lines. */
    static List<DocExample.Command> commands(String literal, int firstLine) {
        var commands = new ArrayList<DocExample.Command>();
        var current = new StringBuilder();
        int start = -1;
        var lines = literal.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (current.isEmpty() && (line.isBlank() || line.strip().startsWith("#"))) {
                continue;
            }
            if (current.isEmpty()) {
                start = firstLine + i;
            }
            if (line.endsWith("\\") && !insideQuotes(current + line)) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (insideQuotes(current.toString())) {
                current.append('\n');
                continue;
            }
            commands.add(new DocExample.Command(start, current.toString().strip()));
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            throw new IllegalArgumentException("Unclosed quote in the command at line " + start);
        }
        return commands;
    }

    private static boolean insideQuotes(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return false;
            }
            if (c == '\\' && quote != '\'') {
                i++;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote != 0;
    }
}
