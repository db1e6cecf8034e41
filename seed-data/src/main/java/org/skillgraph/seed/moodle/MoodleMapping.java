package org.skillgraph.seed.moodle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.EntityId;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Maps the rows of a Moodle competency framework CSV onto a bundle, as the inverse of {@link MoodleCsvWriter}:
 * the framework row becomes a framework with a named scale, every competency a skill of it, its parent id number
 * a BROADER link, its cross-referenced id numbers RELATED links. Rules, taxonomies and competency-level scales
 * are counted as unmapped, never fatal. See {@code docs/interchange.md}.
 */
final class MoodleMapping {

    static final int PARENT = 0;
    static final int ID = 1;
    static final int SHORTNAME = 2;
    static final int DESCRIPTION = 3;
    static final int FORMAT = 4;
    static final int SCALE_VALUES = 5;
    static final int SCALE_CONFIGURATION = 6;
    static final int RULE_TYPE = 7;
    static final int RELATED = 10;
    static final int IS_FRAMEWORK = 12;
    static final int TAXONOMY = 13;

    /** The level a scale's first proficient value (and every value above it) maps to. */
    static final int PROFICIENT_LEVEL = 5;

    private static final int SAMPLE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final List<InterchangeProblem> problems = new ArrayList<>();
    private final Map<String, Integer> mapped = new TreeMap<>();
    private final Map<String, Integer> unmapped = new TreeMap<>();
    private final List<String> sample = new ArrayList<>();

    private MoodleMapping(String file) {
        this.file = file;
    }

    /** What the mapping produced: the bundle, the line of each of its skills, and what was left out. */
    record Result(
            Bundle bundle,
            long frameworkLine,
            List<Long> skillLines,
            Map<String, Integer> mapped,
            Map<String, Integer> unmapped,
            List<String> unmappedSample,
            List<InterchangeProblem> problems) {}

    static Result map(String file, List<MoodleCsvReader.Row> rows) {
        return new MoodleMapping(file).run(rows);
    }

    private Result run(List<MoodleCsvReader.Row> rows) {
        MoodleCsvReader.Row frameworkRow = null;
        var competencies = new LinkedHashMap<String, MoodleCsvReader.Row>();
        var ids = new HashMap<String, String>();
        for (var row : rows) {
            if (isFramework(row.cell(IS_FRAMEWORK))) {
                if (frameworkRow != null) {
                    problem(
                            row,
                            IS_FRAMEWORK,
                            "is a second framework row (line " + frameworkRow.line()
                                    + " is the first): a file holds one framework");
                } else {
                    frameworkRow = row;
                }
                continue;
            }
            var idnumber = row.cell(ID);
            if (idnumber.isBlank()) {
                problem(row, ID, "is empty: every competency needs an id number");
                continue;
            }
            var earlier = competencies.putIfAbsent(idnumber, row);
            if (earlier != null) {
                problem(row, ID, "repeats the id number '" + idnumber + "' of line " + earlier.line());
                continue;
            }
            var id = usableId(idnumber);
            if (id == null) {
                problem(row, ID, "'" + idnumber + "' cannot be made an id: " + EntityId.RULE);
            } else if (ids.containsKey(id)) {
                problem(row, ID, "'" + idnumber + "' becomes the id '" + id + "', as '" + ids.get(id) + "' does");
            } else {
                ids.put(id, idnumber);
            }
        }
        if (frameworkRow == null) {
            problems.add(new InterchangeProblem(
                    file, "", "no row has 'Is framework' set: Moodle's layout needs one framework row"));
        }
        for (var row : competencies.values()) {
            var parent = row.cell(PARENT);
            if (!parent.isEmpty() && !competencies.containsKey(parent)) {
                problem(row, PARENT, "'" + parent + "' is not the id number of a competency in this file");
            }
        }
        cycles(competencies);
        var framework = frameworkRow == null ? null : framework(frameworkRow);
        if (!problems.isEmpty()) {
            return new Result(null, 0, List.of(), mapped, unmapped, sample, List.copyOf(problems));
        }
        var skills = new ArrayList<Bundle.Skill>();
        var lines = new ArrayList<Long>();
        var frameworkScale = scaleValues(frameworkRow.cell(SCALE_VALUES));
        for (var row : competencies.values()) {
            skills.add(skill(row, competencies, framework.id(), frameworkScale));
            lines.add(row.line());
            count(mapped, "competencies");
        }
        var bundle = new Bundle(
                List.of(),
                skills,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(framework),
                framework.id());
        return new Result(
                bundle, frameworkRow.line(), List.copyOf(lines), mapped, unmapped, sample, List.copyOf(problems));
    }

