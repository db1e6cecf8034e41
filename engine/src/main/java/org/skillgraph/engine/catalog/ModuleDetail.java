package org.skillgraph.engine.catalog;

import java.util.List;

/** A learning module with the levels it teaches and the levels it assumes on entry. */
public record ModuleDetail(
        String id,
        String title,
        double hours,
        String modality,
        String pacing,
        String cycle,
        boolean core,
        List<String> aids,
        Integer passScore,
        String assessment,
        String status,
        List<SkillLevel> teaches,
        List<SkillLevel> assumes) {

    public ModuleDetail {
        aids = List.copyOf(aids);
        teaches = List.copyOf(teaches);
        assumes = List.copyOf(assumes);
    }

    public record SkillLevel(String skillId, String name, int level) {}
}
