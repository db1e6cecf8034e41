package org.skillgraph.seed.moodle;

import java.util.List;

/**
 * The columns of Moodle's competency framework CSV ({@code admin/tool/lpimportcsv}), in the order and with the
 * English header texts Moodle's exporter writes and its importer maps by position.
 */
public final class MoodleColumns {

    public static final List<String> HEADERS = List.of(
            "Parent id number",
            "Id number",
            "Shortname",
            "Description",
            "Description format",
            "Scale values",
            "Scale configuration",
            "Rule type (optional)",
            "Rule outcome (optional)",
            "Rule config (optional)",
            "Cross referenced competency id numbers",
            "Exported id (optional)",
            "Is framework",
            "Taxonomy");

    /** Moodle's {@code FORMAT_PLAIN}: descriptions are written as plain text. */
    public static final String PLAIN_TEXT = "2";

    /** Longest short name Moodle stores. */
    public static final int SHORTNAME_LENGTH = 100;

    /** Longest id number Moodle stores. */
    public static final int IDNUMBER_LENGTH = 100;

    private MoodleColumns() {}
}
