package org.skillgraph.engine.priorities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Ranks the modules on members' routes as cohort sessions: for each, every member completes it (their levels
 * rise to what it teaches) and their route is planned again. Most member-hours removed first, then most
 * members helped, members who become ready, id.
 */
final class ModuleSessions {

    static final Comparator<ModuleSession> ORDER = Comparator.comparingDouble(ModuleSession::memberHoursRemoved)
            .reversed()
            .thenComparing(Comparator.comparingInt(ModuleSession::membersHelped).reversed())
            .thenComparing(Comparator.comparingInt(ModuleSession::becomeReady).reversed())
            .thenComparing(ModuleSession::moduleId);

    private ModuleSessions() {}

    record Ranked(List<ModuleSession> modules, int withheld) {}

    /** The ranked modules concerning at least {@code minMembers} members, and how many were withheld. */
    static Ranked rank(List<Member> members, MemberOutcomes outcomes, int assessed, int minMembers, int limit) {
        CurriculumSnapshot snapshot = outcomes.snapshot();
        var candidates = new TreeSet<String>();
        members.forEach(
                m -> candidates.addAll(outcomes.of(m.roleId(), m.state()).modules()));
        var gaps = members.stream().map(m -> SkillPriorities.gaps(snapshot, m)).toList();
        var ranked = new ArrayList<ModuleSession>();
        int withheld = 0;
        for (String id : candidates) {
            int onRoutes = 0;
            int helped = 0;
            int ready = 0;
            int reachable = 0;
            double removed = 0;
            var taught = snapshot.teaches(id);
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                Outcome before = outcomes.of(m.roleId(), m.state());
                boolean onRoute = before.modules().contains(id);
                if (!onRoute && !Counterfactuals.raisesAny(m.state(), taught, gaps.get(i))) {
                    continue; // off their route and raising none of their gaps: their route stays as it is
                }
                Outcome after = outcomes.of(m.roleId(), Counterfactuals.completing(snapshot, m.state(), id));
                onRoutes += onRoute ? 1 : 0;
                removed += before.hours() - after.hours();
                boolean better = after.hours() < before.hours() || !before.reachable() && after.reachable();
                helped += better ? 1 : 0;
                ready += !before.ready() && after.ready() ? 1 : 0;
                reachable += !before.reachable() && after.reachable() ? 1 : 0;
            }
            if (Math.max(onRoutes, helped) < minMembers) {
                withheld++;
                continue;
            }
            ModuleInfo info = snapshot.module(id).orElseThrow();
            double hours = Hours.round(removed);
            ranked.add(new ModuleSession(
                    id,
                    info.title(),
                    info.hours(),
                    info.modality(),
                    onRoutes,
                    helped,
                    hours,
                    ready,
                    reachable,
                    Words.module(
                            info.title(),
                            info.hours(),
                            info.modality(),
                            onRoutes,
                            helped,
                            assessed,
                            hours,
                            ready,
                            reachable)));
        }
        ranked.sort(ORDER);
        return new Ranked(ranked.subList(0, Math.min(limit, ranked.size())), withheld);
    }
}
