package org.skillgraph.engine.editing;

import java.time.Clock;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.people.PersonRepository;

/**
 * Every curriculum and people editor. Each write runs in one transaction that bumps {@code Meta.version}
 * (so curriculum snapshots follow) and answers what a read right after it sees (shared bookmarks).
 */
public record Editors(
        SkillEditor skills,
        TopicEditor topics,
        RoleEditor roles,
        ModuleEditor modules,
        PersonEditor people,
        PrerequisiteEditor prerequisites,
        HoldingEditor holdings) {

    /** Editors over {@code graph} that answer with what the given repositories read back. */
    public static Editors over(
            GraphClient graph,
            SkillRepository skills,
            TopicRepository topics,
            RoleRepository roles,
            ModuleRepository modules,
            PersonRepository people,
            Clock clock) {
        return over(graph, skills, topics, roles, modules, people, clock, id -> {});
    }

    /**
     * As {@link #over(GraphClient, SkillRepository, TopicRepository, RoleRepository, ModuleRepository,
     * PersonRepository, Clock)}, telling {@code personDeleted} the id of each person deleted (after the commit
     * that also revoked their tokens), so caches of this node can forget them.
     */
    public static Editors over(
            GraphClient graph,
            SkillRepository skills,
            TopicRepository topics,
            RoleRepository roles,
            ModuleRepository modules,
            PersonRepository people,
            Clock clock,
            java.util.function.Consumer<String> personDeleted) {
        return new Editors(
                new SkillEditor(graph, skills),
                new TopicEditor(graph, topics),
                new RoleEditor(graph, roles),
                new ModuleEditor(graph, modules),
                new PersonEditor(graph, people, clock, personDeleted),
                new PrerequisiteEditor(graph),
                new HoldingEditor(graph, clock));
    }
}
