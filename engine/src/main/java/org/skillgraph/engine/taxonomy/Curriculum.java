package org.skillgraph.engine.taxonomy;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One version of a framework's curriculum, whatever format it came in: its skills with their labels,
 * hierarchy and prerequisites, and the profiles of the roles the version describes. Deprecated skills are
 * not part of a version. Lists are kept in id order so that two versions compare entry by entry.
 *
 * @param skills the framework's live skills
 * @param roles the roles whose profiles (needs on this framework's skills) the version states
 */
public record Curriculum(List<Skill> skills, List<Role> roles) {

    public Curriculum {
        skills = skills.stream().sorted(Comparator.comparing(Skill::id)).toList();
        roles = roles.stream().sorted(Comparator.comparing(Role::id)).toList();
    }

    /**
     * A skill of the version.
     *
     * @param uri the stable URI the publisher gives it (ESCO, CASE), or {@code null}
     * @param broader ids of the broader skills
     * @param requires prerequisites as {@code skill@level}
     */
    public record Skill(
            String id, String name, String description, String uri, List<String> broader, List<String> requires) {
        public Skill {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            description = description == null ? "" : description;
            uri = uri == null ? "" : uri;
            broader = broader.stream().sorted().distinct().toList();
            requires = requires.stream().sorted().distinct().toList();
        }
    }

    /**
     * A role profile: needs as {@code skill@level@importance@essential}.
     */
    public record Role(String id, String title, List<String> needs) {
        public Role {
            Objects.requireNonNull(id, "id");
            title = title == null ? id : title;
            needs = needs.stream().sorted().distinct().toList();
        }
    }

    /** {@code skill@level}, the form prerequisites take in a version. */
    public static String prerequisite(String skill, int level) {
        return skill + "@" + level;
    }

    /** {@code skill@level@importance@essential}, the form needs take in a version. */
    public static String need(String skill, int level, int importance, boolean essential) {
        return skill + "@" + level + "@" + importance + "@" + essential;
    }
}
