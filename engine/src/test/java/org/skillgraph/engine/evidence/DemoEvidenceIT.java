package org.skillgraph.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The demo organisation's history explains its current levels: the rules derive exactly its HOLDS. */
class DemoEvidenceIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void shouldDeriveEveryDemoHoldingFromItsEvidenceHistory() {
        var neo4j = Neo4jFixture.get();
        neo4j.useDemo();
        var evidence = new HashMap<String, List<EvidenceRecord>>();
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (p:Person)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill)"
                            + " RETURN p.id AS person, s.id AS skill, e.source AS source, e.level AS level, e.at AS at,"
                            + " e.expiresAt AS expiresAt")
                    .forEachRemaining(r -> evidence.computeIfAbsent(
                                    r.get("person").asString(), p -> new ArrayList<>())
                            .add(new EvidenceRecord(
                                    r.get("skill").asString(),
                                    EvidenceSource.fromWire(r.get("source").asString())
                                            .orElseThrow(),
                                    r.get("level").asInt(),
                                    r.get("at").asLocalDate(),
                                    null,
                                    null,
                                    r.get("expiresAt").isNull()
                                            ? null
                                            : r.get("expiresAt").asLocalDate())));
            var holds = session.run("MATCH (p:Person)-[h:HOLDS]->(s:Skill) WHERE h.level > 0"
                            + " RETURN p.id AS person, s.id AS skill, h.level AS level, h.source AS source, h.at AS at")
                    .list();
            var mismatches = new ArrayList<String>();
            var derived = new HashMap<String, Map<String, CurrentLevel>>();
            for (var h : holds) {
                var person = h.get("person").asString();
                var levels = derived.computeIfAbsent(
                        person,
                        p -> EvidenceHistory.of(evidence.getOrDefault(p, List.of()))
                                .levelsOn(LevelRules.defaults(), TODAY));
                var level = levels.get(h.get("skill").asString());
                if (level == null
                        || level.evidencedLevel() != h.get("level").asInt()
                        || !level.source().wireName().equals(h.get("source").asString())
                        || !level.at().equals(h.get("at").asLocalDate())) {
                    mismatches.add(person + "/" + h.get("skill").asString() + ": " + level);
                }
            }

            assertThat(holds).hasSizeGreaterThan(2_000);
            assertThat(evidence.values().stream().mapToInt(List::size).sum()).isGreaterThan(holds.size());
            assertThat(mismatches).isEmpty();
        }
    }
}
