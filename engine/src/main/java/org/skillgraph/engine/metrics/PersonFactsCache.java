package org.skillgraph.engine.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * An API node's per-person metric facts, keyed by person id and checked against the person's {@code
 * factsVersion} on every use: a metric reads only ids and versions, then the histories of the people whose
 * facts are missing or older, so a metric over everyone after a few writes reads a few histories, not all.
 * Exact across API nodes: the versions come from the graph in the request's own round trip. Only the facts of
 * people the graph still lists are ever used; those of someone erased are dropped by the next metric over
 * everyone, by size, or after {@link #IDLE} unused, whichever comes first. Nothing of them is stored.
 */
final class PersonFactsCache {

    /** Facts unused this long are dropped, so that the facts of people erased meanwhile do not linger. */
    static final Duration IDLE = Duration.ofHours(12);

    private final Cache<String, PersonFacts> facts;
    private final MetricsSettings settings;

    PersonFactsCache(long maximumPeople, MetricsSettings settings) {
        this.facts = Caffeine.newBuilder()
                .maximumSize(maximumPeople)
                .expireAfterAccess(IDLE)
                .build();
        this.settings = settings;
    }

    /**
     * The facts of everyone in {@code people}, in their order, worked out against {@code snapshot}; {@code read}
     * gives the histories of the ids it is asked for (people erased meanwhile are left out of the answer).
     *
     * @param everyone whether {@code people} is the whole organisation: then facts of anyone else are dropped
     */
    List<PersonFacts> facts(
            FactVersions people,
            CurriculumSnapshot snapshot,
            boolean everyone,
            Function<List<String>, List<MetricsRepository.Versioned>> read) {
        var found = new PersonFacts[people.size()];
        var stale = new HashMap<String, Integer>();
        for (int i = 0; i < people.size(); i++) {
            var cached = facts.getIfPresent(people.ids()[i]);
            if (cached != null && cached.currentAt(people.versions()[i], snapshot)) {
                found[i] = cached;
            } else {
                stale.put(people.ids()[i], i);
            }
        }
        if (!stale.isEmpty()) {
            for (var v : read.apply(List.copyOf(stale.keySet()))) {
                var fresh = PersonFacts.of(v.history(), v.version(), snapshot, settings);
                facts.put(fresh.id(), fresh);
                found[stale.get(fresh.id())] = fresh;
            }
        }
        if (everyone) {
            facts.asMap().keySet().retainAll(new HashSet<>(Arrays.asList(people.ids())));
        }
        var answer = new ArrayList<PersonFacts>(found.length);
        Arrays.stream(found).filter(Objects::nonNull).forEach(answer::add);
        return answer;
    }
}