    private Bundle.Framework framework(MoodleCsvReader.Row row) {
        var idnumber = row.cell(ID);
        var id = usableId(idnumber);
        if (id == null) {
            problem(row, ID, "'" + idnumber + "' cannot be made a framework id: " + EntityId.RULE);
        }
        var title = flat(row.cell(SHORTNAME));
        if (!row.cell(DESCRIPTION).isBlank()) {
            skip(row, "framework description", "a framework has no description in skillgraph");
        }
        if (!row.cell(TAXONOMY).isBlank()) {
            skip(row, "taxonomy", "Moodle's level names ('" + row.cell(TAXONOMY) + "') are not kept");
        }
        var scale = scale(row, title.isEmpty() ? idnumber : title);
        return new Bundle.Framework(
                id == null ? "moodle-invalid" : id,
                title.isEmpty() ? idnumber : title,
                null,
                null,
                null,
                null,
                null,
                scale);
    }

    /**
     * The framework's named scale: its values in order; the first proficient value (from the scale configuration,
     * else the last value) and every value above it map to {@value #PROFICIENT_LEVEL}, the values below it spread
     * evenly from 0 upwards ({@code i * 5 / p} for the {@code i}-th of {@code p}).
     */
    private Bundle.Scale scale(MoodleCsvReader.Row row, String title) {
        var values = scaleValues(row.cell(SCALE_VALUES));
        if (values.isEmpty()) {
            return null;
        }
        var seen = new HashSet<String>();
        for (var value : values) {
            if (value.isEmpty() || !seen.add(value)) {
                problem(row, SCALE_VALUES, "names the value '" + value + "' twice or leaves one empty");
                return null;
            }
        }
        int proficient = proficient(row, values.size());
        var steps = new ArrayList<Bundle.ScaleStep>();
        for (int i = 0; i < values.size(); i++) {
            int level = i >= proficient ? PROFICIENT_LEVEL : i * PROFICIENT_LEVEL / proficient;
            steps.add(new Bundle.ScaleStep(null, values.get(i), level));
        }
        return new Bundle.Scale("Moodle scale of " + title, null, null, steps);
    }

    /** The index of the first proficient value: Moodle numbers the values from 1 in the configuration. */
    private int proficient(MoodleCsvReader.Row row, int size) {
        var config = row.cell(SCALE_CONFIGURATION).strip();
        if (config.isEmpty()) {
            return size - 1;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(config);
        } catch (JsonProcessingException e) {
            problem(row, SCALE_CONFIGURATION, "is not Moodle's scale configuration (JSON): " + e.getOriginalMessage());
            return size - 1;
        }
        int first = size - 1;
        if (tree != null && tree.isArray()) {
            for (var entry : tree) {
                if (entry.path("proficient").asInt(0) == 1 && entry.path("id").canConvertToInt()) {
                    int index = entry.path("id").asInt() - 1;
                    if (index < 0 || index >= size) {
                        problem(row, SCALE_CONFIGURATION, "names value " + (index + 1) + " of a scale of " + size);
                    } else {
                        first = Math.min(first, index);
                    }
                }
            }
        }
        return first;
    }

