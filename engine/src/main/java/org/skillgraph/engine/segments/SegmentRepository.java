package org.skillgraph.engine.segments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.evidence.HeldLevels;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.snapshot.LearnerState;

/** Reads a cohort's segment definitions and members, with the graph version, in one round trip. */
public final class SegmentRepository {

    private final GraphClient graph;
    private final LevelRules rules;
    private final Clock clock;

    /** Levels are read as the planners read them: a holding needing a refresh counts one lower. */
    public SegmentRepository(GraphClient graph, LevelRules rules, Clock clock) {
        this.graph = graph;
        this.rules = rules;
        this.clock = clock;
    }

    /** The cohort, or empty when there is none with this id. */
    Optional<CohortData> cohort(String cohortId) {
        return read("read/cohort-segments", cohortId);
    }

    /** Everyone targeting a role, as a group without rule segments; empty when there is no such role. */
    Optional<CohortData> targeting(String roleId) {
        return read("read/role-segments", roleId);
    }

    private Optional<CohortData> read(String statement, String id) {
        return graph.readSingle(CypherResources.statement(statement), Map.of("id", id), r -> {
            if (!r.get("found").asBoolean()) {
                return Optional.empty();
            }
            return Optional.of(new CohortData(
                    id,
                    Rows.string(r.get("name")),
                    r.get("version").asLong(),
                    r.get("segments").asList(SegmentRepository::rule),
                    r.get("members").asList(this::member)));
        });
    }

    private static SegmentRule rule(Value s) {
        return new SegmentRule(
                s.get("id").asString(),
                Rows.string(s.get("name")),
                Rows.string(s.get("description")),
                Rows.decimal(s.get("readinessMin")),
                Rows.decimal(s.get("readinessMax")),
                Rows.integer(s.get("roleLevelMin")),
                Rows.integer(s.get("roleLevelMax")),
                Rows.strings(s.get("targetRoles")),
                Rows.strings(s.get("paces")));
    }

    private CohortData.Member member(Value m) {
        var held = HeldLevels.of(m.get("holds").asList(v -> v), rules, LocalDate.now(clock));
        return new CohortData.Member(
                m.get("id").asString(),
                Rows.string(m.get("name")),
                Rows.string(m.get("pace")),
                Rows.string(m.get("role")),
                Rows.string(m.get("targetRole")),
                new LearnerState(
                        held.levels(),
                        new HashSet<>(Rows.strings(m.get("completed"))),
                        held.needsRefresh(),
                        held.selfAssessed()));
    }
}
