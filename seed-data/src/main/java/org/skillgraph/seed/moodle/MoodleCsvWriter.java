package org.skillgraph.seed.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes one framework of a full export as a Moodle competency framework CSV that Moodle's importer accepts:
 * the framework row first, then every skill after its parent (its first broader skill of the same framework;
 * Moodle keeps one parent), related skills as cross-referenced id numbers. The scale is the framework's named
 * scale when it declares one, else Moodle's default two-value competence scale.
 */
public final class MoodleCsvWriter {

    /** RFC 4180 (CRLF between records), which Moodle's CSV reader takes. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final String DEFAULT_SCALE = "Not yet competent,Competent";

    private MoodleCsvWriter() {}

    /** The CSV of {@code framework} (a node of the export's {@code frameworks}) over the export's skills. */
    public static String write(JsonNode export, JsonNode framework) {
        var id = framework.path("id").asText();
        var skills = new LinkedHashMap<String, JsonNode>();
        for (var skill : export.path("skills")) {
            if (id.equals(skill.path("framework").asText())) {
                skills.put(skill.path("id").asText(), skill);
            }
        }
        var out = new StringBuilder();
        try {
            FORMAT.printRecord(out, MoodleColumns.HEADERS.toArray());
            var scale = scale(framework);
            FORMAT.printRecord(
                    out,
                    "",
                    id,
                    shortname(framework.path("title").asText(id)),
                    "",
                    MoodleColumns.PLAIN_TEXT,
                    scale,
                    // Moodle reads the scale by its values; the proficient value is the last one.
                    "[{\"scaleid\":\"1\"},{\"id\":" + scale.split(",").length
                            + ",\"scaledefault\":1,\"proficient\":1}]",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "1",
                    "competency");
            int exported = 0;
            var written = new HashSet<String>();
            for (var skill : parentsFirst(skills)) {
                // Moodle drops a competency whose parent is not in the file: a skill on a broader cycle is a root.
                var parent = written.contains(parent(skill, skills)) ? parent(skill, skills) : "";
                written.add(skill.path("id").asText());
                var related = new ArrayList<String>();
                skill.path("related").forEach(r -> related.add(r.asText().replace(",", "%2C")));
                FORMAT.printRecord(
                        out,
                        parent,
                        skill.path("id").asText(),
                        shortname(skill.path("name").asText()),
                        skill.path("description").asText(""),
                        MoodleColumns.PLAIN_TEXT,
                        "",
                        "",
                        "",
                        "0",
                        "null",
                        String.join(",", related),
                        Integer.toString(++exported),
                        "",
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String scale(JsonNode framework) {
        var values = new ArrayList<String>();
        framework.path("scale").path("mapping").forEach(step -> {
            if (step.path("value").isTextual()) {
                values.add(step.path("value").asText().replace(",", " "));
            }
        });
        return values.isEmpty() ? DEFAULT_SCALE : String.join(",", values);
    }

    private static String parent(JsonNode skill, Map<String, JsonNode> skills) {
        for (var broader : skill.path("broader")) {
            if (skills.containsKey(broader.asText())) {
                return broader.asText();
            }
        }
        return "";
    }

    /** Skills in an order where every parent comes before its children (id order within a depth). */
    private static List<JsonNode> parentsFirst(Map<String, JsonNode> skills) {
        var ordered = new ArrayList<JsonNode>();
        var placed = new HashSet<String>();
        var pending = new ArrayList<>(skills.values());
        pending.sort(Comparator.comparing(s -> s.path("id").asText()));
        while (!pending.isEmpty()) {
            var next = new ArrayList<JsonNode>();
            for (var skill : pending) {
                var parent = parent(skill, skills);
                if (parent.isEmpty() || placed.contains(parent)) {
                    ordered.add(skill);
                    placed.add(skill.path("id").asText());
                } else {
                    next.add(skill);
                }
            }
            if (next.size() == pending.size()) {
                // A broader cycle: Moodle cannot hold it; the rest go in as roots.
                next.forEach(s -> ordered.add(s));
                break;
            }
            pending = next;
        }
        return ordered;
    }

    private static String shortname(String name) {
        var flat = name.replaceAll("\\s+", " ").strip();
        return flat.length() <= MoodleColumns.SHORTNAME_LENGTH
                ? flat
                : flat.substring(0, MoodleColumns.SHORTNAME_LENGTH - 1).strip() + "…";
    }
}
