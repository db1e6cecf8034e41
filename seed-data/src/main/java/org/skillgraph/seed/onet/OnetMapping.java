package org.skillgraph.seed.onet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Maps the tables of an O*NET text database onto a bundle (pure; the rules are in docs/interchange.md). Every
 * problem of every file is collected, so one answer lists them all.
 */
final class OnetMapping {

    static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    static final Pattern ELEMENT_ID = Pattern.compile("\\d+(\\.[A-Za-z0-9]+)*");

    /** Importance (IM, 1–5) at or above which a need is essential. */
    static final double ESSENTIAL_IMPORTANCE = 3.5;
    /** Importance below which a rating is not a need ("not important" to "somewhat important"). */
    static final double MIN_IMPORTANCE = 2.0;
    /** Level below which a rating is not a need: the O*NET scale maps it to level 0. */
    static final double MIN_LEVEL = 1.0;

    static final String PREFIX = "onet:";

    /** The O*NET level (0–7) table of docs/frameworks.md, declared on the framework. */
    static final Bundle.Scale LEVEL_SCALE = new Bundle.Scale(
            "O*NET level",
            0.0,
            7.0,
            List.of(
                    new Bundle.ScaleStep(0.0, null, 0),
                    new Bundle.ScaleStep(1.0, null, 1),
                    new Bundle.ScaleStep(2.5, null, 2),
                    new Bundle.ScaleStep(4.0, null, 3),
                    new Bundle.ScaleStep(5.5, null, 4),
                    new Bundle.ScaleStep(6.5, null, 5)));

    static final Map<String, String> KINDS = Map.of(
            OnetFile.SKILLS, "skill",
            OnetFile.KNOWLEDGE, "knowledge",
            OnetFile.ABILITIES, "competence");

    private OnetMapping() {}

    /**
     * The mapped bundle and what was left out.
     *
     * @param mapped counts per kind written (roles, skills, topics, needs, essentialNeeds, moves)
     * @param skipped rows left out, per reason
     * @param problems everything that refuses the database
     */
    record Result(
            Bundle bundle, Map<String, Long> mapped, Map<String, Long> skipped, List<InterchangeProblem> problems) {}

    private record Occupation(String code, String title, String description) {}

    private static final class Rating {
        final String code;
        final String element;
        Double importance;
        Double level;
        boolean suppressed;
        boolean notRelevant;
        int rows;

        Rating(String code, String element) {
            this.code = code;
            this.element = element;
        }
    }

    private record Element(String id, String name, String kind) {}

    private record Reference(String name, String description) {}

