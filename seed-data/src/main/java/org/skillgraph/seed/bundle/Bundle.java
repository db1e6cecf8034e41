package org.skillgraph.seed.bundle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bundle: skillgraph's public import format (see {@code docs/import-format.md}). Every section is
 * optional and every reference is by id. Records here are read only after the JSON Schema passed.
 */
public record Bundle(
        List<Topic> topics,
        List<Skill> skills,
        List<Role> roles,
        List<Module> modules,
        List<Person> people,
        List<Cohort> cohorts,
        List<Badge> badges,
        Map<String, Object> meta,
        List<Framework> frameworks,
        String defaultFramework) {

    /** The framework of skills that name none, in bundles that declare no default. */
    public static final String LOCAL_FRAMEWORK = org.skillgraph.cypher.LocalFramework.ID;

    public Bundle {
        frameworks = orEmpty(frameworks);
        topics = orEmpty(topics);
        skills = orEmpty(skills);
        roles = orEmpty(roles);
        modules = orEmpty(modules);
        people = orEmpty(people);
        cohorts = orEmpty(cohorts);
        badges = orEmpty(badges);
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    /** A bundle without frameworks: its skills go to {@value #LOCAL_FRAMEWORK} (or stay where they are). */
    public Bundle(
            List<Topic> topics,
            List<Skill> skills,
            List<Role> roles,
            List<Module> modules,
            List<Person> people,
            List<Cohort> cohorts,
            List<Badge> badges,
            Map<String, Object> meta) {
        this(topics, skills, roles, modules, people, cohorts, badges, meta, List.of(), null);
    }

    /** This bundle with other people, every other section (frameworks included) kept. */
    public Bundle withPeople(List<Person> people) {
        return new Bundle(topics, skills, roles, modules, people, cohorts, badges, meta, frameworks, defaultFramework);
    }

    /** The framework {@code skill} is written into; {@code null} when neither it nor the bundle names one. */
    public String frameworkOf(Skill skill) {
        return skill.framework() != null ? skill.framework() : defaultFramework;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A list the bundle may leave out ({@code null}: the stored value is kept), else a copy. */
    static <T> List<T> orNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    public record Topic(String id, String name, List<String> broader) {
        public Topic {
            broader = orEmpty(broader);
        }
    }

    public record Skill(
            String id,
            String name,
            String description,
            List<String> aliases,
            String kind,
            List<String> topics,
            List<String> broader,
            List<LevelRef> requires,
            List<String> related,
            String framework,
            List<String> exactMatches,
            List<String> activityIds) {
        public Skill {
            activityIds = orNull(activityIds);
            aliases = orEmpty(aliases);
            topics = orEmpty(topics);
            broader = orEmpty(broader);
            requires = orEmpty(requires);
            related = orEmpty(related);
            exactMatches = orEmpty(exactMatches);
        }

        /** A skill whose activity ids the bundle leaves as they are. */
        public Skill(
                String id,
                String name,
                String description,
                List<String> aliases,
                String kind,
                List<String> topics,
                List<String> broader,
                List<LevelRef> requires,
                List<String> related,
                String framework,
                List<String> exactMatches) {
            this(
                    id,
                    name,
                    description,
                    aliases,
                    kind,
                    topics,
                    broader,
                    requires,
                    related,
                    framework,
                    exactMatches,
                    null);
        }

        /** A skill in the bundle's default framework. */
        public Skill(
                String id,
                String name,
                String description,
                List<String> aliases,
                String kind,
                List<String> topics,
                List<String> broader,
                List<LevelRef> requires,
                List<String> related) {
            this(id, name, description, aliases, kind, topics, broader, requires, related, null, List.of(), null);
        }
    }

    /**
     * A competency framework: the publisher's skills, versioned, with its own proficiency scale when it has
     * one (see {@code docs/frameworks.md}).
     */
    public record Framework(
            String id,
            String title,
            String version,
            String publisher,
            String sourceUri,
            String licence,
            String language,
            Scale scale) {}

    /**
     * A framework's proficiency scale and its mapping onto levels 0–5: numeric (each step maps the values
     * from {@code from} up to the next step) or named (each step maps one {@code value}).
     */
    public record Scale(String name, Double min, Double max, List<ScaleStep> mapping) {
        public Scale {
            mapping = orEmpty(mapping);
        }
    }

    /** One row of a scale's mapping: {@code from} for numeric scales, {@code value} for named ones. */
    public record ScaleStep(Double from, String value, int level) {}

    /**
     * A skill at a level: a prerequisite, a taught or assumed level, a certified level; {@code scaleValue}, when
     * given, is the level in the scale of the skill's framework, which the importer maps onto {@code level}.
     */
    public record LevelRef(String skill, int level, Object scaleValue) {
        public LevelRef(String skill, int level) {
            this(skill, level, null);
        }

        /** As read: a level left out (given as {@code scaleValue} instead) is 0 until the scale maps it. */
        @JsonCreator
        static LevelRef read(
                @JsonProperty("skill") String skill,
                @JsonProperty("level") Integer level,
                @JsonProperty("scaleValue") Object scaleValue) {
            return new LevelRef(skill, level == null ? 0 : level, scaleValue);
        }

        public LevelRef withLevel(int mapped) {
            return new LevelRef(skill, mapped, scaleValue);
        }
    }

    public record Role(
            String id,
            String title,
            String family,
            Integer level,
            String description,
            List<Need> needs,
            List<Move> leadsTo) {
        public Role {
            needs = orEmpty(needs);
            leadsTo = orEmpty(leadsTo);
        }
    }

    public record Need(String skill, int level, int importance, boolean essential, Object scaleValue) {
        public Need(String skill, int level, int importance, boolean essential) {
            this(skill, level, importance, essential, null);
        }

        /** As read: a level left out (given as {@code scaleValue} instead) is 0 until the scale maps it. */
        @JsonCreator
        static Need read(
                @JsonProperty("skill") String skill,
                @JsonProperty("level") Integer level,
                @JsonProperty("importance") int importance,
                @JsonProperty("essential") boolean essential,
                @JsonProperty("scaleValue") Object scaleValue) {
            return new Need(skill, level == null ? 0 : level, importance, essential, scaleValue);
        }

        public Need withLevel(int mapped) {
            return new Need(skill, mapped, importance, essential, scaleValue);
        }
    }

    public record Move(String role, String kind) {}

    public record Module(
            String id,
            String title,
            double hours,
            String modality,
            String pacing,
            String cycle,
            boolean core,
            List<String> aids,
            Integer passScore,
            String assessment,
            String status,
            List<LevelRef> teaches,
            List<LevelRef> assumes,
            List<String> activityIds) {
        public Module {
            aids = orEmpty(aids);
            teaches = orEmpty(teaches);
            assumes = orEmpty(assumes);
            activityIds = orNull(activityIds);
        }

        /** A module whose activity ids the bundle leaves as they are. */
        public Module(
                String id,
                String title,
                double hours,
                String modality,
                String pacing,
                String cycle,
                boolean core,
                List<String> aids,
                Integer passScore,
                String assessment,
                String status,
                List<LevelRef> teaches,
                List<LevelRef> assumes) {
            this(
                    id,
                    title,
                    hours,
                    modality,
                    pacing,
                    cycle,
                    core,
                    aids,
                    passScore,
                    assessment,
                    status,
                    teaches,
                    assumes,
                    null);
        }
    }

    public record Person(
            String id,
            String name,
            String department,
            String location,
            String timezone,
            String role,
            String targetRole,
            LocalDate targetSince,
            String manager,
            Double weeklyHours,
            String pace,
            Coaching coaching,
            List<Holding> holds,
            List<Completion> completed,
            List<Enrolment> enrolled,
            List<Award> earned,
            List<CoachingPair> coaches,
            List<EvidenceEntry> evidence,
            List<Attempt> attempts,
            List<String> externalIds,
            CoachingPreferences coachingPreferences,
            List<RoleStint> roleHistory) {
        public Person {
            externalIds = orNull(externalIds);
            roleHistory = orEmpty(roleHistory);
            evidence = orEmpty(evidence);
            attempts = orEmpty(attempts);
            holds = orEmpty(holds);
            completed = orEmpty(completed);
            enrolled = orEmpty(enrolled);
            earned = orEmpty(earned);
            coaches = orEmpty(coaches);
        }

        /** A person whose coaching preferences the bundle leaves as they are, without role history. */
        public Person(
                String id,
                String name,
                String department,
                String location,
                String timezone,
                String role,
                String targetRole,
                LocalDate targetSince,
                String manager,
                Double weeklyHours,
                String pace,
                Coaching coaching,
                List<Holding> holds,
                List<Completion> completed,
                List<Enrolment> enrolled,
                List<Award> earned,
                List<CoachingPair> coaches,
                List<EvidenceEntry> evidence,
                List<Attempt> attempts,
                List<String> externalIds) {
            this(
                    id,
                    name,
                    department,
                    location,
                    timezone,
                    role,
                    targetRole,
                    targetSince,
                    manager,
                    weeklyHours,
                    pace,
                    coaching,
                    holds,
                    completed,
                    enrolled,
                    earned,
                    coaches,
                    evidence,
                    attempts,
                    externalIds,
                    null,
                    List.of());
        }

        /** A person whose external ids the bundle leaves as they are. */
        public Person(
                String id,
                String name,
                String department,
                String location,
                String timezone,
                String role,
                String targetRole,
                LocalDate targetSince,
                String manager,
                Double weeklyHours,
                String pace,
                Coaching coaching,
                List<Holding> holds,
                List<Completion> completed,
                List<Enrolment> enrolled,
                List<Award> earned,
                List<CoachingPair> coaches,
                List<EvidenceEntry> evidence,
                List<Attempt> attempts) {
            this(
                    id,
                    name,
                    department,
                    location,
                    timezone,
                    role,
                    targetRole,
                    targetSince,
                    manager,
                    weeklyHours,
                    pace,
                    coaching,
                    holds,
                    completed,
                    enrolled,
                    earned,
                    coaches,
                    evidence,
                    attempts,
                    null);
        }

        /** This person with other holdings (their levels mapped from scale values, say). */
        public Person withHoldings(List<Holding> holdings) {
            return new Person(
                    id,
                    name,
                    department,
                    location,
                    timezone,
                    role,
                    targetRole,
                    targetSince,
                    manager,
                    weeklyHours,
                    pace,
                    coaching,
                    holdings,
                    completed,
                    enrolled,
                    earned,
                    coaches,
                    evidence,
                    attempts,
                    externalIds,
                    coachingPreferences,
                    roleHistory);
        }

        /** This person with another learning and coaching history (profile, holdings and awards kept). */
        public Person withHistory(
                List<Completion> completed,
                List<Enrolment> enrolled,
                List<CoachingPair> coaches,
                List<EvidenceEntry> evidence,
                List<Attempt> attempts) {
            return new Person(
                    id,
                    name,
                    department,
                    location,
                    timezone,
                    role,
                    targetRole,
                    targetSince,
                    manager,
                    weeklyHours,
                    pace,
                    coaching,
                    holds,
                    completed,
                    enrolled,
                    earned,
                    coaches,
                    evidence,
                    attempts,
                    externalIds,
                    coachingPreferences,
                    roleHistory);
        }
    }

    public record Coaching(boolean optIn, int capacity) {}

    /**
     * What a person prefers in coaching, scored by the matcher as soft constraints (docs/mentoring.md): as a learner
     * a format, languages, a time zone to meet in, a coach of another department; as a coach the skills they want to
     * coach and a window of availability. Given, it replaces every stored preference; left out, they are kept.
     */
    public record CoachingPreferences(
            String format,
            List<String> languages,
            String timezone,
            Boolean otherDepartment,
            List<String> wantsToCoach,
            LocalDate availableFrom,
            LocalDate availableUntil) {
        public CoachingPreferences {
            languages = orEmpty(languages);
            wantsToCoach = orEmpty(wantsToCoach);
        }
    }

    /**
     * A role the person held from {@code from} until {@code to} ({@code null}: still, or not recorded); a person
     * lists a role at most once.
     */
    public record RoleStint(String role, LocalDate from, LocalDate to) {}

    public record Holding(String skill, int level, String source, LocalDate at, Double confidence, Object scaleValue) {
        public Holding(String skill, int level, String source, LocalDate at, Double confidence) {
            this(skill, level, source, at, confidence, null);
        }

        /** As read: a level left out (given as {@code scaleValue} instead) is 0 until the scale maps it. */
        @JsonCreator
        static Holding read(
                @JsonProperty("skill") String skill,
                @JsonProperty("level") Integer level,
                @JsonProperty("source") String source,
                @JsonProperty("at") LocalDate at,
                @JsonProperty("confidence") Double confidence,
                @JsonProperty("scaleValue") Object scaleValue) {
            return new Holding(skill, level == null ? 0 : level, source, at, confidence, scaleValue);
        }

        public Holding withLevel(int mapped) {
            return new Holding(skill, mapped, source, at, confidence, scaleValue);
        }
    }

    /** One piece of evidence of the person's history (see {@code Holding} for the current level). */
    public record EvidenceEntry(
            String skill,
            String source,
            int level,
            LocalDate at,
            Double score,
            Double confidence,
            LocalDate expiresAt) {}

    /** One module result, passed or not. */
    public record Attempt(String module, LocalDate at, Double score, boolean passed) {}

    public record Completion(String module, LocalDate at, Integer score) {}

    public record Enrolment(String module, LocalDate at) {}

    public record Award(String badge, LocalDate at) {}

    public record CoachingPair(String learner, LocalDate since, List<String> skills) {
        public CoachingPair {
            skills = orEmpty(skills);
        }
    }

    public record Cohort(String id, String name, String description, List<String> members, List<Segment> segments) {
        public Cohort {
            members = orEmpty(members);
            segments = orEmpty(segments);
        }
    }

    /**
     * A rule-based segment of a cohort: members meeting every condition given (see {@code docs/import-format.md}).
     */
    public record Segment(
            String id,
            String name,
            String description,
            Range readiness,
            Range roleLevel,
            List<String> targetRoles,
            List<String> paces) {
        public Segment {
            targetRoles = orEmpty(targetRoles);
            paces = orEmpty(paces);
        }
    }

    /** Inclusive bounds; either may be left out. */
    public record Range(Double min, Double max) {}

    public record Badge(String id, String name, String description, List<LevelRef> certifies) {
        public Badge {
            certifies = orEmpty(certifies);
        }
    }
}
