package org.skillgraph.engine.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.coachindex.CoachIndex;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.feed.ChangeFeed;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Peer-coach matching: the best coaches for a learner's gap, who can coach a skill, an optimal assignment
 * across a cohort, and coaching pairs. A learner's answer takes two round trips (the learner with the graph
 * version, then coach candidates); gap skills come from {@link GapPlanner} on the curriculum snapshot of
 * that version. "Today" comes from the {@link Clock} given, for the evidence age and new pairs' dates.
 */
public final class CoachingService {

    private final LearnerRepository learners;
    private final CurriculumCache curriculum;
    private final CoachRepository coaches;
    private final CoachingPairRepository pairs;
    private final GapNeeds needs;
    private final CoachMatcher matcher;
    private final CohortAssigner assigner;
    private final CoachingSettings settings;
    private final Clock clock;
    private final CoachIndex<CoachingPreferences> index;

    /** Highest level first, then most free places, then the freshest evidence, then id. */
    private static final Comparator<SkillCoaches.Holder> STRONGEST_FIRST = Comparator.comparingInt(
                    SkillCoaches.Holder::level)
            .reversed()
            .thenComparing(Comparator.comparingInt(SkillCoaches.Holder::remainingCapacity)
                    .reversed())
            .thenComparing(SkillCoaches.Holder::at, Comparator.reverseOrder())
            .thenComparing(h -> h.coach().id());

    /** Most learners one assignment takes when given as a list (a cohort has no limit). */
    public static final int MAX_LEARNERS = 5_000;

    public CoachingService(
            GraphClient graph,
            LearnerRepository learners,
            CurriculumCache curriculum,
            GapPlanner gaps,
            CoachingSettings settings,
            Clock clock) {
        this(graph, learners, curriculum, gaps, settings, LevelRules.defaults(), clock);
    }

    /**
     * With the rules that turn evidence into levels: a candidate's level older than the refresh period counts
     * one lower, as the learner's does.
     */
    public CoachingService(
            GraphClient graph,
            LearnerRepository learners,
            CurriculumCache curriculum,
            GapPlanner gaps,
            CoachingSettings settings,
            LevelRules rules,
            Clock clock) {
        this(graph, learners, curriculum, gaps, settings, rules, clock, null);
    }

    /**
     * With the node's change feed: coach candidates then come from a {@link CoachIndex} kept current by the feed
     * (the graph is read while the index cannot answer); without one ({@code null}), every pool is read from the
     * graph.
     */
    public CoachingService(
            GraphClient graph,
            LearnerRepository learners,
            CurriculumCache curriculum,
            GapPlanner gaps,
            CoachingSettings settings,
            LevelRules rules,
            Clock clock,
            ChangeFeed feed) {
        this.learners = learners;
        this.curriculum = curriculum;
        var weak = tooWeak(rules, settings.evidenceTier());
        this.index =
                feed == null ? null : new CoachIndex<>(graph, feed, settings.threshold(), weak, PreferenceRows::of);
        this.coaches = new CoachRepository(graph, rules, clock, weak, index);
        this.pairs = new CoachingPairRepository(graph, clock);
        this.needs = new GapNeeds(gaps, settings.threshold());
        this.matcher = new CoachMatcher(settings);
        this.assigner = new CohortAssigner(settings, matcher, new AssignmentSolver());
        this.settings = settings;
        this.clock = clock;
    }

    /** The sources whose levels cannot make a coach: those of a tier weaker than {@code tier}. */
    static List<String> tooWeak(LevelRules rules, int tier) {
        return java.util.Arrays.stream(org.skillgraph.engine.evidence.EvidenceSource.values())
                .filter(s -> rules.tier(s) > tier)
                .map(org.skillgraph.engine.evidence.EvidenceSource::wireName)
                .sorted()
                .toList();
    }

    public CoachingSettings settings() {
        return settings;
    }

    /** The node's coach candidate index, if it keeps one. */
    public java.util.Optional<CoachIndex<CoachingPreferences>> index() {
        return java.util.Optional.ofNullable(index);
    }

    /** Forgets this node's cached reporting lines, after an import that may have replaced the people. */
    public void forgetOrgChart() {
        coaches.forgetOrgChart();
    }

    /**
     * The best {@code k} coaches for a person's gap: for {@code roleId} (their target role when null), or for
     * explicit {@code skills} (skill id to level wanted, 0 for one above the person's) when not empty.
     *
     * @throws NotFoundException unknown person or role
     * @throws InvalidRequestException no role and no target role ({@code missing-target}); unknown skills
     */
    public LearnerCoaches coachesFor(String personId, String roleId, Map<String, Integer> skills, int k) {
        return coachesFor(personId, roleId, skills, k, false);
    }

