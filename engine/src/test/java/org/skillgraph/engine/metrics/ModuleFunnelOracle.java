package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * The computation as it was before per-person facts, kept as the oracle that {@code MetricsFactsProperties} pins
 * the facts to. Module completion, drop-off and attempts before a pass, computed from histories (pure). */
final class ModuleFunnelOracle {

    private ModuleFunnelOracle() {}

    /** One person's dealings with one module. */
    private record Involvement(boolean completed, LocalDate lastActivity, List<PersonHistory.Attempt> attempts) {}

    public static ModuleMetricsReport compute(
            List<PersonHistory> people,
            CurriculumSnapshot snapshot,
            LocalDate asOf,
            MetricsFilter filter,
            MetricsSettings settings) {
        var byModule = new TreeMap<String, List<Involvement>>();
        for (var person : people) {
            involvements(person)
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

    private static Map<String, Involvement> involvements(PersonHistory person) {
        var modules = new TreeMap<String, Involvement>();
        Stream.of(
                        person.enrolments().stream().map(PersonHistory.Enrolment::moduleId),
                        person.attempts().stream().map(PersonHistory.Attempt::moduleId),
                        person.completions().stream().map(PersonHistory.Completion::moduleId))
                .flatMap(s -> s)
                .distinct()
                .forEach(module -> {
                    var attempts = person.attempts().stream()
                            .filter(a -> a.moduleId().equals(module))
                            .sorted(Comparator.comparing(
                                    PersonHistory.Attempt::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                            .toList();
                    // Undated history counts as long ago: it shows no recent activity.
                    var last = Stream.concat(
                                    person.enrolments().stream()
                                            .filter(e -> e.moduleId().equals(module))
                                            .map(PersonHistory.Enrolment::at),
                                    attempts.stream().map(PersonHistory.Attempt::at))
                            .filter(Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
                    boolean completed = person.completions().stream()
                            .anyMatch(c -> c.moduleId().equals(module));
                    modules.put(module, new Involvement(completed, last, attempts));
                });
        return modules;
    }

    private static ModuleMetricsReport.Module figures(
            String moduleId, String title, List<Involvement> list, LocalDate quietSince) {
        int enrolled = list.size();
        int completed = (int) list.stream().filter(Involvement::completed).count();
        int dropped = (int) list.stream()
                .filter(i -> !i.completed()
                        && (i.lastActivity() == null || i.lastActivity().isBefore(quietSince)))
                .count();
        int attempts = list.stream().mapToInt(i -> i.attempts().size()).sum();
        int passes = (int) list.stream()
                .flatMap(i -> i.attempts().stream())
                .filter(PersonHistory.Attempt::passed)
                .count();
        var toPass = new ArrayList<Integer>();
        for (var i : list) {
            for (int k = 0; k < i.attempts().size(); k++) {
                if (i.attempts().get(k).passed()) {
                    toPass.add(k + 1);
                    break;
                }
            }
        }
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
