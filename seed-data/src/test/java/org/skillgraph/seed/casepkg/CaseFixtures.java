package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real CASE packages under {@code interchange/case/} (see SOURCES.md there). */
final class CaseFixtures {

    static final String OPENSALT_SAMPLE = "opensalt-sample-framework.json";
    static final String SMART_LEVEL = "SmartLevelFramework.json";
    static final String UTF8 = "Utf8TestFramework.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFixtures() {}

    static ObjectNode tree(String name) {
        try (InputStream in = open(name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String name) {
        var in = CaseFixtures.class.getResourceAsStream("/interchange/case/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing fixture " + name);
        }
        return in;
    }

    static InputStream bytes(JsonNode tree) {
        try {
            return new ByteArrayInputStream(JSON.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
