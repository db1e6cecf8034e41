package org.skillgraph.api.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration of the API: ISO dates, strict reading, bounded nesting. */
public final class Json {

    /** Request bodies nest far less than this; deeper documents are refused before they are parsed. */
    public static final int MAX_NESTING_DEPTH = 32;

    private Json() {}

    public static ObjectMapper mapper() {
        var mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Evidence sources travel by their wire name ("assessment"), as stored on HOLDS.source.
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                        .addSerializer(
                                org.skillgraph.engine.evidence.EvidenceSource.class, new EvidenceSourceSerializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Durations as ISO-8601 ("PT12.3S"), as the OpenAPI document describes ImportReport.took.
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Bodies are typed like the bundle schema: no "3" for 3, no 2.7 for a level, no 3 for a name.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());
        return mapper;
    }
}
