package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule set that turns evidence into a current level. It is deliberately simple enough to explain
 * to a learner in three sentences:
 *
 * <ol>
 *   <li><b>Expiry.</b> Evidence counts from its day up to and including its expiry day, if it has one.
 *   <li><b>Precedence.</b> Each source has a tier (lower is stronger). Among the evidence that counts, only
 *       the strongest tier present is considered, and within it the most recent evidence decides (on the
 *       same day, the higher level). So a self-rating never overrides an assessment, while a newer
 *       assessment or completion replaces an older one, up or down.
 *   <li><b>Decay.</b> When the deciding evidence is older than {@code refreshAfter}, the level counts one
 *       lower for gap and coach purposes and is flagged "needs refresh"; the evidence itself is kept.
 * </ol>
 *
 * @param tiers tier per source, lower outranks higher; every source must have one
 * @param refreshAfter how long evidence stays fresh (the "half-life" of a level)
 */
public record LevelRules(Map<EvidenceSource, Integer> tiers, Period refreshAfter) {

    public LevelRules {
        Objects.requireNonNull(refreshAfter, "refreshAfter");
        var copy = new EnumMap<EvidenceSource, Integer>(EvidenceSource.class);
        copy.putAll(tiers);
        for (var source : EvidenceSource.values()) {
            if (!copy.containsKey(source)) {
                throw new IllegalArgumentException("no tier for evidence source " + source.wireName());
            }
        }
        if (refreshAfter.isNegative() || refreshAfter.isZero()) {
            throw new IllegalArgumentException("refreshAfter must be positive");
        }
        tiers = Map.copyOf(copy);
    }

    /**
     * Verified sources (assessment, manager observation, module completion, badge, import) in tier 0, peer
     * feedback in tier 1, self-rating in tier 2; levels need a refresh after two years.
     */
    public static LevelRules defaults() {
        var tiers = new EnumMap<EvidenceSource, Integer>(EvidenceSource.class);
        tiers.put(EvidenceSource.ASSESSMENT, 0);
        tiers.put(EvidenceSource.MANAGER, 0);
        tiers.put(EvidenceSource.COMPLETION, 0);
        tiers.put(EvidenceSource.BADGE, 0);
        tiers.put(EvidenceSource.IMPORT, 0);
        tiers.put(EvidenceSource.PEER, 1);
        tiers.put(EvidenceSource.SELF, 2);
        return new LevelRules(tiers, Period.ofYears(2));
    }

    /** The same rules with another refresh period. */
    public LevelRules withRefreshAfter(Period period) {
        return new LevelRules(tiers, period);
    }

    public int tier(EvidenceSource source) {
        return tiers.get(source);
    }

    /**
     * The current level of one skill on {@code day} from that skill's evidence history (records of other
     * skills must not be passed); empty when no evidence counts on that day.
     */
    public Optional<CurrentLevel> current(Collection<EvidenceRecord> history, LocalDate day) {
        var deciding = history.stream()
                .filter(e -> e.validOn(day))
                .min(Comparator.comparingInt((EvidenceRecord e) -> tier(e.source()))
                        .thenComparing(EvidenceRecord::at, Comparator.reverseOrder())
                        .thenComparing(EvidenceRecord::level, Comparator.reverseOrder()));
        return deciding.map(e -> decide(e, day));
    }

    /** Applies decay to the evidence that decided a level (also for a stored {@code HOLDS}). */
    public CurrentLevel decide(EvidenceRecord deciding, LocalDate day) {
        boolean stale = deciding.at().plus(refreshAfter).isBefore(day);
        int level = stale ? Math.max(0, deciding.level() - 1) : deciding.level();
        return new CurrentLevel(level, deciding.level(), deciding.source(), deciding.at(), stale);
    }

    /**
     * {@link #decide} for a stored {@code HOLDS}: its source as stored on the wire, where a missing or unknown
     * one counts as an import.
     */
    public CurrentLevel decideHold(String skill, String storedSource, int level, LocalDate at, LocalDate day) {
        var source = EvidenceSource.fromWire(storedSource).orElse(EvidenceSource.IMPORT);
        return decide(EvidenceRecord.of(skill, source, level, at), day);
    }
}
