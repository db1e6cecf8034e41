package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything handed to a {@link CurriculumSnapshot.Builder}, by string id, before it is indexed. */
final class SnapshotDraft {

    /** An edge by endpoint ids with an int payload (a level, a packed need, a kind code). */
    record RawEdge(String from, String to, int value) {}

    final long version;
    final Map<String, String> skills = new HashMap<>();
    final Map<String, String> topics = new HashMap<>();
    final Map<String, ModuleInfo> modules = new HashMap<>();
    final Map<String, RoleInfo> roles = new HashMap<>();
    final Map<String, String> badges = new HashMap<>();
    final List<RawEdge> skillInTopic = new ArrayList<>();
    final List<RawEdge> topicBroader = new ArrayList<>();
    final List<RawEdge> requires = new ArrayList<>();
    final List<RawEdge> teaches = new ArrayList<>();
    final List<RawEdge> assumes = new ArrayList<>();
    final List<RawEdge> needs = new ArrayList<>();
    final List<RawEdge> leadsTo = new ArrayList<>();
    final List<RawEdge> certifies = new ArrayList<>();
    final List<String> transitionKinds = new ArrayList<>();
    final DroppedEdges dropped = new DroppedEdges();

    SnapshotDraft(long version) {
        this.version = version;
    }

    /** Adds a level-carrying edge, or records it as dropped when the level is off the scale. */
    void leveled(List<RawEdge> edges, String relationship, String from, String to, int level) {
        if (!Levels.valid(level)) {
            dropped.add(relationship, from, to, "level " + level + " is off the 0–5 scale");
            return;
        }
        edges.add(new RawEdge(from, to, level));
    }

    /** Adds a NEEDS edge, or records it as dropped when its level or importance is off the scale. */
    void need(String roleId, String skillId, int level, int importance, boolean essential) {
        if (importance < 1 || importance > 5) {
            dropped.add("NEEDS", roleId, skillId, "importance " + importance + " is off the 1–5 scale");
        } else if (!Levels.valid(level)) {
            dropped.add("NEEDS", roleId, skillId, "level " + level + " is off the 0–5 scale");
        } else {
            needs.add(new RawEdge(roleId, skillId, NeedCodec.pack(level, importance, essential)));
        }
    }

    /** Adds a LEADS_TO edge, or records it as dropped when it has no kind. */
    void transition(String fromRoleId, String toRoleId, String kind) {
        if (kind == null) {
            dropped.add("LEADS_TO", fromRoleId, toRoleId, "no kind");
        } else {
            leadsTo.add(new RawEdge(fromRoleId, toRoleId, transitionKind(kind)));
        }
    }

    private int transitionKind(String kind) {
        int code = transitionKinds.indexOf(kind);
        if (code < 0) {
            transitionKinds.add(kind);
            code = transitionKinds.size() - 1;
        }
        return code;
    }
}
