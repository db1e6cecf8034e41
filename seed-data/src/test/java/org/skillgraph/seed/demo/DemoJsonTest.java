package org.skillgraph.seed.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.BundleReader;

class DemoJsonTest {

    @Test
    void shouldWriteTheShiftedDemoAsBundleJsonThatReadsBackAsTheSameBundle() {
        var later = Clock.fixed(
                DemoOrganisation.ANCHOR.plusDays(100).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        var read = new BundleReader().read(new ByteArrayInputStream(DemoOrganisation.json(later)));

        assertThat(read).isEqualTo(DemoOrganisation.bundle(later));
        assertThat(read)
                .isNotEqualTo(DemoOrganisation.bundle(
                        Clock.fixed(DemoOrganisation.ANCHOR.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
    }
}
