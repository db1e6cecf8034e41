package org.skillgraph.engine.taxonomy;

import java.util.List;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.taxonomy.ChangeEntry.Kind;

/**
 * The curriculum a change set would leave, as a modified copy of today's snapshot (pure; nothing is written):
 * added skills and roles, rewired prerequisites and new role profiles. Removed skills are taken as the apply
 * step treats them without a choice (deprecated, keeping what still points at them) and removed roles as kept.
 */
final class CandidateSnapshot {

    private CandidateSnapshot() {}

    static CurriculumSnapshot of(CurriculumSnapshot today, List<ChangeEntry> entries) {
        var b = today.toBuilder();
        for (var e : entries) {
            if (e.kind().equals(Kind.SKILL_ADDED.wireName())) {
                b.skill(e.id(), e.label());
            } else if (e.kind().equals(Kind.ROLE_ADDED.wireName())) {
                b.role(e.id(), e.label(), null, null);
            }
        }
        for (var e : entries) {
            if (e.kind().equals(Kind.PREREQUISITES_CHANGED.wireName())) {
                for (var p : ApplyPlan.levels(e.before())) {
                    b.withoutRequires(e.id(), (String) p.get("skill"));
                }
                for (var p : ApplyPlan.levels(e.after())) {
                    b.requires(e.id(), (String) p.get("skill"), (Integer) p.get("level"));
                }
            } else if (e.kind().equals(Kind.ROLE_PROFILE_CHANGED.wireName())) {
                for (var n : ApplyPlan.needs(e.before())) {
                    b.withoutNeed(e.id(), (String) n.get("skill"));
                }
                for (var n : ApplyPlan.needs(e.after())) {
                    b.needs(
                            e.id(),
                            (String) n.get("skill"),
                            (Integer) n.get("level"),
                            (Integer) n.get("importance"),
                            (Boolean) n.get("essential"));
                }
            }
        }
        return b.build();
    }
}
