package org.skillgraph.engine.design;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.snapshot.ModuleInfo;
import org.skillgraph.engine.snapshot.SkillLevel;

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

    /** A new published, self-paced, core module that teaches and assumes the levels given. */
    record AddModule(
            String moduleId,
            String title,
            double hours,
            String modality,
            List<SkillLevel> teaches,
            List<SkillLevel> assumes)
            implements CurriculumChange {
        public AddModule {
            Objects.requireNonNull(moduleId, "moduleId");
            Objects.requireNonNull(modality, "modality");
            teaches = List.copyOf(teaches);
            assumes = List.copyOf(assumes);
            if (!(hours > 0) || Double.isInfinite(hours)) {
                throw new IllegalArgumentException("hours must be positive and finite, was " + hours);
            }
        }

        @Override
        public String op() {
            return "add-module";
        }

        ModuleInfo info() {
            return new ModuleInfo(
                    moduleId, title, hours, modality, ModuleInfo.SELF_PACED, null, true, ModuleInfo.PUBLISHED, null);
        }
    }

    /** Replace what the module teaches. */
    record SetTeaches(String moduleId, List<SkillLevel> teaches) implements CurriculumChange {
        public SetTeaches {
            Objects.requireNonNull(moduleId, "moduleId");
            teaches = List.copyOf(teaches);
        }

        @Override
        public String op() {
            return "set-teaches";
        }
    }

    /** Replace what the module assumes on entry. */
    record SetAssumes(String moduleId, List<SkillLevel> assumes) implements CurriculumChange {
        public SetAssumes {
            Objects.requireNonNull(moduleId, "moduleId");
            assumes = List.copyOf(assumes);
        }

        @Override
        public String op() {
            return "set-assumes";
        }
    }

    /** Add (or re-level) a REQUIRES edge from {@code skillId} to {@code prerequisiteId}. */
    record AddPrerequisite(String skillId, String prerequisiteId, int level) implements CurriculumChange {
        public AddPrerequisite {
            Objects.requireNonNull(skillId, "skillId");
            Objects.requireNonNull(prerequisiteId, "prerequisiteId");
        }

        @Override
        public String op() {
            return "add-prerequisite";
        }
    }

    /**
     * Set what the role needs of the skill; level 0 drops the need. {@code importance} and {@code essential}
     * keep the current need's values when {@code null} (3 and not essential for a new need).
     */
    record SetNeed(String roleId, String skillId, int level, Integer importance, Boolean essential)
            implements CurriculumChange {
        public SetNeed {
            Objects.requireNonNull(roleId, "roleId");
            Objects.requireNonNull(skillId, "skillId");
        }

        @Override
        public String op() {
            return "set-need";
        }
    }
}
