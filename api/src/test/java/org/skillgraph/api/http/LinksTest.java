package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void shouldKeepAnIdThatNeedsNoEncoding() {
        assertThat(Links.path("/api/v1/skills", "esco:skill:0005c151-5b5a.x_y~z"))
                .isEqualTo("/api/v1/skills/esco:skill:0005c151-5b5a.x_y~z");
    }

    @Test
    void shouldKeepEachIdInsideItsOwnSegment() {
        var location = Links.path("/api/v1/skills", "a/../..");

        assertThat(location).isEqualTo("/api/v1/skills/a%2F..%2F..");
        assertThat(URI.create(location).normalize().getPath()).isEqualTo("/api/v1/skills/a/../..");
        assertThat(URI.create(location).normalize().getRawPath()).isEqualTo(location);
    }

    @Test
    void shouldNotLetADotSegmentWalkThePath() {
        assertThat(Links.path("/api/v1/people", "..", "coaching", ".")).isEqualTo("/api/v1/people/%2E%2E/coaching/%2E");
        assertThat(URI.create(Links.path("/api/v1/people", "..")).normalize().getRawPath())
                .startsWith("/api/v1/people/");
    }

    @Test
    void shouldEncodeEveryOtherByteOfTheUtf8Form() {
        assertThat(Links.segment("ü ?#%\u0000\\")).isEqualTo("%C3%BC%20%3F%23%25%00%5C");
    }
}
