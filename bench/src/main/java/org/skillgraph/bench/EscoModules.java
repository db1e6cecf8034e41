package org.skillgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Generates, with a fixed seed, the learning modules of the ESCO workload and a few prerequisites among
 * ESCO skills, as a bundle. Every skill gets a foundation module (to level 3, ESCO's essential level), so
 * every role's profile is reachable; the rest are deeper or broader alternatives that assume a level.
 * Prerequisites are generated, not ESCO's: a sample of its essential skill-skill relations, each kept only
 * when it leaves the prerequisite graph acyclic.
 */
final class EscoModules {

    static final int MODULES = 20_000;
    static final int PREREQUISITE_CANDIDATES = 3_000;

    private static final String[] MODALITIES = {"course", "video", "workshop", "simulation", "project", "reading"};

    private final SplittableRandom random;
    private final EscoCatalog catalog;

    EscoModules(long seed, EscoCatalog catalog) {
        this.random = new SplittableRandom(seed);
        this.catalog = catalog;
    }

    Bundle generate() {
        return new Bundle(List.of(), prerequisites(), List.of(), modules(), List.of(), List.of(), List.of(), Map.of());
    }

    /** Skills that gain a prerequisite, re-stated with their imported name, kind and aliases. */
    private List<Bundle.Skill> prerequisites() {
        var pairs = new ArrayList<>(catalog.essentialRelated());
        for (int i = pairs.size() - 1; i > 0; i--) {
            java.util.Collections.swap(pairs, i, random.nextInt(i + 1));
        }
        var dag = new DirectedAcyclicGraph<String, DefaultEdge>(DefaultEdge.class);
        var requires = new LinkedHashMap<String, List<Bundle.LevelRef>>();
        for (var pair : pairs.subList(0, Math.min(PREREQUISITE_CANDIDATES, pairs.size()))) {
            String dependent = pair.get(0);
            String prerequisite = pair.get(1);
            dag.addVertex(dependent);
            dag.addVertex(prerequisite);
            try {
                dag.addEdge(dependent, prerequisite);
            } catch (IllegalArgumentException cycle) {
                continue;
            }
            requires.computeIfAbsent(dependent, d -> new ArrayList<>())
                    .add(new Bundle.LevelRef(prerequisite, 1 + random.nextInt(2)));
        }
        var skills = new ArrayList<Bundle.Skill>();
        for (var s : catalog.skills()) {
            var refs = requires.get(s.id());
            if (refs != null) {
                skills.add(new Bundle.Skill(
                        s.id(), s.name(), null, s.aliases(), s.kind(), List.of(), List.of(), refs, List.of()));
            }
        }
        return skills;
    }

    private List<Bundle.Module> modules() {
        var skills = catalog.skills();
        var coNeeded = coNeeded();
        var modules = new ArrayList<Bundle.Module>(MODULES);
        for (int i = 0; modules.size() < MODULES; i++) {
            boolean foundation = i < skills.size();
            var skill = foundation ? skills.get(i) : skills.get(random.nextInt(skills.size()));
            int from = foundation ? 0 : 1 + random.nextInt(3);
            int to = foundation ? 3 : Math.min(5, from + 1 + random.nextInt(2));
            var teaches = new ArrayList<Bundle.LevelRef>(List.of(new Bundle.LevelRef(skill.id(), to)));
            var neighbours = coNeeded.getOrDefault(skill.id(), List.of());
            if (!foundation && !neighbours.isEmpty() && random.nextInt(3) == 0) {
                var second = neighbours.get(random.nextInt(neighbours.size()));
                if (!second.equals(skill.id())) {
                    teaches.add(new Bundle.LevelRef(second, Math.max(1, to - 1)));
                }
            }
            String modality = MODALITIES[random.nextInt(MODALITIES.length)];
            modules.add(new Bundle.Module(
                    "m-esco-" + i,
                    title(skill.name(), to),
                    hours(modality),
                    modality,
                    modality.equals("workshop") || random.nextInt(5) == 0 ? "scheduled" : "self-paced",
                    modality.equals("workshop") ? "sprint" : "weekly",
                    random.nextInt(5) != 0,
                    modality.equals("video") ? List.of("captions", "transcript") : List.of("summary"),
                    modality.equals("course") || modality.equals("simulation") ? 70 : null,
                    modality.equals("project") ? "project-review" : "quiz",
                    "published",
                    teaches,
                    from > 0 ? List.of(new Bundle.LevelRef(skill.id(), from)) : List.of()));
        }
        return modules;
    }

    /** For each skill, the skills the first role needing it also needs: a module may teach two that go together. */
    private Map<String, List<String>> coNeeded() {
        var map = new HashMap<String, List<String>>();
        for (var role : catalog.roles()) {
            var all = new ArrayList<>(role.essential());
            all.addAll(role.optional());
            all.forEach(s -> map.putIfAbsent(s, all));
        }
        return map;
    }

    private static String title(String skill, int level) {
        return switch (level) {
            case 1, 2 -> "Introduction: " + skill;
            case 3 -> "Foundations: " + skill;
            case 4 -> "Advanced: " + skill;
            default -> "Mastery: " + skill;
        };
    }

    /** Hours by format: videos and readings are short, projects long. */
    private double hours(String modality) {
        return switch (modality) {
            case "video" -> 0.5 + random.nextInt(6) * 0.5;
            case "reading" -> 1 + random.nextInt(4);
            case "workshop" -> 4 + random.nextInt(13);
            case "simulation" -> 2 + random.nextInt(7);
            case "project" -> 10 + random.nextInt(31);
            default -> 4 + random.nextInt(21);
        };
    }
}
