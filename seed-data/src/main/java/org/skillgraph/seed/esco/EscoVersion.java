package org.skillgraph.seed.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ESCO release read as a framework version, without writing anything: its skills (ids from their concept
 * URIs, as the importer makes them) with labels and skill-to-skill broader links, and its occupations with
 * their needs mapped as the importer maps them ({@link EscoMapping#need}). This is what a change set compares.
 */
public record EscoVersion(List<Skill> skills, List<Occupation> occupations) {

    public record Skill(String id, String uri, String name, String description, List<String> broader) {}

    public record Need(String skill, int level, int importance, boolean essential) {}

    public record Occupation(String id, String title, List<Need> needs) {}

    /** Reads the skills, the skill hierarchy, the occupations and their skills of {@code export}. */
    public static EscoVersion read(EscoExport export) {
        var skills = new java.util.LinkedHashMap<String, Skill>();
        var broader = new HashMap<String, List<String>>();
        export.read(EscoFile.SKILLS, row -> {
            var uri = row.get("conceptUri");
            var id = EscoIds.skill(uri);
            if (id != null) {
                skills.put(
                        uri,
                        new Skill(
                                id,
                                uri,
                                row.get("preferredLabel"),
                                EscoMapping.orNull(row.get("description")),
                                List.of()));
            }
        });
        export.read(EscoFile.SKILL_HIERARCHY, row -> {
            var child = skills.get(row.get("conceptUri"));
            var parent = skills.get(row.get("broaderUri"));
            if (child != null && parent != null && child != parent) {
                broader.computeIfAbsent(child.id(), k -> new ArrayList<>()).add(parent.id());
            }
        });
        var titles = new java.util.LinkedHashMap<String, String>();
        export.read(EscoFile.OCCUPATIONS, row -> {
            var id = EscoIds.occupation(row.get("conceptUri"));
            if (id != null) {
                titles.put(row.get("conceptUri"), row.get("preferredLabel"));
            }
        });
        var needs = new HashMap<String, List<Need>>();
        export.read(EscoFile.OCCUPATION_SKILLS, row -> {
            var skill = skills.get(row.get("skillUri"));
            var occupation = row.get("occupationUri");
            Map<String, Object> p = EscoMapping.need(row.get("relationType"));
            if (skill != null && titles.containsKey(occupation) && p != null) {
                needs.computeIfAbsent(occupation, k -> new ArrayList<>())
                        .add(new Need(skill.id(), (int) p.get("level"), (int) p.get("importance"), (boolean)
                                p.get("essential")));
            }
        });
        var skillList = skills.values().stream()
                .map(s ->
                        new Skill(s.id(), s.uri(), s.name(), s.description(), broader.getOrDefault(s.id(), List.of())))
                .toList();
        var occupations = titles.entrySet().stream()
                .map(e -> new Occupation(
                        EscoIds.occupation(e.getKey()), e.getValue(), needs.getOrDefault(e.getKey(), List.of())))
                .toList();
        return new EscoVersion(skillList, occupations);
    }
}
