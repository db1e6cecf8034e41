package org.skillgraph.seed.onet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * One O*NET text file: tab-separated, a header row, no quoting (O*NET's own layout). Values are stripped, so
 * copies padded with spaces read the same. Each row keeps its line number for problems.
 */
final class OnetFile {

    static final String OCCUPATIONS = "Occupation Data.txt";
    static final String SKILLS = "Skills.txt";
    static final String KNOWLEDGE = "Knowledge.txt";
    static final String ABILITIES = "Abilities.txt";
    static final String CONTENT_MODEL = "Content Model Reference.txt";
    static final String SCALES = "Scales Reference.txt";
    static final String RELATED = "Related Occupations.txt";
    static final String CAREER_CHANGERS = "Career Changers Matrix.txt";

    static final List<String> NAMES =
            List.of(OCCUPATIONS, SKILLS, KNOWLEDGE, ABILITIES, CONTENT_MODEL, SCALES, RELATED, CAREER_CHANGERS);

    /** The columns the importer reads, per file; any others are ignored. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            OCCUPATIONS, List.of("O*NET-SOC Code", "Title", "Description"),
            SKILLS, ratingColumns(),
            KNOWLEDGE, ratingColumns(),
            ABILITIES, ratingColumns(),
            CONTENT_MODEL, List.of("Element ID", "Element Name", "Description"),
            SCALES, List.of("Scale ID", "Minimum", "Maximum"),
            RELATED, List.of("O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier"),
            CAREER_CHANGERS, List.of("O*NET-SOC Code", "Related O*NET-SOC Code"));

    private static final CSVFormat FORMAT = CSVFormat.TDF
            .builder()
            .setQuote(null)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private OnetFile() {}

    private static List<String> ratingColumns() {
        return List.of(
                "O*NET-SOC Code",
                "Element ID",
                "Element Name",
                "Scale ID",
                "Data Value",
                "Recommend Suppress",
                "Not Relevant");
    }

    /** One row: its values by column and the line it is on (the header is line 1). */
    record Row(Map<String, String> values, long line) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** A file read whole, or the problems that stopped it (a missing column, a row of the wrong width, bad UTF-8). */
    record Table(String file, List<Row> rows, List<InterchangeProblem> problems) {}

    static Table read(String file, byte[] bytes) {
        var problems = new ArrayList<InterchangeProblem>();
        var rows = new ArrayList<Row>();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(new ByteArrayInputStream(stripBom(bytes)), decoder);
                var parser = FORMAT.parse(reader)) {
            var header = parser.getHeaderNames();
            for (var column : COLUMNS.get(file)) {
                if (!header.contains(column)) {
                    problems.add(new InterchangeProblem(
                            file,
                            "line 1/" + column,
                            "missing column \"" + column + "\" (the header has " + header + ")"));
                }
            }
            if (!problems.isEmpty()) {
                return new Table(file, List.of(), problems);
            }
            for (var record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    problems.add(new InterchangeProblem(
                            file,
                            "line " + line,
                            "has " + record.size() + " tab-separated values, the header " + header.size()));
                    continue;
                }
                var values = new java.util.HashMap<String, String>();
                for (var column : COLUMNS.get(file)) {
                    values.put(column, record.get(column));
                }
                rows.add(new Row(values, line));
            }
        } catch (CharacterCodingException e) {
            problems.add(new InterchangeProblem(file, "", "not UTF-8 text"));
        } catch (CSVException | IllegalArgumentException e) {
            problems.add(new InterchangeProblem(file, "", "not a tab-separated file with a header: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(new InterchangeProblem(file, "", "not UTF-8 text"));
            } else {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(file, rows, problems);
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
