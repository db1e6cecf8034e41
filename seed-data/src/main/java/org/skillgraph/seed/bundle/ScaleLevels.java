package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.skillgraph.seed.scale.ScaleMapping;

/**
 * Turns every {@code scaleValue} of a bundle into a level through the scale of the skill's framework (the
 * bundle's declaration of the framework, else the stored one), and checks every scale the bundle declares.
 * The value stays beside the level it maps to; a value that maps to nothing, a skill whose framework has no
 * scale, a required level that maps to 0 and a level given beside the value that differs from its mapping are
 * problems at their pointers.
 */
final class ScaleLevels {

    /** The bundle with levels filled in, and what stopped a value from mapping. */
    record Result(Bundle bundle, List<BundleProblem> problems) {}

    private final Bundle bundle;
    private final GraphLookup graph;
    private final List<BundleProblem> problems = new ArrayList<>();
    private final Map<String, ScaleMapping> scales = new HashMap<>();
    private final Map<String, String> frameworks = new HashMap<>();

    private ScaleLevels(Bundle bundle, GraphLookup graph) {
        this.bundle = bundle;
        this.graph = graph;
    }

    static Result resolve(Bundle bundle, GraphLookup graph) {
        return new ScaleLevels(bundle, graph).resolve();
    }

    private Result resolve() {
        for (int i = 0; i < bundle.frameworks().size(); i++) {
            var scale = bundle.frameworks().get(i).scale();
            if (scale != null) {
                new ScaleMapping(scale)
                        .problems("/frameworks/" + i + "/scale")
                        .forEach(p -> problems.add(new BundleProblem(p.pointer(), p.message())));
            }
        }
        var skills = scaledSkills();
        if (skills.isEmpty() || !problems.isEmpty()) {
            return new Result(bundle, List.copyOf(problems));
        }
        lookUp(skills);
        var roles = new ArrayList<Bundle.Role>();
        for (int i = 0; i < bundle.roles().size(); i++) {
            var r = bundle.roles().get(i);
            var at = "/roles/" + i + "/needs/";
            var needs = mapped(
                    r.needs(),
                    at,
                    Bundle.Need::skill,
                    Bundle.Need::level,
                    Bundle.Need::scaleValue,
                    1,
                    Bundle.Need::withLevel);
            roles.add(new Bundle.Role(r.id(), r.title(), r.family(), r.level(), r.description(), needs, r.leadsTo()));
        }
        var modules = new ArrayList<Bundle.Module>();
        for (int i = 0; i < bundle.modules().size(); i++) {
            var m = bundle.modules().get(i);
            modules.add(new Bundle.Module(
                    m.id(),
                    m.title(),
                    m.hours(),
                    m.modality(),
                    m.pacing(),
                    m.cycle(),
                    m.core(),
                    m.aids(),
                    m.passScore(),
                    m.assessment(),
                    m.status(),
                    refs(m.teaches(), "/modules/" + i + "/teaches/"),
                    refs(m.assumes(), "/modules/" + i + "/assumes/"),
                    m.activityIds()));
        }
        var skillsOut = new ArrayList<Bundle.Skill>();
        for (int i = 0; i < bundle.skills().size(); i++) {
            var s = bundle.skills().get(i);
            skillsOut.add(new Bundle.Skill(
                    s.id(),
                    s.name(),
                    s.description(),
                    s.aliases(),
                    s.kind(),
                    s.topics(),
                    s.broader(),
                    refs(s.requires(), "/skills/" + i + "/requires/"),
                    s.related(),
                    s.framework(),
                    s.exactMatches(),
                    s.activityIds()));
        }
        var people = new ArrayList<Bundle.Person>();
        for (int i = 0; i < bundle.people().size(); i++) {
            var p = bundle.people().get(i);
            var holds = mapped(
                    p.holds(),
                    "/people/" + i + "/holds/",
                    Bundle.Holding::skill,
                    Bundle.Holding::level,
                    Bundle.Holding::scaleValue,
                    0,
                    Bundle.Holding::withLevel);
            people.add(p.withHoldings(holds));
        }
        var badges = new ArrayList<Bundle.Badge>();
        for (int i = 0; i < bundle.badges().size(); i++) {
            var x = bundle.badges().get(i);
            badges.add(new Bundle.Badge(
                    x.id(), x.name(), x.description(), refs(x.certifies(), "/badges/" + i + "/certifies/")));
        }
        var resolved = new Bundle(
                bundle.topics(),
                skillsOut,
                roles,
                modules,
                people,
                bundle.cohorts(),
                badges,
                bundle.meta(),
                bundle.frameworks(),
                bundle.defaultFramework());
        return new Result(resolved, List.copyOf(problems));
    }

