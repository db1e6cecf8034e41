package org.skillgraph.engine.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Suggests which added skill a removed one became, by label: an identical label (ignoring case and spaces)
 * first, then the most alike by Jaro-Winkler at or above {@link #THRESHOLD}. Fuzzy matching is skipped when
 * it would compare more than {@link #MAX_PAIRS} pairs, so a release that replaces a whole framework is not
 * held up: the designer still sees every removal and may map it.
 */
final class LabelMatcher {

    static final double THRESHOLD = 0.9;
    static final long MAX_PAIRS = 4_000_000;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final List<Curriculum.Skill> candidates;
    private final Map<String, String> exact = new HashMap<>();
    private final boolean fuzzy;

    /** A matcher over {@code candidates} that will be asked about {@code queries} labels. */
    LabelMatcher(List<Curriculum.Skill> candidates, int queries) {
        this.candidates = candidates;
        this.fuzzy = (long) candidates.size() * queries <= MAX_PAIRS;
        candidates.forEach(s -> exact.putIfAbsent(normal(s.name()), s.id()));
    }

    Optional<Match> best(String label) {
        var key = normal(label);
        var same = exact.get(key);
        if (same != null) {
            return Optional.of(new Match(same, 1.0));
        }
        Match best = null;
        if (!fuzzy) {
            return Optional.empty();
        }
        for (var c : candidates) {
            double score = SIMILARITY.apply(key, normal(c.name()));
            if (score >= THRESHOLD && (best == null || score > best.similarity())) {
                best = new Match(c.id(), Math.round(score * 1000) / 1000.0);
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normal(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    record Match(String id, double similarity) {}
}
