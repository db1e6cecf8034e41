package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/** Reads the people a metric covers, with their history and the graph version, in one round trip. */
public final class MetricsRepository {

    /** People whose histories one round trip reads, so that one answer stays a few megabytes. */
    static final int HISTORY_BATCH = 2_000;

    private final GraphClient graph;

    public MetricsRepository(GraphClient graph) {
        this.graph = graph;
    }

    /**
     * Everyone the filter selects, with their whole history: how every metric read its people before per-person
     * facts were kept ({@link #versions} and {@link #histories} now); tests and the benchmark compare with it.
     *
     * @throws NotFoundException when the filter names a role or cohort that does not exist
     */
    public Population population(MetricsFilter filter) {
        return population(filter, EnumSet.allOf(PersonHistory.Part.class));
    }

    /**
     * Everyone the filter selects, with only the {@code parts} of their history read (the other lists empty).
     *
     * @throws NotFoundException when the filter names a role or cohort that does not exist
     */
    public Population population(MetricsFilter filter, Set<PersonHistory.Part> parts) {
        var params = new HashMap<String, Object>();
        params.put("role", filter.role());
        params.put("cohort", filter.cohort());
        params.put("department", filter.department());
        params.put("evidence", parts.contains(PersonHistory.Part.EVIDENCE));
        params.put("learning", parts.contains(PersonHistory.Part.LEARNING));
        params.put("coaching", parts.contains(PersonHistory.Part.COACHING));
        return graph.readSingle(CypherResources.statement("read/metrics-population"), params, r -> {
            if (!r.get("roleFound").asBoolean()) {
                throw new NotFoundException("role", filter.role());
            }
            if (!r.get("cohortFound").asBoolean()) {
                throw new NotFoundException("cohort", filter.cohort());
            }
            return new Population(r.get("version").asLong(), r.get("people").asList(MetricsRepository::person));
        });
    }

    /**
     * The ids and fact versions of everyone the filter selects, in id order, with the graph version.
     *
     * @throws NotFoundException when the filter names a role or cohort that does not exist
     */
    public FactVersions versions(MetricsFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("role", filter.role());
        params.put("cohort", filter.cohort());
        params.put("department", filter.department());
        return graph.readSingle(CypherResources.statement("read/metrics-versions"), params, r -> {
            if (!r.get("roleFound").asBoolean()) {
                throw new NotFoundException("role", filter.role());
            }
            if (!r.get("cohortFound").asBoolean()) {
                throw new NotFoundException("cohort", filter.cohort());
            }
            var people = r.get("people");
            var ids = new String[people.size()];
            var versions = new long[people.size()];
            for (int i = 0; i < ids.length; i++) {
                var pair = people.get(i);
                ids[i] = pair.get(0).asString();
                versions[i] = pair.get(1).asLong();
            }
            return new FactVersions(r.get("version").asLong(), ids, versions);
        });
    }

    /** The whole history of each of {@code ids} still there, with the fact version it was read at, any order. */
    public List<Versioned> histories(List<String> ids) {
        var found = new ArrayList<Versioned>();
        for (int from = 0; from < ids.size(); from += HISTORY_BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + HISTORY_BATCH));
            found.addAll(graph.readRows(
                    CypherResources.statement("read/metrics-histories"), Map.of("ids", List.copyOf(batch)), r -> {
                        var p = r.get("person");
                        return new Versioned(person(p), p.get("factsVersion").asLong());
                    }));
        }
        return found;
    }

    /** A history and the person's {@code factsVersion} read with it. */
    public record Versioned(PersonHistory history, long version) {}

    static PersonHistory person(Value p) {
        var target = p.get("target");
        return new PersonHistory(
                p.get("id").asString(),
                Rows.string(p.get("department")),
                target.isNull() ? null : Rows.string(target.get("role")),
                target.isNull() ? null : date(target.get("since")),
                evidence(p),
                p.get("enrolled")
                        .asList(x -> new PersonHistory.Enrolment(x.get("module").asString(), date(x.get("at")))),
                p.get("attempts")
                        .asList(x -> new PersonHistory.Attempt(
                                x.get("module").asString(),
                                date(x.get("at")),
                                Rows.decimal(x.get("score")),
                                Rows.bool(x.get("passed"), false))),
                p.get("completed")
                        .asList(x ->
                                new PersonHistory.Completion(x.get("module").asString(), date(x.get("at")))),
                p.get("coachedBy")
                        .asList(x -> new PersonHistory.CoachingSpell(
                                x.get("coach").asString(),
                                date(x.get("since")),
                                date(x.get("endedAt")),
                                Rows.strings(x.get("skills")))));
    }

    /**
     * The evidence history; a skill held without any evidence for it (data imported before evidence was kept)
     * counts as one {@code import} evidence at the holding's date. Undated or unreadable entries are skipped:
     * they cannot be placed in time.
     */
    private static List<EvidenceRecord> evidence(Value p) {
        var records = new ArrayList<EvidenceRecord>();
        var evidenced = new HashSet<String>();
        for (var e : p.get("evidence").asList(v -> v)) {
            var at = date(e.get("at"));
            var source = EvidenceSource.fromWire(Rows.string(e.get("source")));
            if (at == null || source.isEmpty() || e.get("level").isNull()) {
                continue;
            }
            var skill = e.get("skill").asString();
            evidenced.add(skill);
            records.add(new EvidenceRecord(
                    skill, source.get(), e.get("level").asInt(), at, null, null, date(e.get("expiresAt"))));
        }
        for (var h : p.get("holds").asList(v -> v)) {
            var skill = h.get("skill").asString();
            var at = date(h.get("at"));
            if (!evidenced.contains(skill) && at != null && !h.get("level").isNull()) {
                records.add(EvidenceRecord.of(
                        skill, EvidenceSource.IMPORT, h.get("level").asInt(), at));
            }
        }
        return records;
    }

    /** A date stored as a Neo4j date, a date-time or an ISO string; {@code null} when absent or unreadable. */
    static LocalDate date(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        switch (v.type().name()) {
            case "DATE":
                return v.asLocalDate();
            case "DATE_TIME":
                return v.asZonedDateTime().toLocalDate();
            case "LOCAL_DATE_TIME":
                return v.asLocalDateTime().toLocalDate();
            case "STRING":
                try {
                    var text = v.asString();
                    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                } catch (DateTimeParseException e) {
                    return null;
                }
            default:
                return null;
        }
    }
}
