package org.skillgraph.seed.moodle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Reads a Moodle competency framework CSV as Moodle's {@code tool_lpimportcsv} does: UTF-8 (a byte order mark is
 * tolerated), comma-separated, a header row, then records whose 14 cells are read by position. Unlike Moodle,
 * which maps whatever columns it finds, a header that is not Moodle's and a record of another width are refused,
 * each with its line.
 */
final class MoodleCsvReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private MoodleCsvReader() {}

    /** One record: the line it starts on and its cells. */
    record Row(long line, List<String> cells) {
        String cell(int column) {
            return cells.get(column);
        }
    }

    /** The records after the header, or every problem found reading them. */
    record Read(List<Row> rows, List<InterchangeProblem> problems) {}

    /** Where a cell is: {@code line N/Column header}. */
    static String pointer(long line, int column) {
        return "line " + line + "/" + MoodleColumns.HEADERS.get(column);
    }

    static Read read(String file, byte[] bytes) {
        var problems = new ArrayList<InterchangeProblem>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(
                    new InterchangeProblem(file, "", "is not UTF-8 text: save the CSV as UTF-8 and send it again"));
            return new Read(List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var rows = new ArrayList<Row>();
        try (var parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            var records = parser.iterator();
            boolean header = true;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                var record = records.next();
                var cells = record.toList();
                if (header) {
                    header = false;
                    header(file, line, cells, problems);
                    if (!problems.isEmpty()) {
                        return new Read(List.of(), problems);
                    }
                    continue;
                }
                if (cells.size() != MoodleColumns.HEADERS.size()) {
                    problems.add(new InterchangeProblem(
                            file,
                            "line " + line,
                            "has " + cells.size() + " columns; Moodle's layout has " + MoodleColumns.HEADERS.size()));
                    continue;
                }
                rows.add(new Row(line, List.copyOf(cells)));
            }
            if (header) {
                problems.add(new InterchangeProblem(file, "", "the file is empty: it needs Moodle's header row"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new InterchangeProblem(
                    file,
                    "line " + (rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1),
                    "is not valid CSV: " + e.getMessage()));
        }
        return new Read(List.copyOf(rows), List.copyOf(problems));
    }

    private static void header(String file, long line, List<String> cells, List<InterchangeProblem> problems) {
        int expected = MoodleColumns.HEADERS.size();
        if (!cells.isEmpty() && !known(cells.get(0)) && cells.stream().noneMatch(MoodleCsvReader::known)) {
            problems.add(new InterchangeProblem(
                    file,
                    "line " + line,
                    "is not Moodle's header row: the first line must name the " + expected
                            + " columns, from 'Parent id number' to 'Taxonomy'"));
            return;
        }
        for (int i = 0; i < Math.max(expected, cells.size()); i++) {
            if (i >= cells.size()) {
                problems.add(new InterchangeProblem(
                        file,
                        "line " + line + "/" + MoodleColumns.HEADERS.get(i),
                        "is missing: the header has " + cells.size() + " columns, Moodle's layout " + expected));
            } else if (i >= expected) {
                problems.add(new InterchangeProblem(
                        file,
                        "line " + line + "/column " + (i + 1),
                        "is unknown: '" + cells.get(i) + "' is not a column of Moodle's layout"));
            } else if (!normal(cells.get(i)).equals(normal(MoodleColumns.HEADERS.get(i)))) {
                problems.add(new InterchangeProblem(
                        file,
                        "line " + line + "/column " + (i + 1),
                        "is unknown: '" + cells.get(i) + "' where Moodle's layout has '" + MoodleColumns.HEADERS.get(i)
                                + "'"));
            }
        }
    }

    private static boolean known(String cell) {
        return MoodleColumns.HEADERS.stream().anyMatch(h -> normal(h).equals(normal(cell)));
    }

    /**
     * A header as compared: case, spacing, hyphens and an "(optional)" suffix do not matter (Moodle's versions
     * and translations differ in these: "Cross-referenced competency ID numbers (optional)").
     */
    static String normal(String header) {
        return header.toLowerCase(Locale.ROOT)
                .replace("(optional)", "")
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
