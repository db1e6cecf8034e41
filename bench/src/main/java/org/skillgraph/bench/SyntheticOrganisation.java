package org.skillgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Generates organisations of any size with a fixed seed, in the bundle format: a curriculum (skills with
 * an acyclic prerequisite graph, roles with profiles and moves, modules teaching and assuming levels)
 * and people holding skills. Same seed and sizes, same bundle.
 */
final class SyntheticOrganisation {

    /** Sizes of a generated organisation. */
    record Size(
            int skills,
            int prerequisiteEdges,
            int roles,
            int needsPerRole,
            int modules,
            int people,
            int holdsPerPerson) {}

    /** ESCO scale: ≈14k skills, ≈3k roles, ≈125k needs, ≈20k modules (people are generated separately). */
    static final Size ESCO_CURRICULUM = new Size(14_000, 14_000, 3_000, 42, 20_000, 0, 0);

    /** Coaching at scale: the ESCO-scale curriculum with 50,000 people holding 600,000 skills. */
    static final Size COACHING = new Size(14_000, 14_000, 3_000, 42, 20_000, 50_000, 12);

    /** People in the benchmark cohort ({@code c-bench}) when the organisation has that many. */
    static final int COHORT = 1_000;

    /** The import benchmark of the foundation issue: 10k skills, 30k prerequisite edges, 20k people. */
    static final Size IMPORT = new Size(10_000, 30_000, 300, 12, 2_000, 20_000, 10);

    private static final int TIERS = 6;
    private static final String[] MODALITIES = {"course", "video", "workshop", "simulation", "project", "reading"};
    private static final String[] SOURCES = {"assessment", "manager", "peer", "self"};

    private final SplittableRandom random;
    private final Size size;
    private final long seed;
    private final boolean history;

    SyntheticOrganisation(long seed, Size size) {
        this(seed, size, false);
    }

    /**
     * @param history whether people also get the dated learning, evidence and coaching history the metrics
     *     read ({@link SyntheticHistory}, its own seeded stream: everything else stays as without it)
     */
    SyntheticOrganisation(long seed, Size size, boolean history) {
        this.random = new SplittableRandom(seed);
        this.size = size;
        this.seed = seed;
        this.history = history;
    }

    Bundle generate() {
        var skills = skills();
        var roles = roles();
        var modules = modules();
        var generated = people();
        var people = history ? new SyntheticHistory(seed).add(generated, roles) : generated;
        var cohorts = people.size() >= COHORT
                ? List.of(new Bundle.Cohort(
                        "c-bench",
                        "Benchmark cohort",
                        null,
                        people.subList(0, COHORT).stream()
                                .map(Bundle.Person::id)
                                .toList(),
                        List.of()))
                : List.<Bundle.Cohort>of();
        return new Bundle(List.of(), skills, roles, modules, people, cohorts, List.of(), Map.of());
    }

    /**
     * Skills sit on six tiers ({@code i % 6}); a prerequisite is a nearby skill of a lower tier. The graph
     * is acyclic and chains are at most five deep, as in curated curricula.
     */
    private List<Bundle.Skill> skills() {
        var requires = new LinkedHashMap<Integer, List<Bundle.LevelRef>>();
        int edges = 0;
        for (int attempt = 0; edges < size.prerequisiteEdges() && attempt < 20 * size.prerequisiteEdges(); attempt++) {
            int dependent = random.nextInt(size.skills());
            int tier = dependent % TIERS;
            if (tier == 0) {
                continue;
            }
            int lower = random.nextInt(tier);
            int prerequisite = dependent - (tier - lower) - TIERS * random.nextInt(8);
            if (prerequisite < 0) {
                continue;
            }
            var list = requires.computeIfAbsent(dependent, d -> new ArrayList<>());
            var id = skillId(prerequisite);
            if (list.stream().noneMatch(r -> r.skill().equals(id)) && list.size() < 6) {
                list.add(new Bundle.LevelRef(id, 1 + random.nextInt(3)));
                edges++;
            }
        }
        var skills = new ArrayList<Bundle.Skill>(size.skills());
        for (int i = 0; i < size.skills(); i++) {
            skills.add(new Bundle.Skill(
                    skillId(i),
                    "Skill " + i,
                    null,
                    List.of(),
                    i % 3 == 0 ? "knowledge" : "skill",
                    List.of(),
                    List.of(),
                    requires.getOrDefault(i, List.of()),
                    List.of()));
        }
        return skills;
    }

