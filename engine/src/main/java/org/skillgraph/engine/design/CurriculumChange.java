package org.skillgraph.engine.design;

import java.util.Objects;

/** A hypothetical change to the curriculum, for what-if analysis. Nothing is ever written. */
public sealed interface CurriculumChange {

    /** The operation name as callers spell it, e.g. {@code retire-module}. */
    String op();

    /** Set the module's status to {@code retired}: planners no longer use it. */
    record RetireModule(String moduleId) implements CurriculumChange {
        public RetireModule {
            Objects.requireNonNull(moduleId, "moduleId");
        }

        @Override
        public String op() {
            return "retire-module";
        }
    }

    /** Change the module's effort. */
    record SetModuleHours(String moduleId, double hours) implements CurriculumChange {
        public SetModuleHours {
            Objects.requireNonNull(moduleId, "moduleId");
            if (!(hours > 0) || Double.isInfinite(hours)) {
                throw new IllegalArgumentException("hours must be positive and finite, was " + hours);
            }
        }

        @Override
        public String op() {
            return "set-hours";
        }
    }

    /** Delete the REQUIRES edge from {@code skillId} to {@code prerequisiteId}. */
    record DropPrerequisite(String skillId, String prerequisiteId) implements CurriculumChange {
        public DropPrerequisite {
            Objects.requireNonNull(skillId, "skillId");
            Objects.requireNonNull(prerequisiteId, "prerequisiteId");
        }

        @Override
        public String op() {
            return "drop-prerequisite";
        }
    }
}
