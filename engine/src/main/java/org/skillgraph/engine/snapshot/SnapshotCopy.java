package org.skillgraph.engine.snapshot;

/**
 * Re-emits a snapshot into a builder through its public view, so a derived snapshot is built by exactly the
 * code that built the original and the planners cannot tell a copy from a fresh load.
 */
final class SnapshotCopy {

    private SnapshotCopy() {}

    static CurriculumSnapshot.Builder into(CurriculumSnapshot source, CurriculumSnapshot.Builder b) {
        for (String topic : source.topicIds()) {
            b.topic(topic, source.topicName(topic).orElse(null));
            source.broaderTopics(topic).forEach(broader -> b.topicBroader(topic, broader));
        }
        for (int skill = 0; skill < source.skillCount(); skill++) {
            String id = source.skillId(skill);
            b.skill(id, source.skillName(skill));
            source.topicsOf(id).forEach(topic -> b.skillInTopic(id, topic));
            source.prerequisites(id).forEach(p -> b.requires(id, p.skillId(), p.level()));
        }
        ModuleCatalog modules = source.modules();
        for (int module = 0; module < modules.moduleCount(); module++) {
            ModuleInfo info = modules.module(module);
            b.module(info);
            source.teaches(info.id()).forEach(t -> b.teaches(info.id(), t.skillId(), t.level()));
            source.assumes(info.id()).forEach(a -> b.assumes(info.id(), a.skillId(), a.level()));
        }
        RoleCatalog roles = source.roles();
        for (String id : roles.roleIds()) {
            RoleInfo info = roles.role(id).orElseThrow();
            b.role(id, info.title(), info.family(), info.level());
            roles.profile(id).forEach(n -> b.needs(id, n.skillId(), n.level(), n.importance(), n.essential()));
            roles.leadsTo(id).forEach(move -> b.leadsTo(id, move.roleId(), move.kind()));
        }
        BadgeCatalog badges = source.badges();
        for (int badge = 0; badge < badges.badgeCount(); badge++) {
            BadgeInfo info = badges.badge(badge);
            b.badge(info.id(), info.name());
            info.certifies().forEach(c -> b.certifies(info.id(), c.skillId(), c.level()));
        }
        return b;
    }
}
