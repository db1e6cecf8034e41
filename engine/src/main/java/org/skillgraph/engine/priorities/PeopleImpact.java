package org.skillgraph.engine.priorities;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Compares every member's gap, readiness, route hours and reachability on today's snapshot and on a changed
 * copy: what-if analysis that speaks about people. Nothing is written.
 */
public final class PeopleImpact {

    /** Lower ends of the bands winners and losers are counted in, in hours. */
    static final double[] BANDS = {0, 5, 20, 50};

    private final RoutePlanner routes;
    private final int minGroupSize;
    private final boolean share;

    public PeopleImpact(RoutePlanner routes, int minGroupSize) {
        this(routes, minGroupSize, true);
    }

    private PeopleImpact(RoutePlanner routes, int minGroupSize, boolean share) {
        this.routes = routes;
        this.minGroupSize = minGroupSize;
        this.share = share;
    }

    /**
     * The same comparison planning every distinct person state in full (see {@link PrioritiesService#exhaustive()}):
     * the oracle of tests and the baseline of the benchmark.
     */
    public PeopleImpact exhaustive() {
        return new PeopleImpact(routes, minGroupSize, false);
    }

    /** The impact on {@code members} (of {@code people} selected) of going from {@code before} to {@code after}. */
    public PopulationImpact compare(
            CurriculumSnapshot before,
            CurriculumSnapshot after,
            List<Member> members,
            int people,
            MetricsFilter filter) {
        if (members.size() < minGroupSize) {
            boolean few = people > 0 && people < minGroupSize;
            return new PopulationImpact(
                    filter,
                    minGroupSize,
                    few ? null : people,
                    few || !members.isEmpty() ? null : 0,
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    "Too few people to describe: fewer than " + minGroupSize + " are assessed.");
        }
        var today = new MemberOutcomes(before, routes, share, members);
        var then = new MemberOutcomes(after, routes, share, members);
        int gap = 0;
        int ready = 0;
        int unready = 0;
        int reach = 0;
        int lose = 0;
        double saved = 0;
        double added = 0;
        var savings = new ArrayList<Double>();
        var losses = new ArrayList<Double>();
        for (Member m : members) {
            Outcome a = today.of(m.roleId(), m.state());
            Outcome b = then.of(m.roleId(), m.state());
            gap += a.gaps().equals(b.gaps()) ? 0 : 1;
            ready += !a.ready() && b.ready() ? 1 : 0;
            unready += a.ready() && !b.ready() ? 1 : 0;
            reach += !a.reachable() && b.reachable() ? 1 : 0;
            lose += a.reachable() && !b.reachable() ? 1 : 0;
            double delta = Hours.round(b.hours() - a.hours());
            if (delta < 0) {
                saved -= delta;
                savings.add(-delta);
            } else if (delta > 0) {
                added += delta;
                losses.add(delta);
            }
        }
        saved = Hours.round(saved);
        added = Hours.round(added);
        String summary = "If these changes were made, the routes of " + savings.size() + " of " + members.size()
                + " people would shrink by " + Hours.text(saved) + " in all and " + losses.size() + " would grow by "
                + Hours.text(added) + "; " + reach + " would become able to reach their whole role and " + lose
                + " would lose it; " + ready + " would become ready and " + unready + " would no longer be.";
        return new PopulationImpact(
                filter,
                minGroupSize,
                people,
                members.size(),
                false,
                gap,
                ready,
                unready,
                savings.size(),
                losses.size(),
                saved,
                added,
                reach,
                lose,
                bands(savings),
                bands(losses),
                summary);
    }

    private List<PopulationImpact.Band> bands(List<Double> changes) {
        var bands = new ArrayList<PopulationImpact.Band>();
        for (int i = 0; i < BANDS.length; i++) {
            double from = BANDS[i];
            Double to = i + 1 < BANDS.length ? BANDS[i + 1] : null;
            int count = (int) changes.stream()
                    .filter(h -> h >= from && (to == null || h < to))
                    .count();
            bands.add(new PopulationImpact.Band(from, to, count > 0 && count < minGroupSize ? null : count));
        }
        return bands;
    }
}
