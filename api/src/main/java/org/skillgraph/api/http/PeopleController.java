package org.skillgraph.api.http;

import io.javalin.http.Context;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.people.CohortRepository;
import org.skillgraph.engine.people.PersonRepository;

/** People and cohorts. */
final class PeopleController {

    private final PersonRepository people;
    private final LearnerViews views;
    private final CohortRepository cohorts;

    PeopleController(PersonRepository people, CohortRepository cohorts, LearnerViews views) {
        this.people = people;
        this.views = views;
        this.cohorts = cohorts;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/people", Access.PEOPLE, this::listPeople);
        routes.get("/api/v1/people/{id}", Access.learnerOrStaff("id"), this::person);
        routes.get("/api/v1/cohorts", Access.roles(AccessRole.ADMIN, AccessRole.COORDINATOR), this::listCohorts);
        routes.get("/api/v1/cohorts/{id}/members", Access.PEOPLE, this::members);
    }

    private void listPeople(Context ctx) {
        var params = new QueryParams(ctx);
        var department = params.text("department");
        var role = params.text("role");
        var targetRole = params.text("targetRole");
        var cohort = params.text("cohort");
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(people.list(department, role, targetRole, cohort, cursor, limit));
    }

    private void person(Context ctx) {
        var id = ctx.pathParam("id");
        var tagged = people.findTagged(id).orElseThrow(() -> new NotFoundException("person", id));
        ctx.header("ETag", tagged.etag()).json(views.person(ctx, tagged.value()));
    }

    private void listCohorts(Context ctx) {
        var params = new QueryParams(ctx);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(cohorts.list(cursor, limit));
    }

    private void members(Context ctx) {
        var id = ctx.pathParam("id");
        var params = new QueryParams(ctx);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        if (!cohorts.exists(id)) {
            throw new NotFoundException("cohort", id);
        }
        ctx.json(people.list(null, null, null, id, cursor, limit));
    }
}