    private List<Bundle.Role> roles() {
        var roles = new ArrayList<Bundle.Role>(size.roles());
        for (int r = 0; r < size.roles(); r++) {
            var needs = new LinkedHashMap<String, Bundle.Need>();
            int cluster = random.nextInt(size.skills());
            while (needs.size() < size.needsPerRole()) {
                int skill = Math.floorMod(cluster + random.nextInt(400) - 200, size.skills());
                needs.putIfAbsent(
                        skillId(skill),
                        new Bundle.Need(
                                skillId(skill), 2 + random.nextInt(3), 1 + random.nextInt(5), random.nextInt(3) == 0));
            }
            var moves = new ArrayList<Bundle.Move>();
            for (int m = 0; m < 2; m++) {
                int to = random.nextInt(size.roles());
                if (to != r && moves.stream().noneMatch(x -> x.role().equals(roleId(to)))) {
                    moves.add(new Bundle.Move(roleId(to), m == 0 ? "promotion" : "lateral"));
                }
            }
            roles.add(new Bundle.Role(
                    roleId(r), "Role " + r, "Family " + (r % 40), 1 + r % 5, null, List.copyOf(needs.values()), moves));
        }
        return roles;
    }

    /** Every skill gets a module up to level 5 in steps (so every target is reachable), then alternatives. */
    private List<Bundle.Module> modules() {
        var modules = new ArrayList<Bundle.Module>(size.modules());
        for (int i = 0; modules.size() < size.modules(); i++) {
            int skill = i < size.skills() ? i : random.nextInt(size.skills());
            boolean basic = i < size.skills();
            int from = basic ? 0 : 1 + random.nextInt(3);
            int to = basic ? 3 : Math.min(5, from + 1 + random.nextInt(2));
            var teaches = new ArrayList<Bundle.LevelRef>();
            teaches.add(new Bundle.LevelRef(skillId(skill), to));
            if (!basic && random.nextInt(3) == 0) {
                teaches.add(new Bundle.LevelRef(
                        skillId(Math.floorMod(skill + 1 + random.nextInt(20), size.skills())),
                        to - 1 > 0 ? to - 1 : 1));
            }
            var assumes = from > 0 ? List.of(new Bundle.LevelRef(skillId(skill), from)) : List.<Bundle.LevelRef>of();
            modules.add(new Bundle.Module(
                    "m-" + i,
                    "Module " + i,
                    1 + random.nextInt(24),
                    MODALITIES[random.nextInt(MODALITIES.length)],
                    random.nextInt(4) == 0 ? "scheduled" : "self-paced",
                    "weekly",
                    random.nextInt(5) != 0,
                    List.of(),
                    70,
                    "quiz",
                    "published",
                    teaches,
                    assumes));
        }
        return modules;
    }

    private List<Bundle.Person> people() {
        var people = new ArrayList<Bundle.Person>(size.people());
        var start = LocalDate.of(2024, 1, 1);
        for (int p = 0; p < size.people(); p++) {
            var holds = new LinkedHashMap<String, Bundle.Holding>();
            int cluster = random.nextInt(size.skills());
            while (holds.size() < size.holdsPerPerson()) {
                int skill = Math.floorMod(cluster + random.nextInt(300) - 150, size.skills());
                holds.putIfAbsent(
                        skillId(skill),
                        new Bundle.Holding(
                                skillId(skill),
                                1 + random.nextInt(5),
                                SOURCES[random.nextInt(SOURCES.length)],
                                start.plusDays(random.nextInt(1000)),
                                null));
            }
            people.add(new Bundle.Person(
                    personId(p),
                    "Person " + p,
                    "Department " + (p % 25),
                    "Location " + (p % 12),
                    "Europe/Dublin",
                    roleId(random.nextInt(size.roles())),
                    roleId(random.nextInt(size.roles())),
                    start.plusDays(random.nextInt(900)),
                    p > 0 ? personId(random.nextInt(p)) : null,
                    4.0,
                    "steady",
                    new Bundle.Coaching(random.nextInt(3) == 0, 1 + random.nextInt(3)),
                    List.copyOf(holds.values()),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        return people;
    }

    static String skillId(int i) {
        return "s-" + i;
    }

    static String roleId(int i) {
        return "r-" + i;
    }

    static String personId(int i) {
        return "p-" + i;
    }
}