    private Bundle.Skill skill(
            MoodleCsvReader.Row row,
            Map<String, MoodleCsvReader.Row> competencies,
            String framework,
            List<String> frameworkScale) {
        var idnumber = row.cell(ID);
        var id = usableId(idnumber);
        var name = flat(row.cell(SHORTNAME));
        var parent = row.cell(PARENT);
        var broader = new ArrayList<String>();
        if (!parent.isEmpty()) {
            broader.add(usableId(parent));
            count(mapped, "parents");
        }
        var related = new LinkedHashSet<String>();
        if (!row.cell(RELATED).isBlank()) {
            for (var raw : row.cell(RELATED).split(",", -1)) {
                var other = raw.replace("%2C", ",");
                if (competencies.containsKey(other) && !other.equals(idnumber)) {
                    related.add(usableId(other));
                    count(mapped, "crossReferences");
                } else {
                    skip(row, "cross reference", "'" + other + "' is not another competency of this file");
                }
            }
        }
        var ownScale = scaleValues(row.cell(SCALE_VALUES));
        if (!ownScale.isEmpty() && !ownScale.equals(frameworkScale)) {
            skip(row, "competency scale", "a skill is rated on its framework's scale; its own is not kept");
        }
        if (!row.cell(RULE_TYPE).isBlank()) {
            var type = row.cell(RULE_TYPE).substring(row.cell(RULE_TYPE).lastIndexOf('\\') + 1);
            skip(
                    row,
                    type,
                    type.equals("competency_rule_all")
                            ? "completion rules are not kept (the children stay narrower skills)"
                            : "completion rules are not kept");
        }
        var description = description(row.cell(DESCRIPTION), row.cell(FORMAT));
        return new Bundle.Skill(
                id,
                name.isEmpty() ? idnumber : name,
                description.isEmpty() ? null : description,
                id.equals(idnumber) ? List.of() : List.of(idnumber),
                null,
                List.of(),
                broader,
                List.of(),
                List.copyOf(related),
                framework,
                List.of());
    }

    /** Refuses parent cycles, once per cycle, at the line of its first member in the file. */
    private void cycles(Map<String, MoodleCsvReader.Row> competencies) {
        var reported = new HashSet<String>();
        for (var start : competencies.keySet()) {
            var path = new ArrayList<String>();
            var seen = new HashSet<String>();
            var at = start;
            while (at != null && !at.isEmpty() && competencies.containsKey(at) && seen.add(at)) {
                path.add(at);
                at = competencies.get(at).cell(PARENT);
            }
            if (at != null && at.equals(start) && !reported.contains(start)) {
                reported.addAll(path);
                path.add(start);
                problem(
                        competencies.get(start),
                        PARENT,
                        "closes a cycle of parents: " + String.join(" → ", path) + " (a competency cannot be its own"
                                + " ancestor)");
            }
        }
    }

    /** Moodle reads 'Is framework' as PHP truth: anything but empty and "0". */
    private static boolean isFramework(String cell) {
        return !cell.isEmpty() && !cell.equals("0");
    }

    private static List<String> scaleValues(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(",", -1)).map(String::strip).toList();
    }

    /**
     * The id of a Moodle id number: itself when it is a valid id, else its letters and digits with accents
     * removed and every run of other characters as {@code -}; {@code null} when nothing usable is left.
     */
    static String usableId(String idnumber) {
        if (EntityId.isValid(idnumber)) {
            return idnumber;
        }
        var ascii = Normalizer.normalize(idnumber, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var id = ascii.replaceAll("[^A-Za-z0-9._:-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (id.length() > 200) {
            id = id.substring(0, 200);
        }
        return EntityId.isValid(id) ? id : null;
    }

    /**
     * A description as plain text: HTML (format 1) and Moodle auto-format (0) lose their tags, line and paragraph
     * breaks become new lines and entities are decoded; plain text (2), Markdown (4) and the rest are kept.
     */
    static String description(String text, String format) {
        var kept = text;
        if (format.isBlank() || format.strip().equals("0") || format.strip().equals("1")) {
            kept = text.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</div>|</h[1-6]>", "\n")
                    .replaceAll("<[^>]*>", "");
            kept = StringEscapeUtils.unescapeHtml4(kept).replace('\u00A0', ' ');
            var lines = new ArrayList<String>();
            for (var line : kept.split("\\R")) {
                var flat = line.replaceAll("\\s+", " ").strip();
                if (!flat.isEmpty()) {
                    lines.add(flat);
                }
            }
            return String.join("\n", lines);
        }
        return kept.strip();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private void skip(MoodleCsvReader.Row row, String what, String why) {
        count(unmapped, what);
        if (sample.size() < SAMPLE) {
            sample.add("line " + row.line() + " (" + what + "): " + why);
        }
    }

    private static void count(Map<String, Integer> counts, String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private void problem(MoodleCsvReader.Row row, int column, String message) {
        problems.add(new InterchangeProblem(file, MoodleCsvReader.pointer(row.line(), column), message));
    }
}
