package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The roles of a {@link CurriculumSnapshot}: their profiles (NEEDS) and career moves (LEADS_TO). */
public final class RoleCatalog {

    private final SnapshotTables.Roles roles;
    private final IdIndex skillIds;

    RoleCatalog(SnapshotTables.Roles roles, IdIndex skillIds) {
        this.roles = roles;
        this.skillIds = skillIds;
    }

    public int roleCount() {
        return roles.infos().length;
    }

    /** Every role id, in id order. */
    public List<String> roleIds() {
        return roles.ids().all();
    }

    public Optional<RoleInfo> role(String id) {
        int role = roles.ids().indexOf(id);
        return role < 0 ? Optional.empty() : Optional.of(roles.infos()[role]);
    }

    /** The skills role {@code roleId} needs, in skill id order; empty for an unknown role. */
    public List<RoleNeed> profile(String roleId) {
        int role = roles.ids().indexOf(roleId);
        if (role < 0) {
            return List.of();
        }
        Csr needs = roles.needs();
        List<RoleNeed> profile = new ArrayList<>(needs.degree(role));
        for (int slot = needs.start(role); slot < needs.end(role); slot++) {
            int packed = needs.value(slot);
            profile.add(new RoleNeed(
                    skillIds.id(needs.target(slot)),
                    NeedCodec.level(packed),
                    NeedCodec.importance(packed),
                    NeedCodec.essential(packed)));
        }
        return List.copyOf(profile);
    }

    /** Career moves out of {@code roleId}, in target id order; empty for an unknown role. */
    public List<RoleTransition> leadsTo(String roleId) {
        int role = roles.ids().indexOf(roleId);
        if (role < 0) {
            return List.of();
        }
        Csr leadsTo = roles.leadsTo();
        List<RoleTransition> moves = new ArrayList<>(leadsTo.degree(role));
        for (int slot = leadsTo.start(role); slot < leadsTo.end(role); slot++) {
            moves.add(new RoleTransition(
                    roles.ids().id(leadsTo.target(slot)), roles.kinds().get(leadsTo.value(slot))));
        }
        return List.copyOf(moves);
    }
}
