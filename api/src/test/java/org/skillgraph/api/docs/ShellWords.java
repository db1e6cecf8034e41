package org.skillgraph.api.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one shell command line into words as bash would for the commands the docs show: single quotes keep
 * everything, double quotes expand {@code $NAME}, a backslash escapes the next character, {@code #} after a
 * blank starts a comment. Nothing else of the shell (no globbing, no command substitution) is needed there.
 */
final class ShellWords {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    private ShellWords() {}

    static List<String> split(String line, Map<String, String> variables) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = closing(line, i, '\'');
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int end = closing(line, i, '"');
                word.append(expand(line.substring(i + 1, end).replace("\\\"", "\""), variables));
                i = end;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '$') {
                var m = VARIABLE.matcher(line).region(i, line.length());
                if (m.lookingAt()) {
                    word.append(value(m, variables));
                    i = m.end() - 1;
                } else {
                    word.append(c);
                }
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int closing(String line, int open, char quote) {
        for (int i = open + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\' && quote == '"') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed " + quote + " in: " + line);
    }

    private static String expand(String text, Map<String, String> variables) {
        return VARIABLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(value(m, variables)));
    }

    private static String value(java.util.regex.MatchResult m, Map<String, String> variables) {
        var value = variables.get(m.group(1));
        if (value == null) {
            throw new IllegalArgumentException("$" + m.group(1) + " is not a variable the docs define");
        }
        return value;
    }
}
