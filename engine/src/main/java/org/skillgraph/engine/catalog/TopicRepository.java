package org.skillgraph.engine.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.concurrency.EntityTag;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/** Reads the topic taxonomy and assembles it as a forest (roots are topics without broader topics). */
public final class TopicRepository {

    private final GraphClient graph;

    public TopicRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** One topic with its broader and narrower topics and entity tag; empty when unknown. */
    public Optional<Tagged<TopicDetail>> findTagged(String id) {
        return graph.readOptional(
                CypherResources.statement("read/topic-detail"),
                Map.of("id", id),
                r -> new Tagged<>(
                        new TopicDetail(
                                r.get("topic").get("id").asString(),
                                r.get("topic").get("name").asString(),
                                r.get("broader").asList(TopicRepository::ref),
                                r.get("narrower").asList(TopicRepository::ref),
                                r.get("skills").asInt()),
                        EntityTag.of(r.get("properties"), r.get("outgoing"))));
    }

    private static TopicDetail.Ref ref(Value v) {
        return new TopicDetail.Ref(v.get("id").asString(), v.get("name").asString());
    }

    public List<TopicNode> tree() {
        var rows = graph.readRows(
                CypherResources.statement("read/topic-all"),
                Map.of(),
                r -> new Row(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        Rows.strings(r.get("broader")),
                        r.get("skills").asInt()));
        var byId = new HashMap<String, Row>();
        var narrower = new HashMap<String, List<String>>();
        for (var row : rows) {
            byId.put(row.id(), row);
        }
        for (var row : rows) {
            for (var b : row.broader()) {
                narrower.computeIfAbsent(b, k -> new ArrayList<>()).add(row.id());
            }
        }
        return rows.stream()
                .filter(r -> r.broader().stream().noneMatch(byId::containsKey))
                .map(r -> node(r, byId, narrower, new HashSet<>()))
                .sorted(Comparator.comparing(TopicNode::name))
                .toList();
    }

    private static TopicNode node(
            Row row, Map<String, Row> byId, Map<String, List<String>> narrower, Set<String> path) {
        path.add(row.id());
        var children = narrower.getOrDefault(row.id(), List.of()).stream()
                .filter(id -> !path.contains(id)) // guards against cycles imported around the checks
                .map(id -> node(byId.get(id), byId, narrower, path))
                .sorted(Comparator.comparing(TopicNode::name))
                .toList();
        path.remove(row.id());
        return new TopicNode(row.id(), row.name(), row.skills(), row.broader(), children);
    }

    private record Row(String id, String name, List<String> broader, int skills) {}
}
