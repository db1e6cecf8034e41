package org.skillgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.taxonomy.EscoCurriculum;
import org.skillgraph.engine.taxonomy.ApplyChoices;
import org.skillgraph.engine.taxonomy.Curriculum;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.esco.EscoExport;
import org.skillgraph.seed.esco.EscoVersion;

/**
 * The living taxonomy at full ESCO size: ESCO 1.1.0 imported with generated people holding its skills, then
 * ESCO 1.1.1 diffed and applied as a change set, then a derived next version (seeded: {@value #REMOVED} skills
 * removed, {@value #MERGED} merged into another, {@value #SPLIT} split in two) diffed and applied with every
 * merge and split mapped, so learner records are mirrored at scale. Diff and apply times are single runs
 * (each writes the store), with the load average beside them. ESCO folders come from {@value #ENV} and
 * {@value #NEXT_ENV}.
 */
final class TaxonomyBench {

    static final String ENV = "ESCO_DIR";
    static final String NEXT_ENV = "ESCO_NEXT_DIR";
    static final int REMOVED = 200;
    static final int MERGED = 100;
    static final int SPLIT = 50;
    static final long SEED = 20;

    private TaxonomyBench() {}

    static Map<String, Object> run() throws Exception {
        var figures = new LinkedHashMap<String, Object>();
        var dir = Files.createTempDirectory("skillgraph-taxonomy-bench");
        try (var skillgraph = Skillgraph.embedded(dir, 0, EscoBench.PAGE_CACHE)) {
            figures.put("loadAverageAtStart", EscoBench.loadAverage());
            String framework;
            try (var export = EscoExport.open(path(ENV))) {
                framework = "esco-"
                        + skillgraph
                                .escoImporter()
                                .importEsco(export, null, ImportProgress.none())
                                .escoVersion();
            }
            var catalog = EscoCatalog.read(skillgraph.graph());
            var people = new EscoPeople(EscoBench.SEED + 1, catalog).generate();
            skillgraph.importer().importBundle(people, ImportProgress.none());
            figures.put("people", people.people().size());
            figures.put(
                    "heldSkills",
                    people.people().stream().mapToLong(p -> p.holds().size()).sum());
            Curriculum next;
            try (var export = EscoExport.open(path(NEXT_ENV))) {
                next = EscoCurriculum.of(EscoVersion.read(export));
            }
            step(skillgraph, framework, next, "esco-1.1.1", ApplyChoices.none(), "release", figures);
            var derived = derive(next, new Random(SEED));
            step(skillgraph, framework, derived.version(), "derived", derived.choices(), "derived", figures);
            figures.put("loadAverageAtEnd", EscoBench.loadAverage());
        } finally {
            EscoBench.delete(dir);
        }
        return figures;
    }

    private static void step(
            Skillgraph skillgraph,
            String framework,
            Curriculum version,
            String source,
            ApplyChoices choices,
            String name,
            Map<String, Object> figures) {
        var taxonomy = skillgraph.services().frameworks().taxonomy();
        long start = System.nanoTime();
        var cs = taxonomy.changeSets().create(framework, version, source, "bench");
        double diff = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        var result = taxonomy.applier().apply(framework, cs.id(), choices, "bench");
        double apply = (System.nanoTime() - start) / 1e9;
        figures.put(name + "Entries", cs.counts());
        figures.put(name + "ImpactPeople", cs.impact().people());
        figures.put(name + "ImpactHolders", cs.impact().holders());
        figures.put(name + "ImpactRoles", cs.impact().roles().count());
        figures.put(name + "DiffSeconds", EscoBench.round(diff));
        figures.put(name + "ApplySeconds", EscoBench.round(apply));
        figures.put(name + "Superseded", result.superseded());
        figures.put(name + "HoldingsMirrored", result.holdings());
        figures.put(name + "NeedsMoved", result.needs());
        figures.put(name + "LoadAverageAfter", EscoBench.loadAverage());
    }

    record Derived(Curriculum version, ApplyChoices choices) {}

    /**
     * The next version after 1.1.1, seeded: skills removed outright (deprecated), merged into another kept
     * skill (replaced by it), and split into two new skills (replaced by both, half each).
     */
    static Derived derive(Curriculum base, Random random) {
        var skills = new ArrayList<>(base.skills());
        java.util.Collections.shuffle(skills, random);
        var removed = new java.util.HashSet<String>();
        var choices = new ArrayList<ApplyChoices.Choice>();
        var added = new ArrayList<Curriculum.Skill>();
        int i = 0;
        for (; i < REMOVED; i++) {
            removed.add(skills.get(i).id());
        }
        for (int m = 0; m < MERGED; m++, i++) {
            var gone = skills.get(i);
            var into = skills.get(skills.size() - 1 - m);
            removed.add(gone.id());
            choices.add(
                    new ApplyChoices.Choice(gone.id(), "replace", List.of(new ApplyChoices.Successor(into.id(), 1.0))));
        }
        for (int s = 0; s < SPLIT; s++, i++) {
            var gone = skills.get(i);
            removed.add(gone.id());
            var a = new Curriculum.Skill(gone.id() + "-a", gone.name() + " (part 1)", "", "", List.of(), List.of());
            var b = new Curriculum.Skill(gone.id() + "-b", gone.name() + " (part 2)", "", "", List.of(), List.of());
            added.add(a);
            added.add(b);
            choices.add(new ApplyChoices.Choice(
                    gone.id(),
                    "replace",
                    List.of(new ApplyChoices.Successor(a.id(), 0.5), new ApplyChoices.Successor(b.id(), 0.5))));
        }
        var kept = new ArrayList<Curriculum.Skill>();
        for (var s : base.skills()) {
            if (!removed.contains(s.id())) {
                kept.add(new Curriculum.Skill(
                        s.id(),
                        s.name(),
                        s.description(),
                        s.uri(),
                        s.broader().stream().filter(x -> !removed.contains(x)).toList(),
                        s.requires()));
            }
        }
        kept.addAll(added);
        var roles = base.roles().stream()
                .map(r -> new Curriculum.Role(
                        r.id(),
                        r.title(),
                        r.needs().stream()
                                .filter(n -> !removed.contains(n.substring(0, n.indexOf('@'))))
                                .toList()))
                .toList();
        return new Derived(new Curriculum(kept, roles), new ApplyChoices(choices));
    }

    private static Path path(String env) {
        var value = System.getenv(env);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The taxonomy part needs " + ENV + " and " + NEXT_ENV
                    + ": the folders of two consecutive ESCO releases' CSV zips");
        }
        return Path.of(value);
    }
}
