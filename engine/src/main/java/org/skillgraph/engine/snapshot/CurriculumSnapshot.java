package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, thread-safe projection of the curriculum (skills, taxonomy, prerequisites, modules, roles,
 * badges) keyed by the graph's {@code Meta.version}. Entities are numbered by int index in id order; the
 * int accessors walk compact arrays without allocating and are meant for planners, the string accessors for
 * everyone else.
 *
 * <p>Edges may name unknown ids or carry levels off the scale: such edges are dropped and reported by
 * {@link #danglingReferences()}. Parallel edges are merged (highest level; for NEEDS also highest importance,
 * essential if any line is). A node added twice keeps its last definition.
 */
public final class CurriculumSnapshot {

    private final long version;
    private final SnapshotTables.Skills skills;
    private final SnapshotTables.Topics topics;
    private final SnapshotTables.Modules modules;
    private final ModuleCatalog moduleCatalog;
    private final RoleCatalog roleCatalog;
    private final BadgeCatalog badgeCatalog;
    private final DroppedEdges dropped;

    CurriculumSnapshot(
            long version,
            SnapshotTables.Skills skills,
            SnapshotTables.Topics topics,
            SnapshotTables.Modules modules,
            SnapshotTables.Roles roles,
            SnapshotTables.Badges badges,
            DroppedEdges dropped) {
        this.version = version;
        this.skills = skills;
        this.topics = topics;
        this.modules = modules;
        this.moduleCatalog = new ModuleCatalog(modules);
        this.roleCatalog = new RoleCatalog(roles, skills.ids());
        this.badgeCatalog = new BadgeCatalog(badges);
        this.dropped = dropped;
    }

    /** Starts a snapshot of curriculum {@code version}. */
    public static Builder builder(long version) {
        return new Builder(version);
    }

    /**
     * A builder holding everything in this snapshot (same version), to derive a modified copy: re-adding a
     * module replaces it, {@link Builder#withoutRequires} drops a prerequisite. Dropped edges are not carried.
     */
    public Builder toBuilder() {
        return SnapshotCopy.into(this, builder(version));
    }

    /** The {@code Meta.version} this snapshot was built from. */
    public long version() {
        return version;
    }

    /** Number of skills; valid skill indices are {@code 0 .. skillCount() - 1}. */
    public int skillCount() {
        return skills.ids().size();
    }

    /** The index of skill {@code id}, or -1 when unknown. */
    public int skillIndex(String id) {
        return skills.ids().indexOf(id);
    }

    public String skillId(int skill) {
        return skills.ids().id(skill);
    }

    public String skillName(int skill) {
        return skills.names()[skill];
    }

    /** Number of direct prerequisites of {@code skill}. */
    public int prerequisiteCount(int skill) {
        return skills.requires().degree(skill);
    }

    /** The {@code k}-th direct prerequisite of {@code skill} (ascending index). */
    public int prerequisite(int skill, int k) {
        return skills.requires().target(skills.requires().start(skill) + k);
    }

    /** The level at which {@code skill} requires its {@code k}-th direct prerequisite. */
    public int prerequisiteLevel(int skill, int k) {
        return skills.requires().value(skills.requires().start(skill) + k);
    }

    /** Direct prerequisites of a skill; empty for an unknown skill. */
    public List<SkillLevel> prerequisites(String skillId) {
        return skillLevels(skills.requires(), skillIndex(skillId));
    }

    /** Skills that directly require {@code skillId}, with the level they require it at. */
    public List<SkillLevel> dependents(String skillId) {
        return skillLevels(skills.dependents(), skillIndex(skillId));
    }

    /**
     * Every skill reachable through REQUIRES from {@code skillId}, each with the level required of it: the
     * level on the edge into it, the highest one when several paths lead there. Ordered by id.
     */
    public List<SkillLevel> transitivePrerequisites(String skillId) {
        int root = skillIndex(skillId);
        return root < 0 ? List.of() : PrerequisiteWalk.transitive(this, root);
    }

    /**
     * REQUIRES cycles, each as skill ids where every skill requires the next and the last requires the
     * first; one witness per strongly connected component, at most {@value CycleFinder#MAX_REPORTED}.
     */
    public List<List<String>> prerequisiteCycles() {
        return skills.cycles();
    }

