package org.skillgraph.seed.esco;

import java.util.List;

/** The files of ESCO's CSV export (English) that the importer reads, with the columns it needs of each. */
enum EscoFile {
    ISCO_GROUPS("ISCOGroups_en.csv", true, "code", "preferredLabel"),
    SKILL_GROUPS("skillGroups_en.csv", true, "conceptUri", "preferredLabel", "description"),
    SKILLS("skills_en.csv", true, "conceptUri", "skillType", "preferredLabel", "altLabels", "description"),
    OCCUPATIONS("occupations_en.csv", true, "conceptUri", "iscoGroup", "preferredLabel", "description"),
    SKILL_HIERARCHY("broaderRelationsSkillPillar.csv", true, "conceptUri", "broaderUri"),
    OCCUPATION_SKILLS("occupationSkillRelations.csv", true, "occupationUri", "relationType", "skillUri"),
    SKILL_RELATIONS("skillSkillRelations.csv", true, "originalSkillUri", "relationType", "relatedSkillUri"),
    /** Only counted: ESCO's broader occupations are a classification, not career moves. */
    OCCUPATION_HIERARCHY("broaderRelationsOccPillar.csv", false, "conceptUri", "broaderUri");

    private final String fileName;
    private final boolean required;
    private final List<String> columns;

    EscoFile(String fileName, boolean required, String... columns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = List.of(columns);
    }

    String fileName() {
        return fileName;
    }

    boolean required() {
        return required;
    }

    /** Columns the importer reads; ESCO's files have more, and later versions may add others. */
    List<String> columns() {
        return columns;
    }
}
