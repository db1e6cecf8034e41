package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.neo4j.Rows;

/**
 * Whether a coach still may coach the skills of a request when they accept it, by the rules that made them a
 * suggestion: at or above the coaching threshold, on evidence no older than the maximum age and of a strong enough
 * tier. Levels can fall between request and acceptance (a retraction, an expiry, an import).
 */
final class QualificationCheck {

    private final CoachingSettings settings;
    private final LevelRules rules;

    QualificationCheck(CoachingSettings settings, LevelRules rules) {
        this.settings = settings;
        this.rules = rules;
    }

    /** A holding as {@code mentoring/coach-holds} reads it. */
    record Held(String skillId, int level, String source, LocalDate at) {
        static Held of(Record r) {
            return new Held(
                    r.get("skill").asString(),
                    Rows.integer(r.get("level"), 0),
                    Rows.string(r.get("source")),
                    MentoringRows.day(r.get("at")));
        }
    }

    /** @throws ConflictException {@code coach-not-qualified}, naming each skill with the reason */
    void require(String coachId, List<String> skills, List<Held> holds, LocalDate today) {
        var bySkill = new HashMap<String, Held>();
        holds.forEach(h -> bySkill.put(h.skillId(), h));
        var since = today.minus(settings.maxEvidenceAge());
        var refused = new ArrayList<Map<String, Object>>();
        for (var skill : skills) {
            var reason = reason(bySkill.get(skill), since);
            if (reason != null) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("skillId", skill);
                entry.put("reason", reason);
                refused.add(entry);
            }
        }
        if (!refused.isEmpty()) {
            throw new ConflictException(
                    "coach-not-qualified",
                    coachId + " no longer qualifies to coach " + refused.size() + " skill(s) of the request: "
                            + refused.get(0).get("skillId") + " ("
                            + refused.get(0).get("reason")
                            + "); nothing was written",
                    Map.of("skills", refused));
        }
    }

    private String reason(Held held, LocalDate since) {
        if (held == null) {
            return "no longer held";
        }
        if (held.level() < settings.threshold()) {
            return "held at " + held.level() + ", below the coaching threshold " + settings.threshold();
        }
        if (held.at() == null || held.at().isBefore(since)) {
            return "evidence older than " + settings.maxEvidenceAge();
        }
        var source = EvidenceSource.fromWire(held.source() == null ? "import" : held.source());
        if (source.isPresent() && rules.tier(source.get()) > settings.evidenceTier()) {
            return "rests on " + held.source() + " evidence, weaker than tier " + settings.evidenceTier();
        }
        return null;
    }
}
