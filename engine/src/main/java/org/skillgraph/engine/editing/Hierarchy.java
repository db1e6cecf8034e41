package org.skillgraph.engine.editing;

/** The relations that must stay acyclic, with the problem code a cycle in each is refused with. */
enum Hierarchy {
    PREREQUISITES("Skill", "REQUIRES", "prerequisite-cycle"),
    SKILL_TAXONOMY("Skill", "BROADER", "taxonomy-cycle"),
    TOPIC_TAXONOMY("Topic", "BROADER", "taxonomy-cycle"),
    REPORTING_LINES("Person", "REPORTS_TO", "reporting-cycle");

    final String label;
    final String type;
    final String code;

    Hierarchy(String label, String type, String code) {
        this.label = label;
        this.type = type;
        this.code = code;
    }
}
