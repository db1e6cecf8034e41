package org.skillgraph.engine.coach;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** A coaching service over the shared test Neo4j with a fixed "today", and tiny hand-made organisations. */
final class CoachingFixtures {

    /** The demo organisation's evidence runs up to late November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static final Neo4jFixture NEO4J = Neo4jFixture.get();

    private CoachingFixtures() {}

    static GraphClient graph() {
        return GraphClient.wrap(NEO4J.driver(), Neo4jSettings.unauthenticated(NEO4J.boltUri()));
    }

    static CoachingService service() {
        return service(CoachingSettings.defaults());
    }

    static CoachingService service(CoachingSettings settings) {
        var graph = graph();
        return new CoachingService(
                graph,
                new LearnerRepository(graph),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                settings,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** Empties the graph and imports {@code json} (dates may use {@code {today-N}} for N months ago). */
    static void load(String json) {
        NEO4J.reset();
        var text = json;
        for (int months = 0; months <= 36; months++) {
            text = text.replace(
                    "{today-" + months + "}", TODAY.minusMonths(months).toString());
        }
        NEO4J.importer()
                .importBundle(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
    }

    static long count(String cypher) {
        return ((Number) NEO4J.query(cypher, Map.of()).get(0)).longValue();
    }

    static long version() {
        return count("MATCH (m:Meta {id: 'meta'}) RETURN m.version");
    }

    /**
     * One role needing SQL 4 (importance 5) and query tuning 3 (importance 3). Under {@code boss}: learners
     * {@code l1} (SQL 2, tuning 1) and {@code l2} (SQL 3), both targeting it and in cohort {@code k}; coaches
     * {@code a} (SQL 5, tuning 4, assessed), {@code f} (SQL 4, evidence exactly 24 months old), and people who
     * must not be offered: {@code b} (stale evidence), {@code c} (not opted in), {@code d} (full: coaches {@code
     * x}), {@code e} (SQL 3 only). {@code boss} is opted in but manages everyone.
     */
    static final String SMALL_ORG = """
            {"skills": [{"id": "sql", "name": "SQL", "kind": "skill"},
                        {"id": "tuning", "name": "Query tuning", "kind": "skill"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "sql", "level": 4, "importance": 5, "essential": true},
                                  {"skill": "tuning", "level": 3, "importance": 3, "essential": false}]}],
             "people": [
               {"id": "boss", "name": "Boss", "coaching": {"optIn": true, "capacity": 3},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-1}"}]},
               {"id": "l1", "name": "Learner One", "manager": "boss", "targetRole": "analyst",
                "location": "Dublin", "timezone": "Europe/Dublin",
                "holds": [{"skill": "sql", "level": 2, "source": "self", "at": "{today-1}"},
                          {"skill": "tuning", "level": 1, "source": "self", "at": "{today-1}"}]},
               {"id": "l2", "name": "Learner Two", "manager": "boss", "targetRole": "analyst",
                "holds": [{"skill": "sql", "level": 3, "source": "self", "at": "{today-1}"}]},
               {"id": "a", "name": "Coach A", "manager": "boss", "location": "Dublin", "timezone": "Europe/Dublin",
                "coaching": {"optIn": true, "capacity": 1},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-2}"},
                          {"skill": "tuning", "level": 4, "source": "assessment", "at": "{today-2}"}]},
               {"id": "f", "name": "Coach F", "manager": "boss", "location": "Berlin", "timezone": "Europe/Berlin",
                "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "sql", "level": 4, "source": "peer", "at": "{today-24}"}]},
               {"id": "b", "name": "Stale B", "manager": "boss", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-25}"}]},
               {"id": "c", "name": "Shy C", "manager": "boss", "coaching": {"optIn": false, "capacity": 2},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-1}"}]},
               {"id": "d", "name": "Busy D", "manager": "boss", "coaching": {"optIn": true, "capacity": 1},
                "holds": [{"skill": "sql", "level": 5, "source": "assessment", "at": "{today-1}"}],
                "coaches": [{"learner": "x", "since": "{today-3}", "skills": ["sql"]}]},
               {"id": "e", "name": "Junior E", "manager": "boss", "coaching": {"optIn": true, "capacity": 2},
                "holds": [{"skill": "sql", "level": 3, "source": "assessment", "at": "{today-1}"}]},
               {"id": "x", "name": "Coached X", "manager": "boss"}],
             "cohorts": [{"id": "k", "name": "Cohort", "members": ["l1", "l2"]}]}
            """;
}
