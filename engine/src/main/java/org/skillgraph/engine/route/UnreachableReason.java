package org.skillgraph.engine.route;

/** Why a target level cannot be reached. */
public enum UnreachableReason {
    /** No published module the learner has not completed teaches the skill to that level. */
    NO_MODULE_TEACHES_LEVEL,
    /** Every allowed module teaching the level needs, on entry, a level that cannot be reached itself. */
    PREREQUISITE_UNREACHABLE,
    /** Modules teaching the level exist, but the learner's preferences exclude every one of them. */
    EXCLUDED_BY_PREFERENCES
}
