package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks a JSON Schema cannot express: duplicate ids (within a section, across sections, and against
 * nodes of another kind in the graph: ids are unique across all kinds), references to unknown entities
 * (unknown both to the bundle and to the graph), and cycles in prerequisites, the taxonomy and reporting lines.
 */
public final class BundleChecker {

    private final GraphLookup graph;

    public BundleChecker(GraphLookup graph) {
        this.graph = graph;
    }

    /** Every problem of the bundle, in document order; empty when it may be written. */
    public List<BundleProblem> check(Bundle bundle) {
        var problems = new ArrayList<BundleProblem>();
        var ids = new Ids();
        ids.declare("Topic", "/topics", bundle.topics(), Bundle.Topic::id, problems);
        ids.declare("Skill", "/skills", bundle.skills(), Bundle.Skill::id, problems);
        ids.declare("Role", "/roles", bundle.roles(), Bundle.Role::id, problems);
        ids.declare("Module", "/modules", bundle.modules(), Bundle.Module::id, problems);
        ids.declare("Person", "/people", bundle.people(), Bundle.Person::id, problems);
        ids.declare("Cohort", "/cohorts", bundle.cohorts(), Bundle.Cohort::id, problems);
        ids.declare("Badge", "/badges", bundle.badges(), Bundle.Badge::id, problems);
        ids.declare("Framework", "/frameworks", bundle.frameworks(), Bundle.Framework::id, problems);
        for (int i = 0; i < bundle.cohorts().size(); i++) {
            ids.declare(
                    "Segment",
                    "/cohorts/" + i + "/segments",
                    bundle.cohorts().get(i).segments(),
                    Bundle.Segment::id,
                    problems);
        }

        problems.addAll(ids.takenInGraph(graph));
        problems.addAll(MappingIdCheck.of(bundle, graph));

        var refs = new References(ids);
        collectReferences(bundle, refs);
        problems.addAll(refs.unresolved(graph));

        problems.addAll(CycleCheck.prerequisites(bundle, graph.prerequisiteEdges()));
        problems.addAll(CycleCheck.topicBroader(bundle));
        problems.addAll(CycleCheck.skillBroader(bundle));
        problems.addAll(CycleCheck.reportingLines(bundle));
        return List.copyOf(problems);
    }

    private static void collectReferences(Bundle b, References refs) {
        framework(refs, "/defaultFramework", b.defaultFramework());
        for (int i = 0; i < b.topics().size(); i++) {
            refs.list("Topic", "/topics/" + i + "/broader", b.topics().get(i).broader());
        }
        for (int i = 0; i < b.skills().size(); i++) {
            var s = b.skills().get(i);
            var at = "/skills/" + i;
            refs.list("Topic", at + "/topics", s.topics());
            refs.list("Skill", at + "/broader", s.broader());
            refs.list("Skill", at + "/related", s.related());
            refs.list("Skill", at + "/exactMatches", s.exactMatches());
            refs.levels(at + "/requires", s.requires());
            framework(refs, at + "/framework", s.framework());
        }
        for (int i = 0; i < b.roles().size(); i++) {
            var r = b.roles().get(i);
            var at = "/roles/" + i;
            for (int j = 0; j < r.needs().size(); j++) {
                refs.one(
                        "Skill", at + "/needs/" + j + "/skill", r.needs().get(j).skill());
            }
            for (int j = 0; j < r.leadsTo().size(); j++) {
                refs.one(
                        "Role",
                        at + "/leadsTo/" + j + "/role",
                        r.leadsTo().get(j).role());
            }
        }
        for (int i = 0; i < b.modules().size(); i++) {
            var m = b.modules().get(i);
            refs.levels("/modules/" + i + "/teaches", m.teaches());
            refs.levels("/modules/" + i + "/assumes", m.assumes());
        }
        for (int i = 0; i < b.people().size(); i++) {
            collectPersonReferences(b.people().get(i), "/people/" + i, refs);
        }
        for (int i = 0; i < b.cohorts().size(); i++) {
            refs.list("Person", "/cohorts/" + i + "/members", b.cohorts().get(i).members());
            var segments = b.cohorts().get(i).segments();
            for (int j = 0; j < segments.size(); j++) {
                var at = "/cohorts/" + i + "/segments/" + j;
                refs.list("Role", at + "/targetRoles", segments.get(j).targetRoles());
                bounds(refs, at + "/readiness", segments.get(j).readiness());
                bounds(refs, at + "/roleLevel", segments.get(j).roleLevel());
            }
        }
        for (int i = 0; i < b.badges().size(); i++) {
            refs.levels("/badges/" + i + "/certifies", b.badges().get(i).certifies());
        }
    }

