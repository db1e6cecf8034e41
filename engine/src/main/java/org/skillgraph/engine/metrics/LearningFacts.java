package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One person's dealings with each module they enrolled in, attempted or completed: the module funnel's row per
 * person, independent of the day asked.
 *
 * @param modules by module id
 */
record LearningFacts(Map<String, Involvement> modules) {

    static final LearningFacts NONE = new LearningFacts(Map.of());

    LearningFacts {
        modules = Map.copyOf(modules);
    }

    /**
     * One person and one module.
     *
     * @param lastActivity the last dated enrolment or attempt; {@code null} when none is dated (counts as long ago)
     * @param attemptsToPass attempts up to and including the first pass, in date order; {@code null} without a pass
     */
    record Involvement(boolean completed, LocalDate lastActivity, int attempts, int passes, Integer attemptsToPass) {}

    static LearningFacts of(PersonHistory person) {
        var modules = new TreeMap<String, Involvement>();
        Stream.of(
                        person.enrolments().stream().map(PersonHistory.Enrolment::moduleId),
                        person.attempts().stream().map(PersonHistory.Attempt::moduleId),
                        person.completions().stream().map(PersonHistory.Completion::moduleId))
                .flatMap(s -> s)
                .distinct()
                .forEach(module -> modules.put(module, involvement(person, module)));
        return new LearningFacts(modules);
    }

    private static Involvement involvement(PersonHistory person, String module) {
        List<PersonHistory.Attempt> attempts = person.attempts().stream()
                .filter(a -> a.moduleId().equals(module))
                .sorted(Comparator.comparing(
                        PersonHistory.Attempt::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        var last = Stream.concat(
                        person.enrolments().stream()
                                .filter(e -> e.moduleId().equals(module))
                                .map(PersonHistory.Enrolment::at),
                        attempts.stream().map(PersonHistory.Attempt::at))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean completed =
                person.completions().stream().anyMatch(c -> c.moduleId().equals(module));
        int passes = 0;
        Integer toPass = null;
        for (int k = 0; k < attempts.size(); k++) {
            if (attempts.get(k).passed()) {
                passes++;
                if (toPass == null) {
                    toPass = k + 1;
                }
            }
        }
        return new Involvement(completed, last, attempts.size(), passes, toPass);
    }
}
