package org.skillgraph.api.http;

import java.util.Set;

/** The closed sets of the bundle format (docs/import-format.md), shared by every body. */
final class Vocabulary {

    static final Set<String> SKILL_KINDS = Set.of("skill", "knowledge", "competence");
    static final Set<String> MOVE_KINDS = Set.of("promotion", "lateral");
    static final Set<String> CYCLES = Set.of("daily", "weekly", "sprint", "quarterly");
    static final Set<String> AIDS = Set.of("transcript", "captions", "summary", "slides", "exercises", "glossary");
    static final Set<String> ASSESSMENTS = Set.of("quiz", "project-review", "observation", "exam", "none");
    static final Set<String> PACES = Set.of("slow", "steady", "fast");
    static final Set<String> SOURCES = Set.of("assessment", "manager", "peer", "self", "badge", "completion", "import");

    private Vocabulary() {}
}