    /**
     * As {@link #coachesFor(String, String, Map, int)}; with {@code ownGapOnly} (a learner asking for themselves)
     * explicit skills must all be in the person's gap for their target role, so the search cannot be used to
     * read who holds which level of anything else.
     *
     * @throws InvalidRequestException {@code skills-outside-gap} naming each skill refused
     */
    public LearnerCoaches coachesFor(
            String personId, String roleId, Map<String, Integer> skills, int k, boolean ownGapOnly) {
        var learner = learners.load(personId);
        var snapshot = curriculum.at(learner.graphVersion());
        if (ownGapOnly && !skills.isEmpty()) {
            needs.requireInOwnGap(snapshot, learner, skills.keySet(), "query:skills");
        }
        var target = skills.isEmpty()
                ? needs.forRole(snapshot, learner, roleId)
                : needs.forSkills(snapshot, learner, skills, "query:skills");
        if (target == null) {
            throw new InvalidRequestException(
                    "missing-target",
                    "Person " + personId + " has no target role: pass role=<role id> or skills=<skill,...>",
                    List.of(new FieldError("query:role", "required because the person has no target role")));
        }
        var today = LocalDate.now(clock);
        var since = today.minus(settings.maxEvidenceAge());
        if (target.needs().isEmpty()) {
            return new LearnerCoaches(
                    personId, target.targetId(), target.chosenBy(), snapshot.version(), since, List.of(), 0, List.of());
        }
        var pool = coaches.pool(minLevels(target.needs()), since, List.of(personId));
        var context = pool.learners().get(personId);
        if (context == null) {
            throw new NotFoundException("person", personId);
        }
        var ranking = matcher.ranked(context, target.needs(), pool.bySkill(), today);
        var top = ranking.take(k).stream().map(CoachMatcher.Scored::candidate).toList();
        var gaps = target.needs().stream()
                .map(n -> n.withEligibleCoaches(ranking.eligiblePerSkill().getOrDefault(n.skillId(), 0)))
                .toList();
        return new LearnerCoaches(
                personId,
                target.targetId(),
                target.chosenBy(),
                snapshot.version(),
                since,
                gaps,
                ranking.eligible(),
                top);
    }

    /**
     * Who can coach a skill at {@code minLevel} or above (the coaching threshold when null), strongest first,
     * full coaches included; the first {@code k}.
     */
    public SkillCoaches coachesOfSkill(String skillId, Integer minLevel, int k) {
        int level = minLevel == null ? settings.threshold() : minLevel;
        if (level < settings.threshold() || level > 5) {
            throw InvalidRequestException.of(
                    "query:minLevel",
                    "minLevel must be between " + settings.threshold() + " (the coaching threshold) and 5");
        }
        var since = LocalDate.now(clock).minus(settings.maxEvidenceAge());
        var found = fromIndex(skillId, level, since)
                .or(() -> coaches.holders(skillId, level, since))
                .orElseThrow(() -> new NotFoundException("skill", skillId));
        var counts = new java.util.TreeMap<Integer, Integer>(Comparator.reverseOrder());
        found.holders().forEach(h -> counts.merge(h.level(), 1, Integer::sum));
        var levels = new ArrayList<SkillCoaches.LevelCount>();
        counts.forEach((l, n) -> levels.add(new SkillCoaches.LevelCount(l, n)));
        var holders = found.holders().stream().sorted(STRONGEST_FIRST).toList();
        return new SkillCoaches(
                skillId,
                found.name(),
                level,
                since,
                levels,
                holders.size(),
                holders.subList(0, Math.min(k, holders.size())));
    }

