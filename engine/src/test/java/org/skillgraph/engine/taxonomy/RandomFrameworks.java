package org.skillgraph.engine.taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Seeded random framework versions for the property tests: a first version whose prerequisites and broader
 * links point from higher to lower skill numbers (so no cycle), a next version that removes, renames,
 * re-describes, rewires and adds skills and changes role profiles, and people who hold and evidence v1 skills.
 */
final class RandomFrameworks {

    static final String FRAMEWORK = "fw";

    private RandomFrameworks() {}

    static Curriculum first(Random random) {
        int n = 6 + random.nextInt(20);
        var skills = new ArrayList<Curriculum.Skill>();
        for (int i = 0; i < n; i++) {
            skills.add(skill(random, i, "Skill " + i, "about " + i, skills));
        }
        return new Curriculum(skills, roles(random, skills, 3));
    }

    /** The next version: about a fifth removed, a few renamed or re-described, some added, links redrawn. */
    static Curriculum next(Random random, Curriculum first) {
        var skills = new ArrayList<Curriculum.Skill>();
        int top = 0;
        for (var s : first.skills()) {
            int number = number(s.id());
            top = Math.max(top, number);
            if (random.nextInt(5) == 0) {
                continue;
            }
            var name = random.nextInt(6) == 0 ? s.name() + " (revised)" : s.name();
            var description = random.nextInt(6) == 0 ? "now " + s.description() : s.description();
            skills.add(skill(random, number, name, description, skills));
        }
        for (int i = 1; i <= random.nextInt(5); i++) {
            skills.add(skill(random, top + i, "Skill " + (top + i), "", skills));
        }
        return new Curriculum(skills, roles(random, skills, 4));
    }

    /** v1 as a bundle of framework {@value #FRAMEWORK}, with people holding and evidencing its skills. */
    static Bundle bundle(Random random, Curriculum v1, int people) {
        var skills = v1.skills().stream()
                .map(s -> new Bundle.Skill(
                        s.id(),
                        s.name(),
                        s.description().isEmpty() ? null : s.description(),
                        List.of(),
                        "skill",
                        List.of(),
                        s.broader(),
                        s.requires().stream()
                                .map(r -> r.split("@"))
                                .map(p -> new Bundle.LevelRef(p[0], Integer.parseInt(p[1])))
                                .toList(),
                        List.of(),
                        FRAMEWORK,
                        List.of()))
                .toList();
        var roles = v1.roles().stream()
                .map(r -> new Bundle.Role(
                        r.id(),
                        r.title(),
                        null,
                        null,
                        null,
                        r.needs().stream()
                                .map(x -> x.split("@"))
                                .map(p -> new Bundle.Need(
                                        p[0],
                                        Integer.parseInt(p[1]),
                                        Integer.parseInt(p[2]),
                                        Boolean.parseBoolean(p[3])))
                                .toList(),
                        List.of()))
                .toList();
        var persons = new ArrayList<Bundle.Person>();
        for (int i = 0; i < people; i++) {
            var holds = new ArrayList<Bundle.Holding>();
            var evidence = new ArrayList<Bundle.EvidenceEntry>();
            for (var s : v1.skills()) {
                if (random.nextInt(3) == 0) {
                    int level = 1 + random.nextInt(5);
                    var at = LocalDate.of(2025, 1 + random.nextInt(12), 1);
                    holds.add(new Bundle.Holding(s.id(), level, "assessment", at, null));
                    evidence.add(new Bundle.EvidenceEntry(s.id(), "assessment", level, at, null, null, null));
                }
            }
            persons.add(new Bundle.Person(
                    "p-" + i,
                    "Person " + i,
                    null,
                    null,
                    null,
                    random.nextBoolean() ? v1.roles().get(0).id() : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    holds,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    evidence,
                    List.of()));
        }
        var framework = new Bundle.Framework(FRAMEWORK, "Random framework", "1", null, null, null, "en", null);
        return new Bundle(
                List.of(),
                skills,
                roles,
                List.of(),
                persons,
                List.of(),
                List.of(),
                null,
                List.of(framework),
                FRAMEWORK);
    }

    private static Curriculum.Skill skill(
            Random random, int number, String name, String description, List<Curriculum.Skill> lower) {
        var broader = new ArrayList<String>();
        var requires = new ArrayList<String>();
        for (var other : lower) {
            if (number(other.id()) < number && random.nextInt(6) == 0) {
                broader.add(other.id());
            }
            if (number(other.id()) < number && random.nextInt(5) == 0) {
                requires.add(Curriculum.prerequisite(other.id(), 1 + random.nextInt(4)));
            }
        }
        return new Curriculum.Skill("s" + number, name, description, null, broader, requires);
    }

    private static List<Curriculum.Role> roles(Random random, List<Curriculum.Skill> skills, int count) {
        var roles = new ArrayList<Curriculum.Role>();
        for (int r = 0; r < count; r++) {
            var needs = new ArrayList<String>();
            for (var s : skills) {
                if (random.nextInt(4) == 0) {
                    needs.add(Curriculum.need(
                            s.id(), 1 + random.nextInt(5), 1 + random.nextInt(5), random.nextBoolean()));
                }
            }
            roles.add(new Curriculum.Role("r" + r, "Role " + r, needs));
        }
        return roles;
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
