package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.EntityId;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Maps a CFPackage (already checked against the official schema) onto a bundle: the CFDocument becomes a
 * framework, every CFItem a skill of it, and the associations skillgraph models become relationships (see
 * {@code docs/interchange.md}); every other association is counted as unmapped, never fatal.
 */
final class CaseMapping {

    /** Level of a prerequisite whose {@code precedes} association carries no {@value #LEVEL_EXTENSION}. */
    static final int DEFAULT_PREREQUISITE_LEVEL = 2;

    /** Extension member of a {@code precedes} association holding the prerequisite level (1-5). */
    static final String LEVEL_EXTENSION = "skillgraphLevel";

    private static final int MAX_NAME = 150;
    private static final int SAMPLE = 10;

    private final String file;
    private final JsonNode pkg;
    private final List<InterchangeProblem> problems = new ArrayList<>();
    private final Map<String, Integer> mapped = new TreeMap<>();
    private final Map<String, Integer> unmapped = new TreeMap<>();
    private final List<String> sample = new ArrayList<>();

    private CaseMapping(String file, JsonNode pkg) {
        this.file = file;
        this.pkg = pkg;
    }

    /** What the mapping produced: the bundle to import and what it left out. */
    record Result(
            Bundle bundle,
            Map<String, Integer> mapped,
            Map<String, Integer> unmapped,
            List<String> unmappedSample,
            List<InterchangeProblem> problems) {}

    /** Graph ids of association ends outside the package: the importer asks the graph which exist. */
    static Set<String> outsideReferences(JsonNode pkg) {
        var inside = new HashSet<String>();
        pkg.path("CFItems").forEach(i -> inside.add(i.path("identifier").asText()));
        var outside = new HashSet<String>();
        for (var a : pkg.path("CFAssociations")) {
            for (var end : List.of("originNodeURI", "destinationNodeURI")) {
                var id = a.path(end).path("identifier").asText();
                if (!inside.contains(id) && CaseIds.usable(id)) {
                    outside.add(CaseIds.graphId(id));
                }
            }
        }
        return outside;
    }

    /** Maps {@code pkg}; {@code existing} are the {@link #outsideReferences} the graph holds. */
    static Result map(String file, JsonNode pkg, Set<String> existing) {
        return new CaseMapping(file, pkg).run(existing);
    }

    private Result run(Set<String> existing) {
        var doc = pkg.path("CFDocument");
        var framework = framework(doc);
        var skills = new LinkedHashMap<String, SkillDraft>();
        var items = pkg.path("CFItems");
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var id = usableId(item.path("identifier").asText(), "/CFItems/" + i + "/identifier");
            var name = name(item);
            if (name.isEmpty()) {
                problem("/CFItems/" + i + "/fullStatement", "is empty: a skill needs a name");
            }
            if (id != null && skills.put(id, new SkillDraft(id, name, item)) != null) {
                problem("/CFItems/" + i + "/identifier", "repeats an earlier CFItem's identifier");
            }
        }
        var associations = pkg.path("CFAssociations");
        for (int i = 0; i < associations.size(); i++) {
            associate(associations.get(i), "/CFAssociations/" + i, doc, skills, existing);
        }
        var bundle = new Bundle(
                List.of(),
                skills.values().stream().map(d -> d.skill(framework.id())).toList(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(framework),
                framework.id());
        return new Result(bundle, mapped, unmapped, sample, problems);
    }

    private Bundle.Framework framework(JsonNode doc) {
        var id = usableId(doc.path("identifier").asText(), "/CFDocument/identifier");
        var language = doc.path("language").asText("");
        return new Bundle.Framework(
                id == null ? "case:invalid" : id,
                text(doc, "title").isEmpty() ? "Untitled CASE framework" : text(doc, "title"),
                blankToNull(text(doc, "version")),
                blankToNull(text(doc, "publisher").isEmpty() ? text(doc, "creator") : text(doc, "publisher")),
                blankToNull(text(doc, "uri")),
                doc.path("licenseURI").isObject() ? blankToNull(text(doc.path("licenseURI"), "title")) : null,
                language.matches("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$") ? language : null,
                null);
    }