    /** Ids of the topics {@code skillId} is directly filed under. */
    public List<String> topicsOf(String skillId) {
        return ids(skills.topics(), skillIndex(skillId), topics.ids());
    }

    /** Every topic id, in id order. */
    public List<String> topicIds() {
        return topics.ids().all();
    }

    /** The name of topic {@code topicId}, if known. */
    public Optional<String> topicName(String topicId) {
        int topic = topics.ids().indexOf(topicId);
        return topic < 0 ? Optional.empty() : Optional.of(topics.names()[topic]);
    }

    /** Ids of the topics directly broader than {@code topicId}. */
    public List<String> broaderTopics(String topicId) {
        return ids(topics.broader(), topics.ids().indexOf(topicId), topics.ids());
    }

    /** Modules by int index, with what they teach and assume: the planners' view. */
    public ModuleCatalog modules() {
        return moduleCatalog;
    }

    public Optional<ModuleInfo> module(String id) {
        return moduleCatalog.module(id);
    }

    /** What a module teaches; empty for an unknown module. */
    public List<SkillLevel> teaches(String moduleId) {
        return skillLevels(modules.teaches(), moduleCatalog.moduleIndex(moduleId));
    }

    /** What a module assumes on entry; empty for an unknown module. */
    public List<SkillLevel> assumes(String moduleId) {
        return skillLevels(modules.assumes(), moduleCatalog.moduleIndex(moduleId));
    }

    /** Modules of any status teaching {@code skillId}, in order of hours, then id. */
    public List<ModuleTeaching> modulesTeaching(String skillId) {
        int skill = skillIndex(skillId);
        List<ModuleTeaching> teachings = new ArrayList<>();
        for (int k = 0; skill >= 0 && k < moduleCatalog.teacherCount(skill); k++) {
            teachings.add(new ModuleTeaching(
                    moduleCatalog.module(moduleCatalog.teacher(skill, k)), moduleCatalog.teacherLevel(skill, k)));
        }
        return List.copyOf(teachings);
    }

    /** Roles with their profiles and career moves. */
    public RoleCatalog roles() {
        return roleCatalog;
    }

    /** The skills role {@code roleId} needs, in skill id order; empty for an unknown role. */
    public List<RoleNeed> roleProfile(String roleId) {
        return roleCatalog.profile(roleId);
    }

    /** Career moves out of {@code roleId}, in target id order; empty for an unknown role. */
    public List<RoleTransition> leadsTo(String roleId) {
        return roleCatalog.leadsTo(roleId);
    }

    /** Badges by int index, and the badges certifying each skill. */
    public BadgeCatalog badges() {
        return badgeCatalog;
    }

    /** Badges certifying some level of {@code skillId}, by id. */
    public List<BadgeInfo> badgesCertifying(String skillId) {
        int skill = skillIndex(skillId);
        List<BadgeInfo> found = new ArrayList<>();
        for (int k = 0; skill >= 0 && k < badgeCatalog.certifyingBadgeCount(skill); k++) {
            found.add(badgeCatalog.badge(badgeCatalog.certifyingBadge(skill, k)));
        }
        return List.copyOf(found);
    }

    /**
     * Edges dropped while building (an unknown endpoint, a level or importance off the scale), described
     * up to the first {@value DroppedEdges#DESCRIBED}; {@link #danglingReferenceCount()} counts them all.
     */
    public List<String> danglingReferences() {
        return dropped.descriptions();
    }

    /** The edges {@link #danglingReferences()} describes, as values. */
    public List<DroppedEdge> droppedEdges() {
        return dropped.edges();
    }

    /** How many edges were dropped while building. */
    public int danglingReferenceCount() {
        return dropped.count();
    }

    @Override
    public String toString() {
        return "CurriculumSnapshot[version=" + version + ", skills=" + skillCount() + ", modules="
                + moduleCatalog.moduleCount() + ", roles=" + roleCatalog.roleCount() + ", badges="
                + badgeCatalog.badgeCount() + ", dropped=" + dropped.count() + "]";
    }

    private List<SkillLevel> skillLevels(Csr rows, int node) {
        if (node < 0) {
            return List.of();
        }
        List<SkillLevel> levels = new ArrayList<>(rows.degree(node));
        for (int slot = rows.start(node); slot < rows.end(node); slot++) {
            levels.add(new SkillLevel(skillId(rows.target(slot)), rows.value(slot)));
        }
        return Collections.unmodifiableList(levels);
    }

