package org.skillgraph.engine.design;

import java.util.List;
import java.util.Objects;

/**
 * One problem of the curriculum found by the validation report.
 *
 * @param kind what is wrong, one of the {@code KIND_…} codes
 * @param severity {@value #ERROR} (a learner or planner is misled or stuck), {@value #WARNING} (likely a
 *     mistake) or {@value #INFO} (worth a look)
 * @param ids the ids involved, the main one first
 * @param message what is wrong, with the ids and levels
 * @param fix a suggested fix
 * @param people the people the finding is about, or {@code null} when it is about the curriculum alone
 */
public record Finding(
        String kind, String severity, List<String> ids, String message, String fix, AffectedPeople people) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    public static final String KIND_PREREQUISITE_CYCLE = "prerequisite-cycle";
    public static final String KIND_REQUIREMENT_NOT_TAUGHT = "requirement-not-taught";
    public static final String KIND_UNREACHABLE_REQUIREMENT = "unreachable-requirement";
    public static final String KIND_MODULE_TEACHES_NOTHING = "module-teaches-nothing";
    public static final String KIND_ORPHAN_SKILL = "orphan-skill";
    public static final String KIND_ORPHAN_TOPIC = "orphan-topic";
    public static final String KIND_DANGLING_REFERENCE = "dangling-reference";
    public static final String KIND_INVALID_EDGE = "invalid-edge";
    public static final String KIND_SHARED_ID = "shared-id";
    public static final String KIND_LEARNER_DEAD_END = "learner-dead-end";

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        ids = List.copyOf(ids);
    }

    /** A finding about the curriculum alone. */
    public Finding(String kind, String severity, List<String> ids, String message, String fix) {
        this(kind, severity, ids, message, fix, null);
    }

    /** This finding with the people's ids left out (the count stays), for callers who may not see people. */
    public Finding withoutPeopleSample() {
        return people == null ? this : new Finding(kind, severity, ids, message, fix, people.withoutSample());
    }
}
