package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

class ExportApiIT {

    @Test
    void shouldExportTheCurriculumToDesignersAndPeopleOnlyToAdminsWithAnAuditEvent() {
        Neo4jFixture.get().useDemo();
        var designer = ApiFixture.issued(AccessRole.DESIGNER, null);
        var admin = ApiFixture.issued(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            var curriculum = ok(client.get("/api/v1/export", bearer(designer.secret())));
            var refused = client.get("/api/v1/export?people=true", bearer(designer.secret()));
            var everything = ok(client.get("/api/v1/export?people=true", bearer(admin.secret())));
            ApiFixture.flushAudit();
            var audit = ok(client.get("/api/v1/audit?actor=" + admin.token().id(), bearer(admin.secret())));

            assertThat(curriculum.get("skills")).hasSize(84);
            assertThat(curriculum.get("frameworks").get(0).get("id").asText()).isEqualTo("northwind");
            assertThat(curriculum.has("people")).isFalse();
            assertThat(refused.code()).isEqualTo(403);
            assertThat(json(refused).get("code").asText()).isEqualTo("forbidden");
            assertThat(everything.get("people")).hasSize(173);
            assertThat(audit.get("items"))
                    .anySatisfy(e -> assertThat(e.get("route").asText()).isEqualTo("GET /api/v1/export"));
        });
    }

    @Test
    void shouldExportWhatTheImportAccepts() {
        Neo4jFixture.get().useDemo();
        var admin = ApiFixture.issued(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            var exported =
                    client.get("/api/v1/export", bearer(admin.secret())).body().string();

            var imported = client.post("/api/v1/import", exported, bearer(admin.secret()));

            assertThat(imported.code()).isEqualTo(200);
            assertThat(json(imported).get("relationshipsCreated").asInt()).isZero();
        });
    }
}
