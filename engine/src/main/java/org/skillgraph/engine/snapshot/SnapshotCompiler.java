package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.skillgraph.engine.snapshot.SnapshotDraft.RawEdge;

/** Turns a {@link SnapshotDraft} into the indexed tables of an immutable {@link CurriculumSnapshot}. */
final class SnapshotCompiler {

    private final SnapshotDraft draft;
    private final DroppedEdges dropped;

    private SnapshotCompiler(SnapshotDraft draft) {
        this.draft = draft;
        this.dropped = draft.dropped;
    }

    static CurriculumSnapshot compile(SnapshotDraft draft) {
        return new SnapshotCompiler(draft).compile();
    }

    private CurriculumSnapshot compile() {
        IdIndex skillIds = new IdIndex(draft.skills.keySet());
        IdIndex topicIds = new IdIndex(draft.topics.keySet());
        IdIndex moduleIds = new IdIndex(draft.modules.keySet());
        IdIndex roleIds = new IdIndex(draft.roles.keySet());
        IdIndex badgeIds = new IdIndex(draft.badges.keySet());
        int skillCount = skillIds.size();

        Csr requires = resolve(draft.requires, "REQUIRES", skillIds, "skill", skillIds, "skill")
                .toCsr(skillCount, Math::max);
        Csr skillTopics = resolve(draft.skillInTopic, "IN_TOPIC", skillIds, "skill", topicIds, "topic")
                .toCsr(skillCount, Math::max);
        Csr dependents = requires.reversed(skillCount);
        SnapshotTables.Skills skills = new SnapshotTables.Skills(
                skillIds,
                names(skillIds, draft.skills::get),
                requires,
                dependents,
                skillTopics,
                CycleFinder.cycles(requires, dependents, skillIds));
        SnapshotTables.Topics topics = new SnapshotTables.Topics(
                topicIds,
                names(topicIds, draft.topics::get),
                resolve(draft.topicBroader, "BROADER", topicIds, "topic", topicIds, "topic")
                        .toCsr(topicIds.size(), Math::max));

        ModuleInfo[] moduleInfos = new ModuleInfo[moduleIds.size()];
        for (int m = 0; m < moduleInfos.length; m++) {
            moduleInfos[m] = draft.modules.get(moduleIds.id(m));
        }
        Csr teaches = resolve(draft.teaches, "TEACHES", moduleIds, "module", skillIds, "skill")
                .toCsr(moduleInfos.length, Math::max);
        SnapshotTables.Modules modules = new SnapshotTables.Modules(
                moduleIds,
                moduleInfos,
                teaches,
                resolve(draft.assumes, "ASSUMES", moduleIds, "module", skillIds, "skill")
                        .toCsr(moduleInfos.length, Math::max),
                teachersByHours(teaches, moduleInfos, skillCount));

        RoleInfo[] roleInfos = new RoleInfo[roleIds.size()];
        for (int r = 0; r < roleInfos.length; r++) {
            roleInfos[r] = draft.roles.get(roleIds.id(r));
        }
        SnapshotTables.Roles roles = new SnapshotTables.Roles(
                roleIds,
                roleInfos,
                resolve(draft.needs, "NEEDS", roleIds, "role", skillIds, "skill")
                        .toCsr(roleInfos.length, NeedCodec::merge),
                resolve(draft.leadsTo, "LEADS_TO", roleIds, "role", roleIds, "role")
                        .toCsr(roleInfos.length, Math::max),
                List.copyOf(draft.transitionKinds));

        Csr certifies = resolve(draft.certifies, "CERTIFIES", badgeIds, "badge", skillIds, "skill")
                .toCsr(badgeIds.size(), Math::max);
        BadgeInfo[] badgeInfos = new BadgeInfo[badgeIds.size()];
        for (int b = 0; b < badgeInfos.length; b++) {
            List<SkillLevel> certified = new ArrayList<>(certifies.degree(b));
            for (int slot = certifies.start(b); slot < certifies.end(b); slot++) {
                certified.add(new SkillLevel(skillIds.id(certifies.target(slot)), certifies.value(slot)));
            }
            badgeInfos[b] = new BadgeInfo(badgeIds.id(b), draft.badges.get(badgeIds.id(b)), certified);
        }
        SnapshotTables.Badges badges = new SnapshotTables.Badges(badgeIds, badgeInfos, certifies.reversed(skillCount));

        return new CurriculumSnapshot(draft.version, skills, topics, modules, roles, badges, dropped);
    }

    private EdgeList resolve(
            List<RawEdge> raw, String relationship, IdIndex from, String fromKind, IdIndex to, String toKind) {
        EdgeList edges = new EdgeList();
        for (RawEdge edge : raw) {
            int source = from.indexOf(edge.from());
            int target = to.indexOf(edge.to());
            if (source < 0 || target < 0) {
                String unknown = source < 0 ? fromKind + " '" + edge.from() : toKind + " '" + edge.to();
                dropped.add(relationship, edge.from(), edge.to(), "unknown " + unknown + "'");
            } else {
                edges.add(source, target, edge.value());
            }
        }
        return edges;
    }

    /** Per skill, the modules teaching it ordered by hours then id (payload: level taught). */
    private static Csr teachersByHours(Csr teaches, ModuleInfo[] modules, int skillCount) {
        int[] byRank = IntStream.range(0, modules.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer m) -> modules[m].hours())
                        .thenComparing(m -> modules[m].id()))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] rank = new int[modules.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
        EdgeList taughtBy = new EdgeList();
        for (int m = 0; m < modules.length; m++) {
            for (int slot = teaches.start(m); slot < teaches.end(m); slot++) {
                taughtBy.add(teaches.target(slot), rank[m], teaches.value(slot));
            }
        }
        return taughtBy.toCsr(skillCount, Math::max).mapTargets(byRank);
    }

    private static String[] names(IdIndex ids, java.util.function.Function<String, String> name) {
        String[] names = new String[ids.size()];
        for (int i = 0; i < names.length; i++) {
            String given = name.apply(ids.id(i));
            names[i] = given == null ? ids.id(i) : given;
        }
        return names;
    }
}
