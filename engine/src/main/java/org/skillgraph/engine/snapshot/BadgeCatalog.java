package org.skillgraph.engine.snapshot;

/** The badges of a {@link CurriculumSnapshot} by int index (id order), and per skill index who certifies it. */
public final class BadgeCatalog {

    private final SnapshotTables.Badges badges;

    BadgeCatalog(SnapshotTables.Badges badges) {
        this.badges = badges;
    }

    public int badgeCount() {
        return badges.infos().length;
    }

    /** The index of badge {@code id}, or -1 when unknown. */
    public int badgeIndex(String id) {
        return badges.ids().indexOf(id);
    }

    public BadgeInfo badge(int badge) {
        return badges.infos()[badge];
    }

    /** Number of badges certifying skill index {@code skill}. */
    public int certifyingBadgeCount(int skill) {
        return badges.certifiedBy().degree(skill);
    }

    /** The {@code k}-th badge (ascending index) certifying {@code skill}. */
    public int certifyingBadge(int skill, int k) {
        return badges.certifiedBy().target(badges.certifiedBy().start(skill) + k);
    }
}
