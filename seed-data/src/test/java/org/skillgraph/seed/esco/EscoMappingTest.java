package org.skillgraph.seed.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EscoMappingTest {

    @Test
    void shouldMapSkillTypesToKinds() {
        assertThat(EscoMapping.kind("skill/competence")).isEqualTo("skill");
        assertThat(EscoMapping.kind("knowledge")).isEqualTo("knowledge");
        assertThat(EscoMapping.kind("")).isNull();
        assertThat(EscoMapping.kind("language")).isNull();
    }

    @Test
    void shouldSplitAltLabelsWithoutBlanksDuplicatesOrThePreferredLabel() {
        var aliases = EscoMapping.aliases(
                "query relational databases\r\nwrite database queries\n Write SQL queries \n\nquery relational databases\n",
                "write SQL queries");

        assertThat(aliases).containsExactly("query relational databases", "write database queries");
        assertThat(EscoMapping.aliases("", "SQL")).isEmpty();
    }

    @Test
    void shouldGiveEssentialAndOptionalNeedsTheirDefaultLevels() {
        assertThat(EscoMapping.need("essential")).isEqualTo(Map.of("level", 3, "importance", 4, "essential", true));
        assertThat(EscoMapping.need("optional")).isEqualTo(Map.of("level", 2, "importance", 2, "essential", false));
        assertThat(EscoMapping.need("preferred")).isNull();
    }

    @Test
    void shouldKeepTheEssentialFlagOfRelatedSkills() {
        assertThat(EscoMapping.related("essential")).isEqualTo(Map.of("essential", true));
        assertThat(EscoMapping.related("optional")).isEqualTo(Map.of("essential", false));
        assertThat(EscoMapping.related("")).isNull();
    }
}
