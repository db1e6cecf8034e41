package org.skillgraph.seed.esco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillgraph.seed.bundle.EntityId;

class EscoIdsTest {

    @Test
    void shouldDeriveIdsFromConceptUris() {
        var uuid = "0005c151-5b5a-4a66-8aac-60e734beb1ab";

        assertThat(EscoIds.skill("http://data.europa.eu/esco/skill/" + uuid)).isEqualTo("esco:skill:" + uuid);
        assertThat(EscoIds.group("http://data.europa.eu/esco/skill/" + uuid)).isEqualTo("esco:group:" + uuid);
        assertThat(EscoIds.group("http://data.europa.eu/esco/isced-f/0613")).isEqualTo("esco:group:isced-f:0613");
        assertThat(EscoIds.occupation("http://data.europa.eu/esco/occupation/" + uuid))
                .isEqualTo("esco:occupation:" + uuid);
    }

    @Test
    void shouldRefuseUrisOutsideEsco() {
        assertThat(EscoIds.skill("https://example.org/skill/1")).isNull();
        assertThat(EscoIds.skill("")).isNull();
        assertThat(EscoIds.skill("http://data.europa.eu/esco/skill/a b")).isNull();
    }

    @Test
    void shouldDeriveIdsTheBundleFormatAccepts() {
        var longest = "http://data.europa.eu/esco/occupation/" + "a".repeat(151);

        assertThat(EscoIds.skill("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"))
                .matches(EntityId.PATTERN);
        assertThat(EscoIds.group("http://data.europa.eu/esco/isced-f/0613")).matches(EntityId.PATTERN);
        assertThat(EscoIds.occupation(longest)).matches(EntityId.PATTERN);
    }
}
