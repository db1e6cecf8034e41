package org.skillgraph.seed.esco;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one ESCO CSV file record by record with a real CSV parser (altLabels and descriptions hold quoted
 * line breaks) and the header line for column names. Nothing but the current record is held in memory.
 */
final class EscoCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private EscoCsv() {}

    /** One record; values are stripped and never null. */
    static final class Row {
        private final CSVRecord record;
        private final long line;

        Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        String get(String column) {
            var value = record.get(column);
            return value == null ? "" : value.strip();
        }

        /** Line of the file where the record starts (1 is the header; quoted line breaks count). */
        long line() {
            return line;
        }
    }

    /**
     * Calls {@code each} for every record of {@code in} (UTF-8) and returns how many there were.
     *
     * @param where names the file for messages, e.g. {@code skills_en.csv in esco-1.1.1-…zip}
     * @throws EscoFormatException when a column of {@code file} is missing or a record is malformed
     */
    static long read(EscoFile file, String where, InputStream in, Consumer<Row> each) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var parser = CSVParser.parse(withoutByteOrderMark(new InputStreamReader(in, decoder)), FORMAT)) {
            checkColumns(file, where, parser);
            long count = 0;
            // The parser reads no further than the record it returns, so its line count ends that record.
            long previousEnd = parser.getCurrentLineNumber();
            for (var record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new EscoFormatException(
                            where + ", line " + line + ": " + record.size() + " values where the header has "
                                    + parser.getHeaderNames().size() + " columns");
                }
                each.accept(new Row(record, line));
                count++;
            }
            return count;
        } catch (UncheckedIOException e) {
            throw malformed(where, e.getCause());
        } catch (IOException e) {
            throw malformed(where, e);
        }
    }

    private static void checkColumns(EscoFile file, String where, CSVParser parser) {
        var missing = new ArrayList<>(file.columns());
        missing.removeAll(parser.getHeaderNames());
        if (!missing.isEmpty()) {
            throw new EscoFormatException(where + " lacks the column(s) " + String.join(", ", missing)
                    + " of ESCO's CSV export; its header is " + String.join(",", parser.getHeaderNames()));
        }
    }

    private static RuntimeException malformed(String where, IOException e) {
        if (e instanceof CSVException || e instanceof ZipException || e instanceof CharacterCodingException) {
            return new EscoFormatException(where + " cannot be read as UTF-8 CSV: " + e.getMessage(), e);
        }
        return new UncheckedIOException("Cannot read " + where, e);
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }
}
