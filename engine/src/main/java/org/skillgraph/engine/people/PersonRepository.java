package org.skillgraph.engine.people;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.PeopleQueries;
import org.skillgraph.engine.concurrency.EntityTag;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** Reads people: filtered listings and a person's profile. */
public final class PersonRepository {

    private final GraphClient graph;

    public PersonRepository(GraphClient graph) {
        this.graph = graph;
    }

    public Page<PersonSummary> list(
            String department, String role, String targetRole, String cohort, String cursor, int limit) {
        var query = PeopleQueries.list(
                new PeopleQueries.Filter(department, role, targetRole, cohort, Cursor.idOf(cursor), limit + 1));
        var rows = graph.readRows(query.text(), query.parameters(), r -> {
            var p = r.get("person");
            return new PersonSummary(
                    p.get("id").asString(),
                    p.get("name").asString(),
                    Rows.string(p.get("department")),
                    Rows.string(p.get("location")),
                    Rows.string(r.get("role")),
                    Rows.string(r.get("targetRole")));
        });
        return Page.keyset(rows, limit, PersonSummary::id);
    }

    public Optional<PersonDetail> find(String id) {
        return findTagged(id).map(Tagged::value);
    }

    /** A person's profile with the person's entity tag for optimistic concurrency. */
    public Optional<Tagged<PersonDetail>> findTagged(String id) {
        return graph.readOptional(
                CypherResources.statement("read/person-detail"),
                Map.of("id", id),
                r -> new Tagged<>(detail(r), EntityTag.of(r.get("properties"), r.get("outgoing"))));
    }

    private static PersonDetail detail(Record r) {
        var p = r.get("person");
        return new PersonDetail(
                p.get("id").asString(),
                p.get("name").asString(),
                Rows.string(p.get("department")),
                Rows.string(p.get("location")),
                Rows.string(p.get("timezone")),
                Rows.decimal(p.get("weeklyHours")),
                Rows.string(p.get("pace")),
                r.get("role").isNull()
                        ? null
                        : new PersonDetail.RoleRef(
                                r.get("role").get("id").asString(),
                                r.get("role").get("title").asString()),
                r.get("target").isNull()
                        ? null
                        : new PersonDetail.TargetRef(
                                r.get("target").get("id").asString(),
                                r.get("target").get("title").asString(),
                                Rows.date(r.get("target").get("since"))),
                r.get("manager").isNull()
                        ? null
                        : new PersonDetail.PersonRef(
                                r.get("manager").get("id").asString(),
                                r.get("manager").get("name").asString()),
                new PersonDetail.Coaching(
                        p.get("coachingOptIn").asBoolean(),
                        p.get("coachingCapacity").asInt()),
                r.get("holds").asList(PersonRepository::held),
                r.get("completed")
                        .asList(v -> new PersonDetail.Completed(
                                v.get("moduleId").asString(),
                                v.get("title").asString(),
                                Rows.date(v.get("at")),
                                Rows.integer(v.get("score")))),
                r.get("cohorts")
                        .asList(v -> new PersonDetail.CohortRef(
                                v.get("id").asString(), v.get("name").asString())));
    }

    private static PersonDetail.Held held(Value v) {
        return new PersonDetail.Held(
                v.get("skillId").asString(),
                v.get("name").asString(),
                Rows.integer(v.get("level"), 0),
                Rows.string(v.get("source")),
                Rows.date(v.get("at")),
                Rows.decimal(v.get("confidence")));
    }
}