    private static List<String> ids(Csr rows, int node, IdIndex targets) {
        if (node < 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(rows.degree(node));
        for (int slot = rows.start(node); slot < rows.end(node); slot++) {
            ids.add(targets.id(rows.target(slot)));
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Collects the curriculum by string id. Nodes and edges may arrive in any order; edges whose endpoints
     * never arrive are dropped at {@link #build()}. Not thread-safe; {@link #build()} may be called again
     * after more additions.
     */
    public static final class Builder {

        private final SnapshotDraft draft;

        private Builder(long version) {
            this.draft = new SnapshotDraft(version);
        }

        /** Adds a skill; a {@code null} name falls back to the id. */
        public Builder skill(String id, String name) {
            draft.skills.put(Objects.requireNonNull(id, "skill id"), name);
            return this;
        }

        public Builder topic(String id, String name) {
            draft.topics.put(Objects.requireNonNull(id, "topic id"), name);
            return this;
        }

        public Builder skillInTopic(String skillId, String topicId) {
            draft.skillInTopic.add(new SnapshotDraft.RawEdge(skillId, topicId, 0));
            return this;
        }

        public Builder topicBroader(String topicId, String broaderTopicId) {
            draft.topicBroader.add(new SnapshotDraft.RawEdge(topicId, broaderTopicId, 0));
            return this;
        }

        /** To gain {@code skillId} one must hold {@code prerequisiteSkillId} at {@code level} or above. */
        public Builder requires(String skillId, String prerequisiteSkillId, int level) {
            draft.leveled(draft.requires, "REQUIRES", skillId, prerequisiteSkillId, level);
            return this;
        }

        /** Forgets every REQUIRES edge from {@code skillId} to {@code prerequisiteSkillId} added so far. */
        public Builder withoutRequires(String skillId, String prerequisiteSkillId) {
            draft.requires.removeIf(e -> e.from().equals(skillId) && e.to().equals(prerequisiteSkillId));
            return this;
        }

        /** Forgets every TEACHES edge of {@code moduleId} added so far. */
        public Builder withoutTeaches(String moduleId) {
            draft.teaches.removeIf(e -> e.from().equals(moduleId));
            return this;
        }

        /** Forgets every ASSUMES edge of {@code moduleId} added so far. */
        public Builder withoutAssumes(String moduleId) {
            draft.assumes.removeIf(e -> e.from().equals(moduleId));
            return this;
        }

        /** Forgets the NEEDS edges from {@code roleId} to {@code skillId} added so far. */
        public Builder withoutNeed(String roleId, String skillId) {
            draft.needs.removeIf(e -> e.from().equals(roleId) && e.to().equals(skillId));
            return this;
        }

        public Builder module(ModuleInfo info) {
            draft.modules.put(info.id(), info);
            return this;
        }

        public Builder teaches(String moduleId, String skillId, int level) {
            draft.leveled(draft.teaches, "TEACHES", moduleId, skillId, level);
            return this;
        }

        public Builder assumes(String moduleId, String skillId, int level) {
            draft.leveled(draft.assumes, "ASSUMES", moduleId, skillId, level);
            return this;
        }

        /** Adds a role; {@code family} and {@code level} may be {@code null}. */
        public Builder role(String id, String title, String family, Integer level) {
            draft.roles.put(Objects.requireNonNull(id, "role id"), new RoleInfo(id, title, family, level));
            return this;
        }

        public Builder needs(String roleId, String skillId, int level, int importance, boolean essential) {
            draft.need(roleId, skillId, level, importance, essential);
            return this;
        }

        /** A career move; {@code kind} is {@code promotion} or {@code lateral}. */
        public Builder leadsTo(String fromRoleId, String toRoleId, String kind) {
            draft.transition(fromRoleId, toRoleId, kind);
            return this;
        }

        public Builder badge(String id, String name) {
            draft.badges.put(Objects.requireNonNull(id, "badge id"), name);
            return this;
        }

        public Builder certifies(String badgeId, String skillId, int level) {
            draft.leveled(draft.certifies, "CERTIFIES", badgeId, skillId, level);
            return this;
        }

        /** Indexes everything added so far into an immutable snapshot. */
        public CurriculumSnapshot build() {
            return SnapshotCompiler.compile(draft);
        }
    }
}