    /** {@value Bundle#LOCAL_FRAMEWORK} always resolves: the importer creates it when it is first used. */
    private static void framework(References refs, String at, String id) {
        if (!Bundle.LOCAL_FRAMEWORK.equals(id)) {
            refs.one("Framework", at, id);
        }
    }

    private static void bounds(References refs, String at, Bundle.Range range) {
        if (range != null && range.min() != null && range.max() != null && range.min() > range.max()) {
            refs.problem(at, "min must not exceed max");
        }
    }

    /** What the schema cannot say of coaching preferences: a real time zone, a window in order, known skills. */
    private static void preferences(Bundle.CoachingPreferences prefs, String at, References refs) {
        if (prefs == null) {
            return;
        }
        if (prefs.timezone() != null) {
            try {
                java.time.ZoneId.of(prefs.timezone());
            } catch (java.time.DateTimeException e) {
                refs.problem(
                        at + "/timezone",
                        "unknown time zone '" + prefs.timezone() + "': an IANA name such as Europe/Dublin");
            }
        }
        if (prefs.availableFrom() != null
                && prefs.availableUntil() != null
                && prefs.availableUntil().isBefore(prefs.availableFrom())) {
            refs.problem(at + "/availableUntil", "must be on or after availableFrom");
        }
        refs.list("Skill", at + "/wantsToCoach", prefs.wantsToCoach());
    }

    private static void collectPersonReferences(Bundle.Person p, String at, References refs) {
        refs.one("Role", at + "/role", p.role());
        refs.one("Role", at + "/targetRole", p.targetRole());
        refs.one("Person", at + "/manager", p.manager());
        for (int j = 0; j < p.holds().size(); j++) {
            refs.one("Skill", at + "/holds/" + j + "/skill", p.holds().get(j).skill());
        }
        for (int j = 0; j < p.completed().size(); j++) {
            refs.one(
                    "Module",
                    at + "/completed/" + j + "/module",
                    p.completed().get(j).module());
        }
        for (int j = 0; j < p.enrolled().size(); j++) {
            refs.one(
                    "Module",
                    at + "/enrolled/" + j + "/module",
                    p.enrolled().get(j).module());
        }
        for (int j = 0; j < p.evidence().size(); j++) {
            refs.one(
                    "Skill",
                    at + "/evidence/" + j + "/skill",
                    p.evidence().get(j).skill());
        }
        for (int j = 0; j < p.attempts().size(); j++) {
            refs.one(
                    "Module",
                    at + "/attempts/" + j + "/module",
                    p.attempts().get(j).module());
        }
        for (int j = 0; j < p.earned().size(); j++) {
            refs.one("Badge", at + "/earned/" + j + "/badge", p.earned().get(j).badge());
        }
        preferences(p.coachingPreferences(), at + "/coachingPreferences", refs);
        for (int j = 0; j < p.coaches().size(); j++) {
            var pair = p.coaches().get(j);
            refs.one("Person", at + "/coaches/" + j + "/learner", pair.learner());
            refs.list("Skill", at + "/coaches/" + j + "/skills", pair.skills());
            if (p.id().equals(pair.learner())) {
                refs.problem(at + "/coaches/" + j + "/learner", "a person cannot coach themselves");
            }
        }
        var held = new java.util.HashSet<String>();
        for (int j = 0; j < p.roleHistory().size(); j++) {
            var stint = p.roleHistory().get(j);
            refs.one("Role", at + "/roleHistory/" + j + "/role", stint.role());
            if (stint.role() != null && !held.add(stint.role())) {
                refs.problem(at + "/roleHistory/" + j + "/role", "lists role " + stint.role() + " a second time");
            }
            if (stint.from() != null && stint.to() != null && stint.to().isBefore(stint.from())) {
                refs.problem(at + "/roleHistory/" + j + "/to", "must not be before from (" + stint.from() + ")");
            }
        }
        if (p.id().equals(p.manager())) {
            refs.problem(at + "/manager", "a person cannot be their own manager");
        }
    }

