package org.skillgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * The metrics' population read before and after it started from the cohort or role and read only the parts
 * of the histories a metric needs, side by side in one process on the same store: milliseconds of the read
 * alone (over Bolt, records decoded), median of a few runs, alternating old and new.
 */
final class PopulationReads {

    private PopulationReads() {}

    static Map<String, Object> compare(GraphClient graph, String role, int runs) {
        var before = before();
        var after = CypherResources.statement("read/metrics-population");
        var current = CypherResources.statement("read/metrics-versions");
        var filters = new LinkedHashMap<String, Map<String, Object>>();
        filters.put("everyone", filter(null, null));
        filters.put("cohort", filter(null, "c-bench"));
        filters.put("role", filter(role, null));
        var figures = new LinkedHashMap<String, Object>();
        filters.forEach((name, filter) -> {
            var whole = new ArrayList<Long>();
            var evidence = new ArrayList<Long>();
            var learning = new ArrayList<Long>();
            var versions = new ArrayList<Long>();
            for (int i = 0; i < runs; i++) {
                versions.add(time(graph, current, filter, false, false, false));
                whole.add(time(graph, before, filter, true, true, true));
                evidence.add(time(graph, after, filter, true, false, true));
                learning.add(time(graph, after, filter, false, true, false));
            }
            figures.put("read " + name + ": before, whole history (ms)", median(whole));
            figures.put(
                    "read " + name + ": after, evidence and coaching (time to competency, gaps) (ms)",
                    median(evidence));
            figures.put("read " + name + ": after, learning (modules) (ms)", median(learning));
            figures.put(
                    "read " + name + ": now, ids and fact versions (every metric, facts kept) (ms)", median(versions));
        });
        return figures;
    }

    private static Map<String, Object> filter(String role, String cohort) {
        var params = new HashMap<String, Object>();
        params.put("role", role);
        params.put("cohort", cohort);
        params.put("department", null);
        return params;
    }

    private static long time(
            GraphClient graph,
            String statement,
            Map<String, Object> filter,
            boolean evidence,
            boolean learning,
            boolean coaching) {
        var params = new HashMap<>(filter);
        params.put("evidence", evidence);
        params.put("learning", learning);
        params.put("coaching", coaching);
        long began = System.nanoTime();
        graph.readSingle(statement, params, r -> r.get("people").size());
        return (System.nanoTime() - began) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String before() {
        try (var in = PopulationReads.class.getResourceAsStream("metrics-population-before.cypher")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
