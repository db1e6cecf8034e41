package org.skillgraph.engine.snapshot;

import java.util.List;

/** The indexed tables behind a {@link CurriculumSnapshot}; arrays are never handed out. */
final class SnapshotTables {

    private SnapshotTables() {}

    /** Skills, their REQUIRES rows (payload: level) both ways, their topics and any REQUIRES cycles. */
    record Skills(IdIndex ids, String[] names, Csr requires, Csr dependents, Csr topics, List<List<String>> cycles) {}

    /** Topics and their BROADER rows. */
    record Topics(IdIndex ids, String[] names, Csr broader) {}

    /**
     * Modules, their TEACHES and ASSUMES rows (payload: level), and per skill the modules teaching it in
     * order of hours, then id.
     */
    record Modules(IdIndex ids, ModuleInfo[] infos, Csr teaches, Csr assumes, Csr taughtBy) {}

    /** Roles, NEEDS rows (payload: {@link NeedCodec}) and LEADS_TO rows (payload: kind code). */
    record Roles(IdIndex ids, RoleInfo[] infos, Csr needs, Csr leadsTo, List<String> kinds) {}

    /** Badges with what they certify, and per skill the badges certifying it. */
    record Badges(IdIndex ids, BadgeInfo[] infos, Csr certifiedBy) {}
}
