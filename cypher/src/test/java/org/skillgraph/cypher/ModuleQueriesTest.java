package org.skillgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleQueriesTest {

    @Test
    void shouldRenderOnlyTheFiltersGiven() {
        var query = ModuleQueries.list(new ModuleQueries.Filter("video", null, "published", null, 10));

        assertThat(query.text())
                .isEqualTo(
                        "MATCH (m:`Module`) WHERE (m.id > $after AND m.modality = $modality AND m.status = $status) RETURN m{.id, .title, .hours, .modality, .pacing, .cycle, .core, .status} AS module ORDER BY m.id LIMIT $limit");
        assertThat(query.parameters()).containsOnlyKeys("after", "limit", "modality", "status");
    }
}
