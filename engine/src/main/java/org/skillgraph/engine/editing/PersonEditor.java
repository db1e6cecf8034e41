package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.people.PersonDetail;
import org.skillgraph.engine.people.PersonRepository;

/**
 * Creates, replaces and deletes person records: properties, current and target role, manager and
 * coaching settings. Held skills have their own editor; learning history is imported, never edited here.
 * A replace is refused (409 {@code reporting-cycle}) if the manager already reports to this person,
 * directly or not. A delete removes everything that is theirs (holdings, history, memberships): the record
 * is personal data and deleting it must be possible. It is refused (409 {@code has-dependents}) while people
 * report to them or they are in a coaching pair, unless {@code force}: then the reports have no manager and
 * the pairs end. The delete revokes the person's API tokens in the same transaction, as an erasure does, so
 * no token outlives its person and reads whoever is later created under the same id; {@code deleted} is told
 * after the commit, so this node can drop the tokens from its caches at once.
 */
public final class PersonEditor extends EntityEditor<PersonDraft, PersonDetail> {

    private final Clock clock;
    private final Consumer<String> deleted;

    public PersonEditor(GraphClient graph, PersonRepository people, Clock clock, Consumer<String> deleted) {
        super(EntityWrites.people(graph), people::findTagged, "read/person-dependents");
        this.clock = clock;
        this.deleted = deleted;
    }

    @Override
    public void delete(String id, boolean force, IfMatch ifMatch) {
        super.delete(id, force, ifMatch);
        deleted.accept(id);
    }

    @Override
    void guardDelete(EditTx w, String id, boolean force) {
        super.guardDelete(w, id, force);
        w.releaseOwnedData(id, clock.instant());
    }

    @Override
    void write(EditTx w, PersonDraft d) {
        var coaching = d.coaching();
        w.setProperties(
                "Person",
                d.id(),
                properties(
                        "name", d.name(),
                        "department", d.department(),
                        "location", d.location(),
                        "timezone", d.timezone(),
                        "weeklyHours", d.weeklyHours(),
                        "pace", d.pace(),
                        "coachingOptIn", coaching == null ? null : coaching.optIn(),
                        "coachingCapacity", coaching == null ? null : coaching.capacity()));
        new References()
                .one("Role", "/role", d.role())
                .one("Role", "/targetRole", d.targetRole())
                .one("Person", "/manager", d.manager())
                .requireIn(w);
        w.deleteOutgoing("Person", d.id(), "IN_ROLE", "TARGETS", "REPORTS_TO");
        if (d.role() != null) {
            w.merge("Person", "IN_ROLE", "Role", d.id(), List.of(EditTx.Edge.to(d.role())));
        }
        if (d.targetRole() != null) {
            w.merge(
                    "Person",
                    "TARGETS",
                    "Role",
                    d.id(),
                    List.of(new EditTx.Edge(d.targetRole(), properties("since", d.targetSince()))));
        }
        if (d.manager() != null) {
            CycleGuard.refuse(w, Hierarchy.REPORTING_LINES, d.id(), d.manager(), "/manager");
            w.merge("Person", "REPORTS_TO", "Person", d.id(), List.of(EditTx.Edge.to(d.manager())));
        }
    }
}
