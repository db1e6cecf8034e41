package org.skillgraph.engine.editing;

import java.util.List;

/** Drafts of the editing graph's entities as they are stored, to change one thing at a time in tests. */
final class Drafts {

    private Drafts() {}

    static SkillDraft skill(String id, List<LevelRef> requires) {
        return new SkillDraft(id, "Skill " + id, null, List.of(), "skill", List.of(), List.of(), requires, List.of());
    }

    static SkillDraft sql() {
        return new SkillDraft(
                "sql",
                "SQL",
                null,
                List.of("structured query language"),
                "skill",
                List.of("t-data", "t-sql"),
                List.of(),
                List.of(new LevelRef("modelling", 2)),
                List.of("spreadsheets"));
    }

    static RoleDraft analyst() {
        return new RoleDraft(
                "analyst",
                "Data Analyst",
                "Data",
                2,
                null,
                List.of(new RoleDraft.Need("sql", 3, 5, true)),
                List.of(new RoleDraft.Move("senior-analyst", "promotion")));
    }

    static PersonDraft person(String id, String manager) {
        return new PersonDraft(id, "Person " + id, null, null, null, null, null, null, manager, null, null, null);
    }
}
