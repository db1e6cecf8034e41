package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.DroppedEdge;
import org.skillgraph.engine.snapshot.ModuleCatalog;
import org.skillgraph.engine.snapshot.ModuleInfo;

/** Findings about the shape of the curriculum: cycles, orphans, empty modules, edges the snapshot refused. */
final class StructureChecks {

    private StructureChecks() {}

    static void cycles(CurriculumSnapshot snapshot, List<Finding> out) {
        for (List<String> cycle : snapshot.prerequisiteCycles()) {
            String loop = String.join(" -> ", cycle) + " -> " + cycle.get(0);
            String last = cycle.get(cycle.size() - 1);
            out.add(new Finding(
                    Finding.KIND_PREREQUISITE_CYCLE,
                    Finding.ERROR,
                    cycle,
                    "Prerequisites form a cycle (" + loop + "): none of these skills can be learnt first",
                    "Delete one REQUIRES edge of the cycle, e.g. " + last + " -> " + cycle.get(0)
                            + ", or merge the skills"));
        }
    }

    static void modulesTeachingNothing(CurriculumSnapshot snapshot, List<Finding> out) {
        ModuleCatalog modules = snapshot.modules();
        for (int m = 0; m < modules.moduleCount(); m++) {
            ModuleInfo info = modules.module(m);
            if (modules.teachesCount(m) == 0 && !"retired".equals(info.status())) {
                out.add(new Finding(
                        Finding.KIND_MODULE_TEACHES_NOTHING,
                        info.published() ? Finding.WARNING : Finding.INFO,
                        List.of(info.id()),
                        "Module " + info.id() + " (" + info.status() + ", " + info.hours()
                                + " h) teaches no skill, so no route ever uses it",
                        "Add what it teaches (TEACHES with a level) or retire it"));
            }
        }
    }

    static void orphanSkills(CurriculumSnapshot snapshot, List<Finding> out) {
        Set<String> needed = new HashSet<>();
        snapshot.roles().roleIds().forEach(role -> snapshot.roleProfile(role).forEach(n -> needed.add(n.skillId())));
        for (int skill = 0; skill < snapshot.skillCount(); skill++) {
            String id = snapshot.skillId(skill);
            if (snapshot.topicsOf(id).isEmpty()
                    && !needed.contains(id)
                    && snapshot.modulesTeaching(id).isEmpty()) {
                out.add(new Finding(
                        Finding.KIND_ORPHAN_SKILL,
                        Finding.INFO,
                        List.of(id),
                        "Skill " + id + " is in no topic, no role needs it and no module teaches it",
                        "File it under a topic and use it in a role profile or a module, or delete it"));
            }
        }
    }

    static void orphanTopics(CurriculumSnapshot snapshot, List<Finding> out) {
        Set<String> used = new HashSet<>();
        for (int skill = 0; skill < snapshot.skillCount(); skill++) {
            used.addAll(snapshot.topicsOf(snapshot.skillId(skill)));
        }
        snapshot.topicIds().forEach(topic -> used.addAll(snapshot.broaderTopics(topic)));
        for (String topic : snapshot.topicIds()) {
            if (!used.contains(topic)) {
                out.add(new Finding(
                        Finding.KIND_ORPHAN_TOPIC,
                        Finding.INFO,
                        List.of(topic),
                        "Topic " + topic + " holds no skill and no narrower topic",
                        "File skills under it (IN_TOPIC) or delete it"));
            }
        }
    }

    static void refusedEdges(CurriculumSnapshot snapshot, List<Finding> out) {
        for (DroppedEdge edge : snapshot.droppedEdges()) {
            List<String> ids = new ArrayList<>();
            if (edge.fromId() != null) {
                ids.add(edge.fromId());
            }
            if (edge.toId() != null) {
                ids.add(edge.toId());
            }
            out.add(new Finding(
                    Finding.KIND_INVALID_EDGE,
                    Finding.WARNING,
                    ids,
                    edge.description() + "; the planners ignore this edge",
                    "Correct or delete the " + edge.relationship() + " relationship"));
        }
    }
}
