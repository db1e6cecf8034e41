package org.skillgraph.api.http;

import java.time.LocalDate;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;

/**
 * One piece of evidence: the body of {@code POST /people/{id}/evidence} and, with {@code person}, a record of
 * {@code POST /evidence:batch}.
 */
record EvidenceBody(
        String person,
        String skill,
        String source,
        Integer level,
        LocalDate at,
        Double score,
        Double confidence,
        LocalDate expiresAt) {

    /**
     * Checks the fields under {@code pointer} (evidence may not be dated after {@code today}); returns the
     * record, or {@code null} when something is wrong.
     */
    EvidenceRecord check(BodyCheck c, String pointer, boolean needsPerson, LocalDate today) {
        boolean ok = true;
        if (needsPerson) {
            ok &= c.present(pointer + "/person", person);
            c.id(pointer + "/person", person);
        } else if (person != null) {
            c.fail(pointer + "/person", "is given by the path; leave it out");
            ok = false;
        }
        ok &= c.present(pointer + "/skill", skill);
        c.id(pointer + "/skill", skill);
        if (c.present(pointer + "/source", source)) {
            ok &= EvidenceSource.fromWire(source).isPresent();
            c.oneOf(pointer + "/source", source, Vocabulary.SOURCES);
        } else {
            ok = false;
        }
        if (c.present(pointer + "/level", level)) {
            ok &= level >= 1 && level <= 5;
            c.range(pointer + "/level", level, 1, 5);
        } else {
            ok = false;
        }
        if (c.present(pointer + "/at", at)) {
            if (at.isAfter(today)) {
                c.fail(pointer + "/at", "must not be in the future (today is " + today + ")");
                ok = false;
            } else if (expiresAt != null && expiresAt.isBefore(at)) {
                c.fail(pointer + "/expiresAt", "must not be before at (" + at + ")");
                ok = false;
            }
        } else {
            ok = false;
        }
        ok &= inRange(c, pointer + "/score", score, 100);
        ok &= inRange(c, pointer + "/confidence", confidence, 1);
        if (!ok || (skill != null && !BodyCheck.ID.matcher(skill).matches())) {
            return null;
        }
        return new EvidenceRecord(
                skill, EvidenceSource.fromWire(source).orElseThrow(), level, at, score, confidence, expiresAt);
    }

    private static boolean inRange(BodyCheck c, String pointer, Double value, double max) {
        c.range(pointer, value, 0, max);
        return value == null || (value >= 0 && value <= max);
    }
}