    /** The coaches of a skill from the index, named from the curriculum it was built at; empty if it cannot say. */
    private java.util.Optional<CoachRepository.SkillHolders> fromIndex(String skillId, int level, LocalDate since) {
        return coaches.indexedHolders(skillId, level, since).flatMap(found -> {
            var snapshot = curriculum.at(found.version());
            int skill = snapshot.version() == found.version() ? snapshot.skillIndex(skillId) : -1;
            // A skill the snapshot does not know is left to the graph, which says whether it exists.
            return skill < 0
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            new CoachRepository.SkillHolders(snapshot.skillName(skill), found.holders()));
        });
    }

    /**
     * Assigns coaches across a cohort's members for {@code roleId} (each member's target role when null) with
     * the maximal total score; writes the pairs in one transaction when {@code commit}.
     *
     * @throws NotFoundException unknown cohort or role
     * @throws org.skillgraph.engine.error.ConflictException on commit, when a coach lost places or consent
     *     meanwhile ({@code coach-capacity}, {@code coach-not-opted-in}); nothing is written then
     */
    public CohortAssignment assignCohort(String cohortId, String roleId, boolean commit) {
        var members = learners.loadCohort(cohortId);
        long version =
                members.isEmpty() ? learners.graphVersion() : members.get(0).graphVersion();
        return assign(cohortId, members, version, roleId, commit);
    }

    /**
     * The same for a list of learners who need not share a cohort (at most {@link #MAX_LEARNERS}; repeated
     * ids count once).
     *
     * @throws InvalidRequestException {@code unknown-reference} naming, by pointer {@code /learners/i}, every id
     *     that is nobody; an empty or too long list
     * @throws NotFoundException unknown role
     */
    public CohortAssignment assignLearners(List<String> learnerIds, String roleId, boolean commit) {
        if (learnerIds.isEmpty() || learnerIds.size() > MAX_LEARNERS) {
            throw InvalidRequestException.of("/learners", "between 1 and " + MAX_LEARNERS + " person ids");
        }
        var members = learners.loadPeople(learnerIds.stream().distinct().toList());
        var found = new java.util.HashSet<String>();
        members.forEach(m -> found.add(m.personId()));
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < learnerIds.size(); i++) {
            if (!found.contains(learnerIds.get(i))) {
                errors.add(new FieldError("/learners/" + i, "no person has the id '" + learnerIds.get(i) + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("unknown-reference", "Some learners do not exist", errors);
        }
        return assign(null, members, members.get(0).graphVersion(), roleId, commit);
    }

    private CohortAssignment assign(
            String cohortId, List<Learner> members, long version, String roleId, boolean commit) {
        var snapshot = curriculum.at(version);
        if (roleId != null && snapshot.roles().role(roleId).isEmpty()) {
            throw new NotFoundException("role", roleId);
        }
        var today = LocalDate.now(clock);
        var since = today.minus(settings.maxEvidenceAge());
        var seekers = new ArrayList<CohortAssigner.Seeker>();
        var unassigned = new ArrayList<CohortAssignment.UnassignedLearner>();
        for (Learner member : members) {
            var target = needs.forRole(snapshot, member, roleId);
            if (target == null) {
                unassigned.add(new CohortAssignment.UnassignedLearner(
                        member.personId(), "no-target", "no target role; pass role=<role id> to assess everyone"));
            } else if (target.needs().isEmpty()) {
                unassigned.add(new CohortAssignment.UnassignedLearner(
                        member.personId(), "no-gap", "already meets " + target.targetId()));
            } else {
                seekers.add(new CohortAssigner.Seeker(member.personId(), target.needs()));
            }
        }
        var all = seekers.stream().flatMap(s -> s.needs().stream()).toList();
        var pool = seekers.isEmpty()
                ? new CoachPool(Map.of(), List.of())
                : coaches.pool(
                        minLevels(all),
                        since,
                        seekers.stream().map(CohortAssigner.Seeker::learnerId).toList());
        var outcome = assigner.assign(seekers, pool, today);
        if (commit) {
            pairs.startAll(outcome.pairs(), today);
        }
        unassigned.addAll(outcome.unassigned());
        unassigned.sort(Comparator.comparing(CohortAssignment.UnassignedLearner::learnerId));
        return new CohortAssignment(
                cohortId,
                roleId,
                commit,
                snapshot.version(),
                since,
                outcome.totalScore(),
                outcome.assignments(),
                unassigned,
                outcome.utilisation(),
                outcome.truncatedPools());
    }

    /**
     * Starts a pair as of today.
     *
     * @throws NotFoundException unknown coach or learner
     * @throws InvalidRequestException a person coaching themselves; unknown skills
     * @throws org.skillgraph.engine.error.ConflictException {@code coach-not-opted-in}, {@code coach-capacity} or
     *     {@code pair-exists}
     */
    public CoachingPair startPair(String coachId, String learnerId, List<String> skills) {
        if (coachId.equals(learnerId)) {
            throw InvalidRequestException.of("path:learnerId", "a person cannot coach themselves");
        }
        return pairs.start(coachId, learnerId, skills, LocalDate.now(clock));
    }

    /**
     * Ends the active pair as of today; it stays in the graph as history.
     *
     * @throws NotFoundException unknown people, or no active pair
     */
    public CoachingPair endPair(String coachId, String learnerId) {
        return pairs.end(coachId, learnerId, LocalDate.now(clock));
    }

    /** For each skill, the lowest level any of the needs asks of a coach. */
    private static Map<String, Integer> minLevels(List<CoachNeed> needs) {
        var levels = new HashMap<String, Integer>();
        needs.forEach(n -> levels.merge(n.skillId(), n.minCoachLevel(), Math::min));
        return levels;
    }
}
