package org.skillgraph.engine.curriculum;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Projects the curriculum (skills, taxonomy, prerequisites, modules, roles, moves, badges) from Neo4j
 * into a {@link CurriculumSnapshot}, in one read transaction, so the snapshot and its version agree.
 */
public final class CurriculumRepository {

    private final GraphClient graph;

    public CurriculumRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** Reads the whole curriculum; the snapshot carries the {@code Meta.version} it was read at. */
    public CurriculumSnapshot load() {
        return graph.read(CurriculumRepository::read);
    }

    private static CurriculumSnapshot read(TransactionContext tx) {
        long version = tx.run(statement("version")).single().get("version").asLong();
        var b = CurriculumSnapshot.builder(version);
        tx.run(statement("topics")).forEachRemaining(r -> {
            var id = r.get("id").asString();
            b.topic(id, Rows.string(r.get("name")));
            r.get("broader").asList(Value::asString).forEach(broader -> b.topicBroader(id, broader));
        });
        tx.run(statement("skills")).forEachRemaining(r -> {
            var id = r.get("id").asString();
            b.skill(id, Rows.string(r.get("name")));
            r.get("topics").asList(Value::asString).forEach(t -> b.skillInTopic(id, t));
            r.get("requires")
                    .asList(v -> v)
                    .forEach(pair -> b.requires(id, pair.get(0).asString(), level(pair.get(1))));
        });
        tx.run(statement("modules")).forEachRemaining(r -> module(b, r));
        tx.run(statement("roles")).forEachRemaining(r -> {
            var id = r.get("id").asString();
            b.role(id, Rows.string(r.get("title")), Rows.string(r.get("family")), Rows.integer(r.get("level")));
            r.get("needs")
                    .asList(v -> v)
                    .forEach(n -> b.needs(
                            id,
                            n.get(0).asString(),
                            level(n.get(1)),
                            n.get(2).asInt(),
                            n.get(3).asBoolean()));
            r.get("leadsTo").asList(v -> v).forEach(m -> b.leadsTo(id, m.get(0).asString(), Rows.string(m.get(1))));
        });
        tx.run(statement("badges")).forEachRemaining(r -> {
            var id = r.get("id").asString();
            b.badge(id, Rows.string(r.get("name")));
            r.get("certifies")
                    .asList(v -> v)
                    .forEach(c -> b.certifies(id, c.get(0).asString(), level(c.get(1))));
        });
        return b.build();
    }

    private static void module(CurriculumSnapshot.Builder b, Record r) {
        var id = r.get("id").asString();
        b.module(new ModuleInfo(
                id,
                Rows.string(r.get("title")),
                r.get("hours").asDouble(),
                Rows.string(r.get("modality")),
                Rows.string(r.get("pacing")),
                Rows.string(r.get("cycle")),
                r.get("core").asBoolean(),
                Rows.string(r.get("status")),
                Rows.integer(r.get("passScore"))));
        r.get("teaches").asList(v -> v).forEach(t -> b.teaches(id, t.get(0).asString(), level(t.get(1))));
        r.get("assumes").asList(v -> v).forEach(t -> b.assumes(id, t.get(0).asString(), level(t.get(1))));
    }

    private static int level(Value v) {
        return v.isNull() ? 0 : v.asInt();
    }

    private static String statement(String name) {
        return CypherResources.statement("snapshot/" + name);
    }
}
