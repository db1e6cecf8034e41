package org.skillgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Generates, with a fixed seed, the people of the ESCO workload as a bundle: each in an ESCO occupation,
 * most targeting another of the same ISCO family, holding {@value #HOLDS} skills (mostly from their own
 * role's profile, some from their target's), with evidence dates over the last three years, departments
 * by family, reporting lines inside each department, locations with time zones and a third opted in to
 * coach.
 */
final class EscoPeople {

    static final int PEOPLE = 50_000;
    static final int HOLDS = 12;

    private static final String[] DEPARTMENTS = {
        "Engineering",
        "Operations",
        "Finance",
        "Sales",
        "Marketing",
        "Care",
        "Logistics",
        "Research",
        "Legal",
        "Production",
        "Facilities",
        "Education",
        "Customer service",
        "Procurement",
        "Quality",
        "Information technology",
        "Design",
        "Hospitality",
        "Security",
        "Human resources"
    };
    private static final String[][] PLACES = {
        {"Dublin", "Europe/Dublin"}, {"Berlin", "Europe/Berlin"}, {"Madrid", "Europe/Madrid"},
        {"Warsaw", "Europe/Warsaw"}, {"Lisbon", "Europe/Lisbon"}, {"Helsinki", "Europe/Helsinki"},
        {"New York", "America/New_York"}, {"Toronto", "America/Toronto"}, {"Sao Paulo", "America/Sao_Paulo"},
        {"Singapore", "Asia/Singapore"}, {"Bangalore", "Asia/Kolkata"}, {"Sydney", "Australia/Sydney"}
    };
    private static final String[] SOURCES = {"assessment", "manager", "peer", "self"};
    private static final String[] PACES = {"slow", "steady", "steady", "fast"};
    /** Evidence dates run from here over about three years, up to the week the workload was designed. */
    private static final LocalDate FIRST_EVIDENCE = LocalDate.of(2023, 12, 1);

    private final SplittableRandom random;
    private final List<EscoCatalog.RoleRow> roles;
    private final List<EscoCatalog.SkillRow> skills;
    private final Map<String, List<EscoCatalog.RoleRow>> byFamily = new HashMap<>();
    /** Everyone generated so far by department: managers come from here, also across {@link #next} calls. */
    private final Map<String, List<String>> byDepartment = new HashMap<>();
    /** How many people were generated so far: the number of the next one. */
    private int generated;

    EscoPeople(long seed, EscoCatalog catalog) {
        this.random = new SplittableRandom(seed);
        this.roles = catalog.roles().stream()
                .filter(r -> r.essential().size() + r.optional().size() >= 5)
                .toList();
        this.skills = catalog.skills();
        roles.forEach(r ->
                byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r));
    }

    Bundle generate() {
        return next(PEOPLE);
    }

    /**
     * The next {@code count} people as a bundle of their own (ids go on from the previous call; managers may be
     * people of earlier calls, already imported): the same seed gives the same people whether they come in one
     * bundle or in many, so a large organisation can be generated and imported a chunk at a time.
     */
    Bundle next(int count) {
        var people = new ArrayList<Bundle.Person>(count);
        for (int p = generated; p < generated + count; p++) {
            var role = roles.get(random.nextInt(roles.size()));
            var target = target(role);
            var department = DEPARTMENTS[Math.floorMod(role.family().hashCode(), DEPARTMENTS.length)];
            var colleagues = byDepartment.computeIfAbsent(department, d -> new ArrayList<>());
            // An earlier colleague of the department: reporting lines form a tree, never a cycle.
            String manager = colleagues.isEmpty() ? null : colleagues.get(random.nextInt(colleagues.size()));
            String id = "p-esco-" + p;
            colleagues.add(id);
            var place = PLACES[random.nextInt(PLACES.length)];
            boolean coach = random.nextInt(3) == 0;
            people.add(new Bundle.Person(
                    id,
                    "Person " + p,
                    department,
                    place[0],
                    place[1],
                    role.id(),
                    target.id(),
                    FIRST_EVIDENCE.plusDays(random.nextInt(1000)),
                    manager,
                    2.0 + random.nextInt(7),
                    PACES[random.nextInt(PACES.length)],
                    new Bundle.Coaching(coach, coach ? 1 + random.nextInt(3) : 0),
                    holds(role, target),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        generated += count;
        return new Bundle(List.of(), List.of(), List.of(), List.of(), people, List.of(), List.of(), Map.of());
    }

    /** Most people aim at another occupation of their ISCO family; the others anywhere. */
    private EscoCatalog.RoleRow target(EscoCatalog.RoleRow role) {
        var family = byFamily.get(role.family());
        for (int attempt = 0; attempt < 4; attempt++) {
            var candidate = random.nextInt(10) < 7 && family.size() > 1
                    ? family.get(random.nextInt(family.size()))
                    : roles.get(random.nextInt(roles.size()));
            if (!candidate.id().equals(role.id())) {
                return candidate;
            }
        }
        return roles.get((roles.indexOf(role) + 1) % roles.size());
    }

    /** About two thirds from the own role (essential skills held higher), a quarter from the target, the rest anywhere. */
    private List<Bundle.Holding> holds(EscoCatalog.RoleRow role, EscoCatalog.RoleRow target) {
        var holds = new LinkedHashMap<String, Bundle.Holding>();
        for (int attempt = 0; holds.size() < HOLDS && attempt < 100; attempt++) {
            int pick = random.nextInt(12);
            String skill;
            int level;
            if (pick < 5 && !role.essential().isEmpty()) {
                skill = role.essential().get(random.nextInt(role.essential().size()));
                level = 2 + random.nextInt(4);
            } else if (pick < 8) {
                var all = role.optional().isEmpty() ? role.essential() : role.optional();
                skill = all.get(random.nextInt(all.size()));
                level = 1 + random.nextInt(4);
            } else if (pick < 11) {
                var all = random.nextBoolean() || target.optional().isEmpty() ? target.essential() : target.optional();
                if (all.isEmpty()) {
                    continue;
                }
                skill = all.get(random.nextInt(all.size()));
                level = 1 + random.nextInt(3);
            } else {
                skill = skills.get(random.nextInt(skills.size())).id();
                level = 1 + random.nextInt(3);
            }
            holds.putIfAbsent(
                    skill,
                    new Bundle.Holding(
                            skill,
                            level,
                            SOURCES[random.nextInt(SOURCES.length)],
                            FIRST_EVIDENCE.plusDays(random.nextInt(1090)),
                            null));
        }
        return List.copyOf(holds.values());
    }
}
