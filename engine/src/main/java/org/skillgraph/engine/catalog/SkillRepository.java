package org.skillgraph.engine.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.concurrency.EntityTag;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** Reads skills: full-text search, listings by topic, and a skill's detail. */
public final class SkillRepository {

    private final GraphClient graph;

    public SkillRepository(GraphClient graph) {
        this.graph = graph;
    }

    /**
     * Skills matching {@code text} in name or aliases (each word as a prefix, best matches first), or all
     * skills in id order when {@code text} is blank; optionally only those in {@code topic} or below it.
     */
    public Page<SkillSummary> search(String text, String topic, String cursor, int limit) {
        return search(text, topic, null, cursor, limit);
    }

    /** Like {@link #search(String, String, String, int)}, optionally only skills of {@code framework}. */
    public Page<SkillSummary> search(String text, String topic, String framework, String cursor, int limit) {
        var parameters = new HashMap<String, Object>();
        parameters.put("topic", topic);
        parameters.put("framework", framework);
        parameters.put("limit", limit + 1);
        if (text == null || text.isBlank()) {
            parameters.put("after", Cursor.idOf(cursor));
            var rows =
                    graph.readRows(CypherResources.statement("read/skill-list"), parameters, SkillRepository::summary);
            return Page.keyset(rows, limit, SkillSummary::id);
        }
        int offset = Cursor.offsetOf(cursor);
        var query = luceneQuery(text);
        if (query.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        parameters.put("query", query);
        parameters.put("skip", offset);
        var rows = graph.readRows(CypherResources.statement("read/skill-search"), parameters, SkillRepository::summary);
        var items = rows.size() > limit ? rows.subList(0, limit) : rows;
        return new Page<>(items, rows.size() > limit ? Cursor.atOffset(offset + limit) : null);
    }

    /** A skill with prerequisites, dependents, topics, teaching modules and needing roles. */
    public Optional<SkillDetail> find(String id) {
        return findTagged(id).map(Tagged::value);
    }

    /** Like {@link #find}, with the skill's entity tag for optimistic concurrency. */
    public Optional<Tagged<SkillDetail>> findTagged(String id) {
        return graph.readOptional(
                CypherResources.statement("read/skill-detail"),
                java.util.Map.of("id", id),
                r -> new Tagged<>(detail(r), EntityTag.of(r.get("properties"), r.get("outgoing"))));
    }

    /**
     * Each word of the user's text (letters and digits only, lower-cased) becomes a term that matches
     * exactly, as a prefix or inside a word, so "sql tun" finds "PostgreSQL" and "Query tuning"; nothing
     * the caller types is interpreted as Lucene syntax. Empty when the text has no word at all.
     */
    static String luceneQuery(String text) {
        var query = new StringBuilder();
        for (var term : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (term.isEmpty()) {
                continue;
            }
            if (query.length() > 0) {
                query.append(" AND ");
            }
            query.append("(")
                    .append(term)
                    .append(" OR ")
                    .append(term)
                    .append("* OR *")
                    .append(term)
                    .append("*)");
        }
        return query.toString();
    }

    private static SkillSummary summary(Record r) {
        return new SkillSummary(
                r.get("id").asString(),
                r.get("name").asString(),
                Rows.string(r.get("kind")),
                Rows.strings(r.get("aliases")),
                Rows.strings(r.get("topics")),
                Rows.string(r.get("framework")),
                Rows.decimal(r.get("score")));
    }

    private static SkillDetail detail(Record r) {
        var s = r.get("skill");
        return new SkillDetail(
                s.get("id").asString(),
                s.get("name").asString(),
                Rows.string(s.get("description")),
                Rows.string(s.get("kind")),
                Rows.strings(s.get("aliases")),
                Rows.string(s.get("source")),
                Rows.string(s.get("sourceUri")),
                r.get("topics").asList(SkillRepository::ref),
                r.get("prerequisites").asList(SkillRepository::levelled),
                r.get("transitivePrerequisites")
                        .asList(v -> new SkillDetail.TransitivePrerequisite(
                                v.get("id").asString(),
                                v.get("name").asString(),
                                Rows.integer(v.get("level"), 0),
                                v.get("depth").asInt())),
                r.get("dependents").asList(SkillRepository::levelled),
                r.get("taughtBy")
                        .asList(v -> new SkillDetail.Teaching(
                                v.get("id").asString(),
                                v.get("title").asString(),
                                Rows.integer(v.get("level"), 0),
                                v.get("hours").asDouble(),
                                Rows.string(v.get("status")))),
                r.get("neededBy")
                        .asList(v -> new SkillDetail.Need(
                                v.get("id").asString(),
                                v.get("title").asString(),
                                Rows.integer(v.get("level"), 0),
                                Rows.integer(v.get("importance"), 3),
                                Rows.bool(v.get("essential"), false))),
                r.get("related").asList(SkillRepository::ref));
    }

    private static SkillDetail.Ref ref(Value v) {
        return new SkillDetail.Ref(v.get("id").asString(), v.get("name").asString());
    }

    private static SkillDetail.LevelledRef levelled(Value v) {
        return new SkillDetail.LevelledRef(
                v.get("id").asString(), v.get("name").asString(), Rows.integer(v.get("level"), 0));
    }
}