    private void associate(JsonNode a, String at, JsonNode doc, Map<String, SkillDraft> skills, Set<String> existing) {
        var type = a.path("associationType").asText();
        var origin = CaseIds.graphId(a.path("originNodeURI").path("identifier").asText());
        var destinationId = a.path("destinationNodeURI").path("identifier").asText();
        var destination = CaseIds.graphId(destinationId);
        var from = skills.get(origin);
        boolean destinationKnown = skills.containsKey(destination) || existing.contains(destination);
        switch (type) {
            case "isChildOf" -> {
                if (from != null && destinationId.equals(doc.path("identifier").asText())) {
                    count(mapped, "isChildOf");
                } else if (from != null && skills.containsKey(destination)) {
                    from.broader.add(destination);
                    count(mapped, "isChildOf");
                } else {
                    skip(type, at, "an end is not an item of this package");
                }
            }
            case "precedes" -> {
                int level = level(a, at); // checked even where the association is left out
                var to = skills.get(destination);
                boolean originKnown = from != null || existing.contains(origin);
                if (to != null && originKnown) {
                    to.requires.add(new Bundle.LevelRef(origin, level));
                    count(mapped, "precedes");
                } else {
                    skip(type, at, "an end is neither in this package nor in the graph");
                }
            }
            case "isRelatedTo" -> {
                if (from != null && destinationKnown && !origin.equals(destination)) {
                    from.related.add(destination);
                    count(mapped, "isRelatedTo");
                } else {
                    skip(type, at, "an end is neither in this package nor in the graph");
                }
            }
            case "exactMatchOf" -> {
                if (from != null && existing.contains(destination)) {
                    from.exactMatches.add(destination);
                    count(mapped, "exactMatchOf");
                } else {
                    skip(type, at, "the matched item is not a skill of another framework in the graph");
                }
            }
            default -> skip(type, at, "skillgraph does not model this association type");
        }
    }

    private int level(JsonNode a, String at) {
        var level = a.path("extensions").path(LEVEL_EXTENSION);
        if (level.isMissingNode() || level.isNull()) {
            return DEFAULT_PREREQUISITE_LEVEL;
        }
        if (!level.canConvertToExactIntegral() || level.asInt() < 1 || level.asInt() > 5) {
            problem(at + "/extensions/" + LEVEL_EXTENSION, "must be a whole level from 1 to 5");
            return DEFAULT_PREREQUISITE_LEVEL;
        }
        return level.asInt();
    }

    private void skip(String type, String at, String why) {
        count(unmapped, type);
        if (sample.size() < SAMPLE) {
            sample.add(at + " (" + type + "): " + why);
        }
    }

    private static void count(Map<String, Integer> counts, String type) {
        counts.merge(type, 1, Integer::sum);
    }

    private String usableId(String identifier, String at) {
        if (!CaseIds.usable(identifier)) {
            problem(at, "cannot be used as an identifier: " + EntityId.RULE + " once prefixed with 'case:'");
            return null;
        }
        return CaseIds.graphId(identifier);
    }

    private void problem(String pointer, String message) {
        problems.add(new InterchangeProblem(file, pointer, message));
    }

    static String name(JsonNode item) {
        var statement = text(item, "abbreviatedStatement").isEmpty()
                ? text(item, "fullStatement")
                : text(item, "abbreviatedStatement");
        var code = text(item, "humanCodingScheme");
        var name = code.isEmpty() ? statement : statement.isEmpty() ? code : code + " " + statement;
        name = name.replaceAll("\\s+", " ").strip();
        return name.length() <= MAX_NAME
                ? name
                : name.substring(0, MAX_NAME - 1).strip() + "…";
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isTextual() ? value.asText().strip() : "";
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** A skill being assembled from its item and the associations that touch it. */
    private static final class SkillDraft {
        final String id;
        final String name;
        final JsonNode item;
        final Set<String> broader = new LinkedHashSet<>();
        final Set<Bundle.LevelRef> requires = new LinkedHashSet<>();
        final Set<String> related = new LinkedHashSet<>();
        final Set<String> exactMatches = new LinkedHashSet<>();

        SkillDraft(String id, String name, JsonNode item) {
            this.id = id;
            this.name = name;
            this.item = item;
        }

        Bundle.Skill skill(String framework) {
            var code = text(item, "humanCodingScheme");
            var description = text(item, "fullStatement");
            return new Bundle.Skill(
                    id,
                    name,
                    description.isEmpty() ? null : description,
                    code.isEmpty() || code.equals(name) ? List.of() : List.of(code),
                    null,
                    List.of(),
                    List.copyOf(broader),
                    List.copyOf(requires),
                    List.copyOf(related),
                    framework,
                    List.copyOf(exactMatches));
        }
    }
}
