package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import java.util.List;
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
 * the pairs end.
 */
public final class PersonEditor extends EntityEditor<PersonDraft, PersonDetail> {

    public PersonEditor(GraphClient graph, PersonRepository people) {
        super(EntityWrites.people(graph), people::findTagged, "read/person-dependents");
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
