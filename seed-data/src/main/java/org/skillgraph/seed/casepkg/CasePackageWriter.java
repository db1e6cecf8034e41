package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one framework of a full export (the bundle of {@code GET /api/v1/export}) as a CASE 1.1 CFPackage:
 * the framework is the CFDocument, each of its skills a CFItem; a broader skill of the same framework becomes
 * {@code isChildOf} (a skill without one is a child of the document), a prerequisite {@code precedes} (the
 * prerequisite precedes the skill needing it; the level rides in {@code extensions.skillgraphLevel}), a
 * crosswalk {@code exactMatchOf} and a related skill {@code isRelatedTo}. Every {@code uri} resolves on
 * {@code base}. Pure: the same export gives the same package.
 */
public final class CasePackageWriter {

    /** Where the provider is served, under the server's base URL. */
    public static final String PATH = "/ims/case/v1p1";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String base;
    private final Map<String, String> frameworkOfSkill = new HashMap<>();
    private final Map<String, JsonNode> skills = new HashMap<>();

    /** @param export a full export's curriculum, @param base the server's base URL (no trailing slash) */
    public CasePackageWriter(JsonNode export, String base) {
        this.base = base + PATH;
        for (var skill : export.path("skills")) {
            frameworkOfSkill.put(
                    skill.path("id").asText(), skill.path("framework").asText());
            skills.put(skill.path("id").asText(), skill);
        }
    }

    /** The sourcedId of a framework's CFDocument (and CFPackage). */
    public static String documentId(String framework) {
        return CaseIds.sourcedId("document", framework, framework);
    }

    /** The CFDocument of {@code framework} (a node of the export's {@code frameworks}). */
    public ObjectNode document(JsonNode framework, OffsetDateTime changed) {
        var id = framework.path("id").asText();
        var doc = F.objectNode();
        doc.put("identifier", documentId(id));
        doc.put("uri", base + "/CFDocuments/" + documentId(id));
        doc.put("creator", framework.path("publisher").asText("skillgraph"));
        doc.put("title", framework.path("title").asText(id));
        doc.put("lastChangeDateTime", timestamp(changed));
        putIfPresent(doc, "publisher", framework.path("publisher"));
        putIfPresent(doc, "version", framework.path("version"));
        putIfPresent(doc, "language", framework.path("language"));
        doc.put("caseVersion", "1.1");
        doc.putObject("extensions").put("skillgraphFramework", id);
        return doc;
    }

    /** The whole package of {@code framework}. */
    public ObjectNode cfPackage(JsonNode framework, OffsetDateTime changed) {
        var id = framework.path("id").asText();
        var pkg = F.objectNode();
        var doc = document(framework, changed);
        pkg.set("CFDocument", doc);
        var items = pkg.putArray("CFItems");
        var associations = F.arrayNode();
        var time = timestamp(changed);
        for (var skill : skills.values().stream()
                .filter(s -> id.equals(s.path("framework").asText()))
                .sorted(java.util.Comparator.comparing(s -> s.path("id").asText()))
                .toList()) {
            var skillId = skill.path("id").asText();
            items.add(item(skill, doc, time));
            boolean child = false;
            for (var broader : skill.path("broader")) {
                if (id.equals(frameworkOfSkill.get(broader.asText()))) {
                    associations.add(association("isChildOf", skillId, broader.asText(), id, doc, time, null));
                    child = true;
                }
            }
            if (!child) {
                var a = association("isChildOf", skillId, null, id, doc, time, null);
                a.set(
                        "destinationNodeURI",
                        link(
                                doc.path("title").asText(),
                                doc.path("identifier").asText(),
                                doc.path("uri").asText()));
                associations.add(a);
            }
            for (var requires : skill.path("requires")) {
                var level = requires.path("level").asInt();
                associations.add(
                        association("precedes", requires.path("skill").asText(), skillId, id, doc, time, level));
            }
            skill.path("related")
                    .forEach(r ->
                            associations.add(association("isRelatedTo", skillId, r.asText(), id, doc, time, null)));
            skill.path("exactMatches")
                    .forEach(m ->
                            associations.add(association("exactMatchOf", skillId, m.asText(), id, doc, time, null)));
        }
        // Crosswalks stored on the other framework's skill point into this one: list them here too.
        for (var skill : skills.values()) {
            if (!id.equals(skill.path("framework").asText())) {
                for (var m : skill.path("exactMatches")) {
                    if (id.equals(frameworkOfSkill.get(m.asText()))) {
                        associations.add(association(
                                "exactMatchOf", m.asText(), skill.path("id").asText(), id, doc, time, null));
                    }
                }
            }
        }
        pkg.set("CFAssociations", associations);
        return pkg;
    }

    private ObjectNode item(JsonNode skill, ObjectNode doc, String time) {
        var id = skill.path("id").asText();
        var item = F.objectNode();
        var sourced = itemId(id);
        item.put("identifier", sourced);
        item.put("uri", base + "/CFItems/" + sourced);
        item.put(
                "fullStatement",
                skill.path("description").asText(skill.path("name").asText()));
        item.put("abbreviatedStatement", skill.path("name").asText());
        putIfPresent(item, "CFItemType", skill.path("kind"));
        item.put("lastChangeDateTime", time);
        item.putObject("extensions").put("skillgraphId", id);
        return item;
    }

    private String itemId(String skill) {
        return CaseIds.sourcedId("item", frameworkOfSkill.getOrDefault(skill, ""), skill);
    }

    private ObjectNode association(
            String type,
            String origin,
            String destination,
            String framework,
            ObjectNode doc,
            String time,
            Integer level) {
        var a = F.objectNode();
        var key = type + "\n" + origin + "\n" + (destination == null ? "" : destination);
        var sourced = CaseIds.sourcedId("association", framework, key);
        a.put("identifier", sourced);
        a.put("associationType", type);
        a.put("uri", base + "/CFAssociations/" + sourced);
        a.set("originNodeURI", itemLink(origin));
        if (destination != null) {
            a.set("destinationNodeURI", itemLink(destination));
        }
        a.put("lastChangeDateTime", time);
        if (level != null) {
            a.putObject("extensions").put(CaseMapping.LEVEL_EXTENSION, level);
        }
        return a;
    }

    private ObjectNode itemLink(String skill) {
        var node = skills.get(skill);
        var title = node == null ? skill : node.path("name").asText(skill);
        var id = itemId(skill);
        return link(title, id, base + "/CFItems/" + id);
    }

    private static ObjectNode link(String title, String identifier, String uri) {
        var link = F.objectNode();
        link.put("title", title);
        link.put("identifier", identifier);
        link.put("uri", uri);
        return link;
    }

    private static void putIfPresent(ObjectNode node, String field, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            node.put(field, value.asText());
        }
    }

    private static String timestamp(OffsetDateTime changed) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                changed.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }
}
