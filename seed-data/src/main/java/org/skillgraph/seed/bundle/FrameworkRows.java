package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.UpsertQueries;

/**
 * The framework side of an import: framework nodes with their scale, each skill's one {@code IN_FRAMEWORK}
 * (replaced when the skill or the bundle names a framework; a skill naming none and in none yet goes to
 * {@value Bundle#LOCAL_FRAMEWORK}), and which frameworks an import that changed the graph touches.
 */
final class FrameworkRows {

    static final String LOCAL_TITLE = org.skillgraph.seed.KnownFrameworks.LOCAL_TITLE;

    private FrameworkRows() {}

    /** A framework's properties; its scale as parallel lists, as Neo4j stores no maps. */
    static Map<String, Object> properties(Bundle.Framework f) {
        var props = BundleRows.props(
                "title", f.title(),
                "version", f.version(),
                "publisher", f.publisher(),
                "sourceUri", f.sourceUri(),
                "licence", f.licence(),
                "language", f.language());
        var scale = f.scale();
        if (scale != null) {
            props.put("scaleName", scale.name());
            if (scale.min() != null) {
                props.put("scaleMin", scale.min());
            }
            if (scale.max() != null) {
                props.put("scaleMax", scale.max());
            }
            var steps = scale.mapping();
            if (steps.get(0).value() != null) {
                props.put(
                        "scaleValues",
                        steps.stream().map(Bundle.ScaleStep::value).toList());
            } else {
                props.put(
                        "scaleFrom", steps.stream().map(Bundle.ScaleStep::from).toList());
            }
            props.put("scaleLevels", steps.stream().map(Bundle.ScaleStep::level).toList());
        }
        return props;
    }

    /** Creates the local framework first when some skill of the bundle may go to it. */
    static List<BundleRows.Batch> local(Bundle b) {
        boolean used = b.skills().stream().anyMatch(s -> {
            var f = b.frameworkOf(s);
            return f == null || f.equals(Bundle.LOCAL_FRAMEWORK);
        });
        if (!used) {
            return List.of();
        }
        return List.of(new BundleRows.Batch(
                "Framework",
                CypherResources.statement("write/framework-local"),
                List.of(Map.of("title", LOCAL_TITLE))));
    }

    static List<BundleRows.Batch> membership(Bundle b) {
        var named = new ArrayList<Map<String, Object>>();
        var unnamed = new ArrayList<Map<String, Object>>();
        for (var s : b.skills()) {
            var framework = b.frameworkOf(s);
            if (framework == null) {
                unnamed.add(Map.of("id", s.id()));
            } else {
                named.add(Map.of("from", s.id(), "to", framework, "properties", Map.of()));
            }
        }
        var batches = new ArrayList<BundleRows.Batch>();
        if (!named.isEmpty()) {
            batches.add(new BundleRows.Batch(
                    "IN_FRAMEWORK",
                    UpsertQueries.replaceSingleRelationship("Skill", "IN_FRAMEWORK", "Framework"),
                    named));
        }
        if (!unnamed.isEmpty()) {
            batches.add(new BundleRows.Batch(
                    "IN_FRAMEWORK", CypherResources.statement("write/skill-framework-default"), unnamed));
        }
        return batches;
    }

    /**
     * The frameworks the bundle writes or writes skills of, as rows for {@code write/framework-touch}: run only
     * when the import changed the graph, so an identical re-import leaves {@code lastChangedAt} as it was.
     */
    static List<Map<String, Object>> touched(Bundle b) {
        var touched = new LinkedHashSet<String>();
        b.frameworks().forEach(f -> touched.add(f.id()));
        for (var s : b.skills()) {
            var framework = b.frameworkOf(s);
            touched.add(framework == null ? Bundle.LOCAL_FRAMEWORK : framework);
        }
        return touched.stream().map(id -> Map.<String, Object>of("id", id)).toList();
    }
}
