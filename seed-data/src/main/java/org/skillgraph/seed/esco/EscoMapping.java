package org.skillgraph.seed.esco;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How ESCO's values become skillgraph's, in one place (documented in {@code docs/esco.md}). ESCO has no
 * proficiency levels, only essential and optional relations, so a role's needs get fixed defaults.
 */
final class EscoMapping {

    /** {@code Skill.source}, {@code Topic.source} and {@code Role.source} of everything ESCO brings. */
    static final String SOURCE = "esco";

    /** An essential skill of an occupation: practitioner level, high importance. */
    static final int ESSENTIAL_LEVEL = 3;

    static final int ESSENTIAL_IMPORTANCE = 4;

    /** An optional skill of an occupation: foundation level, low importance. */
    static final int OPTIONAL_LEVEL = 2;

    static final int OPTIONAL_IMPORTANCE = 2;

    static final String ESSENTIAL = "essential";
    static final String OPTIONAL = "optional";

    private EscoMapping() {}

    /**
     * {@code skill/competence} → {@code skill}, {@code knowledge} → {@code knowledge}; {@code null} for any
     * other value (ESCO 1.1.1 leaves six skillType cells empty), which the importer writes as {@code skill}.
     */
    static String kind(String skillType) {
        return switch (skillType.strip().toLowerCase(Locale.ROOT)) {
            case "skill/competence", "skill", "competence" -> "skill";
            case "knowledge" -> "knowledge";
            default -> null;
        };
    }

    /**
     * The alternative labels of a newline-separated altLabels cell: stripped, without blanks, duplicates or
     * the preferred label itself (ESCO often repeats it), in ESCO's order.
     */
    static List<String> aliases(String altLabels, String preferredLabel) {
        var seen = new LinkedHashSet<String>();
        seen.add(preferredLabel.strip().toLowerCase(Locale.ROOT));
        var aliases = new ArrayList<String>();
        for (var line : altLabels.split("\\R")) {
            var alias = line.strip();
            if (!alias.isEmpty() && seen.add(alias.toLowerCase(Locale.ROOT))) {
                aliases.add(alias);
            }
        }
        return List.copyOf(aliases);
    }

    /** {@code NEEDS} properties for an occupation-skill relation type; {@code null} for an unknown type. */
    static Map<String, Object> need(String relationType) {
        return switch (relationType.strip().toLowerCase(Locale.ROOT)) {
            case ESSENTIAL -> Map.of("level", ESSENTIAL_LEVEL, "importance", ESSENTIAL_IMPORTANCE, "essential", true);
            case OPTIONAL -> Map.of("level", OPTIONAL_LEVEL, "importance", OPTIONAL_IMPORTANCE, "essential", false);
            default -> null;
        };
    }

    /** {@code RELATED} properties for a skill-skill relation type; {@code null} for an unknown type. */
    static Map<String, Object> related(String relationType) {
        return switch (relationType.strip().toLowerCase(Locale.ROOT)) {
            case ESSENTIAL -> Map.of("essential", true);
            case OPTIONAL -> Map.of("essential", false);
            default -> null;
        };
    }

    /** An empty cell is no value: the property is removed, so a re-import mirrors the export. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
