package org.skillgraph.engine.coachindex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index's data: people by id and, per skill, the qualifying holdings of opted-in people, highest level first
 * (then person id), so a search for holders at a level or above reads a prefix of the list. Not thread-safe: {@link
 * CoachIndex} guards it with a read-write lock.
 */
final class IndexState<P> {

    /** One holding in a skill's list. */
    record Entry(String personId, Holding holding) {}

    private static final Comparator<Entry> STRONGEST_FIRST =
            Comparator.comparingInt((Entry e) -> e.holding().level()).reversed().thenComparing(Entry::personId);

    final long seq;
    final long version;
    long orgVersion;
    private final Map<String, List<String>> classes;
    private final Map<String, IndexedPerson<P>> people = new HashMap<>();
    private final Map<String, List<Entry>> bySkill = new HashMap<>();

    /** @param classes skill id to the other skills of its exact-match class */
    IndexState(long seq, long version, long orgVersion, Map<String, List<String>> classes) {
        this.seq = seq;
        this.version = version;
        this.orgVersion = orgVersion;
        this.classes = classes;
    }

    /** Adds everyone of a full read, then sorts each skill's list once. */
    void load(Collection<IndexedPerson<P>> everyone) {
        for (var p : everyone) {
            people.put(p.id(), p);
            for (var h : p.holds()) {
                bySkill.computeIfAbsent(h.skillId(), s -> new ArrayList<>()).add(new Entry(p.id(), h));
            }
        }
        bySkill.values().forEach(l -> l.sort(STRONGEST_FIRST));
    }

    /** Replaces what is kept of {@code id} by {@code person} (null: the person is gone). */
    void replace(String id, IndexedPerson<P> person) {
        var old = people.remove(id);
        if (old != null) {
            for (var h : old.holds()) {
                var list = bySkill.get(h.skillId());
                if (list != null) {
                    list.removeIf(e -> e.personId().equals(id));
                    if (list.isEmpty()) {
                        bySkill.remove(h.skillId());
                    }
                }
            }
        }
        if (person == null) {
            return;
        }
        people.put(id, person);
        for (var h : person.holds()) {
            var list = bySkill.computeIfAbsent(h.skillId(), s -> new ArrayList<>());
            var entry = new Entry(id, h);
            int at = java.util.Collections.binarySearch(list, entry, STRONGEST_FIRST);
            list.add(at < 0 ? -at - 1 : at, entry);
        }
    }

    int people() {
        return people.size();
    }

    int holdings() {
        return bySkill.values().stream().mapToInt(List::size).sum();
    }

    /** See {@link CoachIndex#pool}. */
    IndexedPool<P> pool(Map<String, Integer> minLevels, LocalDate since, Collection<String> learnerIds, Instant now) {
        var learners = new ArrayList<IndexedPerson<P>>();
        for (var id : new java.util.LinkedHashSet<>(learnerIds)) {
            var p = people.get(id);
            if (p != null) {
                learners.add(p);
            }
        }
        var matches = new HashMap<String, List<String>>();
        var others = new HashSet<String>();
        int lowest = Integer.MAX_VALUE;
        for (var e : minLevels.entrySet()) {
            lowest = Math.min(lowest, e.getValue());
            var cls = classes.get(e.getKey());
            if (cls != null) {
                matches.put(e.getKey(), cls);
                others.addAll(cls);
            }
        }
        // A match may stand for several sought skills, so it is read from the lowest level asked (as the query does).
        var thresholds = new HashMap<String, Integer>(minLevels);
        for (var o : others) {
            thresholds.put(o, lowest);
        }
        var holds = new TreeMap<String, List<Holding>>();
        thresholds.forEach((skill, level) -> {
            for (var e : bySkill.getOrDefault(skill, List.of())) {
                if (e.holding().level() < level) {
                    break;
                }
                if (!e.holding().at().isBefore(since)) {
                    holds.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e.holding());
                }
            }
        });
        var coaches = new ArrayList<IndexedPool.Candidate<P>>();
        holds.forEach((id, held) -> {
            var p = people.get(id);
            int active = p.active(now);
            if (p.optIn() && p.capacity() > active) {
                coaches.add(new IndexedPool.Candidate<>(p, active, held));
            }
        });
        return new IndexedPool<>(version, orgVersion, learners, matches, coaches);
    }

    /** See {@link CoachIndex#holders}. */
    List<IndexedPool.Holder<P>> holders(String skillId, int minLevel, LocalDate since, Instant now) {
        var found = new ArrayList<IndexedPool.Holder<P>>();
        for (var e : bySkill.getOrDefault(skillId, List.of())) {
            if (e.holding().level() < minLevel) {
                break;
            }
            var p = people.get(e.personId());
            if (p.optIn() && !e.holding().at().isBefore(since)) {
                found.add(new IndexedPool.Holder<>(p, e.holding(), p.active(now)));
            }
        }
        return found;
    }
}