    static Result map(Map<String, OnetFile.Table> tables, String release) {
        var problems = new ArrayList<InterchangeProblem>();
        var skipped = new TreeMap<String, Long>();
        var occupations = occupations(tables.get(OnetFile.OCCUPATIONS), problems);
        var references = references(tables.get(OnetFile.CONTENT_MODEL), problems);
        checkScales(tables.get(OnetFile.SCALES), problems);

        var ratings = new LinkedHashMap<String, Rating>();
        var elements = new LinkedHashMap<String, Element>();
        for (var file : List.of(OnetFile.SKILLS, OnetFile.KNOWLEDGE, OnetFile.ABILITIES)) {
            var table = tables.get(file);
            if (table != null) {
                readRatings(table, KINDS.get(file), occupations, ratings, elements, skipped, problems);
            }
        }

        var framework = "onet-" + release;
        var needs = new LinkedHashMap<String, List<Bundle.Need>>();
        long essential = 0;
        for (var r : ratings.values()) {
            String reason = null;
            if (r.suppressed) {
                reason = "Recommend Suppress = Y";
            } else if (r.notRelevant) {
                reason = "Not Relevant = Y";
            } else if (r.importance == null || r.level == null) {
                reason = "no IM and LV rating pair";
            } else if (r.level < MIN_LEVEL) {
                reason = "LV below " + MIN_LEVEL;
            } else if (r.importance < MIN_IMPORTANCE) {
                reason = "IM below " + MIN_IMPORTANCE;
            }
            if (reason != null) {
                skipped.merge(reason, (long) r.rows, Long::sum);
                continue;
            }
            boolean isEssential = r.importance >= ESSENTIAL_IMPORTANCE;
            essential += isEssential ? 1 : 0;
            needs.computeIfAbsent(r.code, c -> new ArrayList<>())
                    .add(new Bundle.Need(PREFIX + r.element, 0, importance(r.importance), isEssential, r.level));
        }

        var moves = moves(tables, occupations, skipped, problems);

        var topics = new LinkedHashMap<String, Bundle.Topic>();
        var skills = new ArrayList<Bundle.Skill>();
        for (var e : elements.values()) {
            var reference = references.get(e.id());
            var parent = parent(e.id());
            var topicIds = new ArrayList<String>();
            if (parent != null) {
                topicIds.add(PREFIX + parent);
                for (var at = parent; at != null; at = parent(at)) {
                    if (topics.containsKey(PREFIX + at)) {
                        break;
                    }
                    var above = parent(at);
                    var name = references.containsKey(at) ? references.get(at).name() : "O*NET " + at;
                    topics.put(
                            PREFIX + at,
                            new Bundle.Topic(PREFIX + at, name, above == null ? List.of() : List.of(PREFIX + above)));
                }
            }
            skills.add(new Bundle.Skill(
                    PREFIX + e.id(),
                    reference != null ? reference.name() : e.name(),
                    reference != null && !reference.description().isEmpty() ? reference.description() : null,
                    List.of(),
                    e.kind(),
                    topicIds,
                    List.of(),
                    List.of(),
                    List.of(),
                    framework,
                    List.of()));
        }

        var roles = new ArrayList<Bundle.Role>();
        long moveCount = 0;
        for (var o : occupations.values()) {
            var leadsTo = moves.getOrDefault(o.code(), new LinkedHashSet<>()).stream()
                    .map(to -> new Bundle.Move(PREFIX + to, "lateral"))
                    .toList();
            moveCount += leadsTo.size();
            roles.add(new Bundle.Role(
                    PREFIX + o.code(),
                    o.title(),
                    SocMajorGroups.of(o.code()).orElse(null),
                    null,
                    o.description().isEmpty() ? null : o.description(),
                    needs.getOrDefault(o.code(), List.of()),
                    leadsTo));
        }

        var bundle = new Bundle(
                List.copyOf(topics.values()),
                skills,
                roles,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(new Bundle.Framework(
                        framework,
                        "O*NET " + release,
                        release,
                        "U.S. Department of Labor, Employment and Training Administration",
                        "https://www.onetcenter.org/database.html",
                        "CC-BY-4.0",
                        "en",
                        LEVEL_SCALE)),
                framework);
        var mapped = new LinkedHashMap<String, Long>();
        mapped.put("roles", (long) roles.size());
        mapped.put("skills", (long) skills.size());
        mapped.put("topics", (long) topics.size());
        mapped.put("needs", needs.values().stream().mapToLong(List::size).sum());
        mapped.put("essentialNeeds", essential);
        mapped.put("moves", moveCount);
        return new Result(bundle, mapped, skipped, problems);
    }

    /** IM 1–5 rounded half up to the bundle's importance 1–5 (3.5 → 4). */
    static int importance(double im) {
        return (int) Math.max(1, Math.min(5, Math.floor(im + 0.5)));
    }

    /** {@code 2.A.1.a} → {@code 2.A.1}; a top-level id has none. */
    static String parent(String elementId) {
        int dot = elementId.lastIndexOf('.');
        return dot < 0 ? null : elementId.substring(0, dot);
    }

    private static Map<String, Occupation> occupations(OnetFile.Table table, List<InterchangeProblem> problems) {
        var result = new LinkedHashMap<String, Occupation>();
        if (table == null) {
            return result;
        }
        var file = table.file();
        for (var row : table.rows()) {
            var code = row.get("O*NET-SOC Code");
            if (!SOC_CODE.matcher(code).matches()) {
                problems.add(at(file, row, "O*NET-SOC Code", "\"" + code + "\" is not an O*NET-SOC code (NN-NNNN.NN)"));
                continue;
            }
            if (SocMajorGroups.of(code).isEmpty()) {
                problems.add(at(file, row, "O*NET-SOC Code", code + " is in no SOC major group"));
            }
            if (row.get("Title").isEmpty()) {
                problems.add(at(file, row, "Title", "empty"));
            }
            if (result.putIfAbsent(code, new Occupation(code, row.get("Title"), row.get("Description"))) != null) {
                problems.add(at(file, row, "O*NET-SOC Code", code + " is listed twice"));
            }
        }
        return result;
    }

    private static Map<String, Reference> references(OnetFile.Table table, List<InterchangeProblem> problems) {
        var result = new LinkedHashMap<String, Reference>();
        if (table == null) {
            return result;
        }
        for (var row : table.rows()) {
            var id = row.get("Element ID");
            if (!ELEMENT_ID.matcher(id).matches()) {
                problems.add(at(table.file(), row, "Element ID", "\"" + id + "\" is not a content model element id"));
                continue;
            }
            result.put(id, new Reference(row.get("Element Name"), row.get("Description")));
        }
        return result;
    }

