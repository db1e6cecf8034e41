package org.skillgraph.seed.bundle;

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
        Map<String, Object> meta) {

    public Bundle {
        topics = orEmpty(topics);
        skills = orEmpty(skills);
        roles = orEmpty(roles);
        modules = orEmpty(modules);
        people = orEmpty(people);
        cohorts = orEmpty(cohorts);
        badges = orEmpty(badges);
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
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
            List<String> related) {
        public Skill {
            aliases = orEmpty(aliases);
            topics = orEmpty(topics);
            broader = orEmpty(broader);
            requires = orEmpty(requires);
            related = orEmpty(related);
        }
    }

    /** A skill at a level: a prerequisite, a taught or assumed level, a certified level. */
    public record LevelRef(String skill, int level) {}

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

    public record Need(String skill, int level, int importance, boolean essential) {}

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
            List<LevelRef> assumes) {
        public Module {
            aids = orEmpty(aids);
            teaches = orEmpty(teaches);
            assumes = orEmpty(assumes);
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
            List<Attempt> attempts) {
        public Person {
            evidence = orEmpty(evidence);
            attempts = orEmpty(attempts);
            holds = orEmpty(holds);
            completed = orEmpty(completed);
            enrolled = orEmpty(enrolled);
            earned = orEmpty(earned);
            coaches = orEmpty(coaches);
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
                    attempts);
        }
    }

    public record Coaching(boolean optIn, int capacity) {}

    public record Holding(String skill, int level, String source, LocalDate at, Double confidence) {}

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
