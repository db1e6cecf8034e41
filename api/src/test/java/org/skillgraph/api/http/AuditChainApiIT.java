package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.ok;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AuditEvent;

/** Audit batches, as wired in production, stay out of the bookmarks the request path's reads wait for. */
class AuditChainApiIT {

    @Test
    void shouldWriteAuditBatchesOutsideTheSharedBookmarksAndListThemAfterAFlush() {
        ApiFixture.withDemo((app, client) -> {
            var skillgraph = ApiFixture.skillgraph();
            var audit = skillgraph.services().security().audit();
            ApiFixture.flushAudit();
            var shared = skillgraph.graph().bookmarks();
            var subject = "p-chain-" + UUID.randomUUID();

            audit.record(new AuditEvent(
                    UUID.randomUUID().toString(),
                    Instant.now(),
                    "tok-x",
                    "admin",
                    "read",
                    "GET /x",
                    200,
                    List.of(subject)));
            ApiFixture.flushAudit();

            assertThat(shared).isNotEmpty();
            assertThat(skillgraph.graph().bookmarks()).isEqualTo(shared);
            var listed = ok(client.get("/api/v1/audit?subject=" + subject));
            assertThat(listed.get("items")).hasSize(1);
            assertThat(listed.get("items").get(0).get("route").asText()).isEqualTo("GET /x");
        });
    }
}