    /** The scales the mapping assumes; a release that changed them is refused rather than mapped wrongly. */
    private static void checkScales(OnetFile.Table table, List<InterchangeProblem> problems) {
        if (table == null) {
            return;
        }
        var expected = Map.of("IM", new double[] {1, 5}, "LV", new double[] {0, 7});
        for (var row : table.rows()) {
            var range = expected.get(row.get("Scale ID"));
            if (range == null) {
                continue;
            }
            Double min = number(row.get("Minimum"));
            Double max = number(row.get("Maximum"));
            if (min == null || max == null || min != range[0] || max != range[1]) {
                problems.add(at(
                        table.file(),
                        row,
                        "Minimum",
                        row.get("Scale ID") + " runs " + row.get("Minimum") + "–" + row.get("Maximum")
                                + ", the mapping expects " + (int) range[0] + "–" + (int) range[1]));
            }
        }
    }

    private static void readRatings(
            OnetFile.Table table,
            String kind,
            Map<String, Occupation> occupations,
            Map<String, Rating> ratings,
            Map<String, Element> elements,
            Map<String, Long> skipped,
            List<InterchangeProblem> problems) {
        var file = table.file();
        for (var row : table.rows()) {
            var code = row.get("O*NET-SOC Code");
            var element = row.get("Element ID");
            var scale = row.get("Scale ID");
            boolean ok = true;
            if (!SOC_CODE.matcher(code).matches()) {
                problems.add(at(file, row, "O*NET-SOC Code", "\"" + code + "\" is not an O*NET-SOC code (NN-NNNN.NN)"));
                ok = false;
            }
            if (!ELEMENT_ID.matcher(element).matches()) {
                problems.add(at(file, row, "Element ID", "\"" + element + "\" is not a content model element id"));
                ok = false;
            }
            var value = number(row.get("Data Value"));
            if (value == null) {
                problems.add(at(file, row, "Data Value", "\"" + row.get("Data Value") + "\" is not a number"));
                ok = false;
            } else if ("IM".equals(scale) && (value < 1 || value > 5)) {
                problems.add(at(file, row, "Data Value", "IM " + value + " is outside 1–5"));
                ok = false;
            } else if ("LV".equals(scale) && (value < 0 || value > 7)) {
                problems.add(at(file, row, "Data Value", "LV " + value + " is outside 0–7"));
                ok = false;
            }
            if (!ok) {
                continue;
            }
            if (!"IM".equals(scale) && !"LV".equals(scale)) {
                skipped.merge("Scale ID other than IM and LV", 1L, Long::sum);
                continue;
            }
            if (!occupations.containsKey(code)) {
                skipped.merge("occupation not in " + OnetFile.OCCUPATIONS, 1L, Long::sum);
                continue;
            }
            var existing = elements.putIfAbsent(element, new Element(element, row.get("Element Name"), kind));
            if (existing != null && !existing.kind().equals(kind)) {
                problems.add(at(file, row, "Element ID", element + " is also rated as " + existing.kind()));
                continue;
            }
            var rating = ratings.computeIfAbsent(code + "\t" + element, k -> new Rating(code, element));
            rating.rows++;
            if ("IM".equals(scale)) {
                rating.importance = value;
            } else {
                rating.level = value;
            }
            rating.suppressed |= "Y".equalsIgnoreCase(row.get("Recommend Suppress"));
            rating.notRelevant |= "Y".equalsIgnoreCase(row.get("Not Relevant"));
        }
    }

    private static Map<String, Set<String>> moves(
            Map<String, OnetFile.Table> tables,
            Map<String, Occupation> occupations,
            Map<String, Long> skipped,
            List<InterchangeProblem> problems) {
        var moves = new LinkedHashMap<String, Set<String>>();
        for (var file : List.of(OnetFile.RELATED, OnetFile.CAREER_CHANGERS)) {
            var table = tables.get(file);
            if (table == null) {
                continue;
            }
            for (var row : table.rows()) {
                var from = row.get("O*NET-SOC Code");
                var to = row.get("Related O*NET-SOC Code");
                if (!SOC_CODE.matcher(from).matches()) {
                    problems.add(at(file, row, "O*NET-SOC Code", "\"" + from + "\" is not an O*NET-SOC code"));
                    continue;
                }
                if (!SOC_CODE.matcher(to).matches()) {
                    problems.add(at(file, row, "Related O*NET-SOC Code", "\"" + to + "\" is not an O*NET-SOC code"));
                    continue;
                }
                if (OnetFile.RELATED.equals(file) && row.get("Relatedness Tier").startsWith("Supplemental")) {
                    skipped.merge("Supplemental related occupation", 1L, Long::sum);
                } else if (!occupations.containsKey(from) || !occupations.containsKey(to)) {
                    skipped.merge("move between occupations not in " + OnetFile.OCCUPATIONS, 1L, Long::sum);
                } else if (!from.equals(to)) {
                    moves.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
                }
            }
        }
        return moves;
    }

    private static Double number(String text) {
        try {
            var value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static InterchangeProblem at(String file, OnetFile.Row row, String column, String message) {
        return new InterchangeProblem(file, "line " + row.line() + "/" + column, message);
    }
}
