package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.skillgraph.engine.metrics.LearningFacts.Involvement;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/** Module completion, drop-off and attempts before a pass, aggregated from per-person facts (pure). */
public final class ModuleFunnel {

    private ModuleFunnel() {}

    /** Module figures of {@code people}, from their histories. */
    public static ModuleMetricsReport compute(
            List<PersonHistory> people,
            CurriculumSnapshot snapshot,
            LocalDate asOf,
            MetricsFilter filter,
            MetricsSettings settings) {
        return aggregate(
                people.stream()
                        .map(p -> new PersonFacts(
                                p.id(), 0, TargetFacts.NONE, LearningFacts.of(p), RetentionFacts.NONE, List.of()))
                        .toList(),
                snapshot,
                asOf,
                filter,
                settings);
    }

    /** Module figures of the people whose {@code facts} these are. */
    static ModuleMetricsReport aggregate(
            List<PersonFacts> people,
            CurriculumSnapshot snapshot,
            LocalDate asOf,
            MetricsFilter filter,
            MetricsSettings settings) {
        var byModule = new TreeMap<String, List<Involvement>>();
        for (var person : people) {
            person.learning()
                    .modules()
                    .forEach((module, inv) -> byModule.computeIfAbsent(module, m -> new ArrayList<>())
                            .add(inv));
        }
        var quietSince = asOf.minusDays(settings.dropOffDays());
        var modules = new ArrayList<ModuleMetricsReport.Module>();
        byModule.forEach((moduleId, list) -> {
            var title = snapshot.module(moduleId).map(ModuleInfo::title).orElse(moduleId);
            modules.add(
                    list.size() < settings.minGroupSize()
                            ? ModuleMetricsReport.Module.suppressed(moduleId, title)
                            : figures(moduleId, title, list, quietSince));
        });
        modules.sort(Comparator.comparing((ModuleMetricsReport.Module m) -> m.enrolled() == null ? 0 : m.enrolled())
                .reversed()
                .thenComparing(ModuleMetricsReport.Module::moduleId));
        return new ModuleMetricsReport(
                asOf,
                filter,
                settings.dropOffDays(),
                settings.minGroupSize(),
                Stats.unlessFew(people.size(), settings.minGroupSize(), people.size()),
                modules);
    }

    private static ModuleMetricsReport.Module figures(
            String moduleId, String title, List<Involvement> list, LocalDate quietSince) {
        int enrolled = list.size();
        int completed = (int) list.stream().filter(Involvement::completed).count();
        int dropped = (int) list.stream()
                .filter(i -> !i.completed()
                        && (i.lastActivity() == null || i.lastActivity().isBefore(quietSince)))
                .count();
        int attempts = list.stream().mapToInt(Involvement::attempts).sum();
        int passes = list.stream().mapToInt(Involvement::passes).sum();
        var toPass = list.stream()
                .map(Involvement::attemptsToPass)
                .filter(java.util.Objects::nonNull)
                .toList();
        return new ModuleMetricsReport.Module(
                moduleId,
                title,
                false,
                enrolled,
                completed,
                enrolled - completed - dropped,
                dropped,
                Stats.ratio(completed, enrolled),
                Stats.ratio(dropped, enrolled),
                attempts,
                attempts == 0 ? null : Stats.ratio(passes, attempts),
                toPass.size(),
                Stats.mean(toPass),
                Stats.median(toPass));
    }
}