    /** Ids declared by the bundle, per label. */
    static final class Ids {
        /** Per label, each id and where it was first declared. */
        final Map<String, Map<String, String>> byLabel = new HashMap<>();

        /** Model ids (segments aside, which live inside cohorts) with the label and pointer that declared them. */
        private final Map<String, Declared> models = new LinkedHashMap<>();

        private record Declared(String label, String pointer) {}

        <T> void declare(String label, String at, List<T> items, Function<T, String> id, List<BundleProblem> problems) {
            var seen = byLabel.computeIfAbsent(label, l -> new HashMap<>());
            for (int i = 0; i < items.size(); i++) {
                var value = id.apply(items.get(i));
                var pointer = at + "/" + i + "/id";
                var first = seen.putIfAbsent(value, at + "/" + i);
                if (first != null) {
                    problems.add(new BundleProblem(pointer, "duplicate id '" + value + "': already used by " + first));
                } else if (!"Segment".equals(label)) {
                    var earlier = models.putIfAbsent(value, new Declared(label, pointer));
                    if (earlier != null) {
                        problems.add(new BundleProblem(
                                pointer,
                                "id '" + value + "' is already the id of a " + kind(earlier.label()) + " at "
                                        + earlier.pointer() + "; ids are unique across all kinds"));
                    }
                }
            }
        }

        /** Declared ids that a node of another kind already holds in the graph. */
        List<BundleProblem> takenInGraph(GraphLookup graph) {
            var problems = new ArrayList<BundleProblem>();
            if (models.isEmpty()) {
                return problems;
            }
            var holders = graph.holders(models.keySet());
            models.forEach((id, declared) -> holders.getOrDefault(id, Set.of()).stream()
                    .filter(label -> !label.equals(declared.label()))
                    .sorted()
                    .findFirst()
                    .ifPresent(label -> problems.add(new BundleProblem(
                            declared.pointer(),
                            "id '" + id + "' is already taken by a " + kind(label)
                                    + " in the graph; ids are unique across all kinds"))));
            return problems;
        }

        private static String kind(String label) {
            return label.toLowerCase(java.util.Locale.ROOT);
        }

        boolean declared(String label, String id) {
            return byLabel.getOrDefault(label, Map.of()).containsKey(id);
        }
    }

    /** References not declared in the bundle, resolved against the graph in one lookup per label. */
    static final class References {
        private final Ids ids;
        private final Map<String, Map<String, List<String>>> pending = new LinkedHashMap<>();
        private final List<BundleProblem> problems = new ArrayList<>();

        References(Ids ids) {
            this.ids = ids;
        }

        void one(String label, String pointer, String id) {
            if (id != null && !ids.declared(label, id)) {
                pending.computeIfAbsent(label, l -> new LinkedHashMap<>())
                        .computeIfAbsent(id, i -> new ArrayList<>())
                        .add(pointer);
            }
        }

        void list(String label, String pointer, List<String> refs) {
            for (int j = 0; j < refs.size(); j++) {
                one(label, pointer + "/" + j, refs.get(j));
            }
        }

        void levels(String pointer, List<Bundle.LevelRef> refs) {
            for (int j = 0; j < refs.size(); j++) {
                one("Skill", pointer + "/" + j + "/skill", refs.get(j).skill());
            }
        }

        void problem(String pointer, String message) {
            problems.add(new BundleProblem(pointer, message));
        }

        List<BundleProblem> unresolved(GraphLookup graph) {
            var result = new ArrayList<>(problems);
            pending.forEach((label, refs) -> {
                var found = graph.existing(label, refs.keySet());
                refs.forEach((id, pointers) -> {
                    if (!found.contains(id)) {
                        for (var pointer : pointers) {
                            result.add(new BundleProblem(
                                    pointer,
                                    "unknown " + label.toLowerCase(java.util.Locale.ROOT) + " '" + id
                                            + "': not in the bundle nor in the graph"));
                        }
                    }
                });
            });
            result.sort(java.util.Comparator.comparing(BundleProblem::pointer));
            return result;
        }
    }
}