    private List<Bundle.LevelRef> refs(List<Bundle.LevelRef> refs, String at) {
        return mapped(
                refs,
                at,
                Bundle.LevelRef::skill,
                Bundle.LevelRef::level,
                Bundle.LevelRef::scaleValue,
                1,
                Bundle.LevelRef::withLevel);
    }

    private <T> List<T> mapped(
            List<T> items,
            String at,
            Function<T, String> skill,
            Function<T, Integer> given,
            Function<T, Object> value,
            int lowest,
            java.util.function.BiFunction<T, Integer, T> withLevel) {
        var out = new ArrayList<T>(items.size());
        for (int j = 0; j < items.size(); j++) {
            var item = items.get(j);
            var v = value.apply(item);
            if (v == null) {
                out.add(item);
                continue;
            }
            var pointer = at + j + "/scaleValue";
            var framework = frameworks.get(skill.apply(item));
            var scale = framework == null ? null : scales.get(framework);
            if (scale == null) {
                problems.add(new BundleProblem(
                        pointer,
                        "the framework of skill '" + skill.apply(item) + "' ("
                                + (framework == null ? "none" : framework) + ") declares no scale"));
                out.add(item);
                continue;
            }
            var level = scale.level(v);
            if (level.level() == null) {
                problems.add(new BundleProblem(pointer, level.problem()));
            } else if (level.level() < lowest) {
                problems.add(new BundleProblem(
                        pointer, v + " maps to level " + level.level() + ", below the lowest level " + lowest));
            } else if (given.apply(item) != 0 && given.apply(item).intValue() != level.level()) {
                // A level given beside the value must be the one the value maps to: never two answers.
                problems.add(new BundleProblem(
                        at + j + "/level",
                        "level " + given.apply(item) + " is not what scaleValue " + v + " maps to (" + level.level()
                                + ")"));
            }
            out.add(level.level() == null ? item : withLevel.apply(item, level.level()));
        }
        return out;
    }

    /** Every skill some scale value is given for. */
    private Set<String> scaledSkills() {
        var skills = new HashSet<String>();
        bundle.roles()
                .forEach(r ->
                        r.needs().stream().filter(n -> n.scaleValue() != null).forEach(n -> skills.add(n.skill())));
        bundle.people()
                .forEach(p ->
                        p.holds().stream().filter(h -> h.scaleValue() != null).forEach(h -> skills.add(h.skill())));
        var refs = new ArrayList<Bundle.LevelRef>();
        bundle.modules().forEach(m -> {
            refs.addAll(m.teaches());
            refs.addAll(m.assumes());
        });
        bundle.skills().forEach(s -> refs.addAll(s.requires()));
        bundle.badges().forEach(x -> refs.addAll(x.certifies()));
        refs.stream().filter(r -> r.scaleValue() != null).forEach(r -> skills.add(r.skill()));
        return skills;
    }

    /** The framework of each scaled skill and the scale of each of those frameworks. */
    private void lookUp(Set<String> skills) {
        var inBundle = new HashMap<String, Bundle.Skill>();
        bundle.skills().forEach(s -> inBundle.put(s.id(), s));
        var stored = graph.frameworksOf(skills);
        for (var id : skills) {
            var s = inBundle.get(id);
            var named = s == null ? null : bundle.frameworkOf(s);
            var framework = named != null ? named : stored.getOrDefault(id, s == null ? null : Bundle.LOCAL_FRAMEWORK);
            if (framework != null) {
                frameworks.put(id, framework);
            }
        }
        var declared = new HashMap<String, Bundle.Framework>();
        bundle.frameworks().forEach(f -> declared.put(f.id(), f));
        var elsewhere = new HashSet<String>(frameworks.values());
        elsewhere.removeAll(declared.keySet());
        var storedScales = elsewhere.isEmpty() ? Map.<String, Bundle.Scale>of() : graph.scales(elsewhere);
        for (var framework : new HashSet<>(frameworks.values())) {
            var scale =
                    declared.containsKey(framework) ? declared.get(framework).scale() : storedScales.get(framework);
            if (scale != null) {
                scales.put(framework, new ScaleMapping(scale));
            }
        }
    }
}
