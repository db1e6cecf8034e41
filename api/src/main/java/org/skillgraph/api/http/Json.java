package org.skillgraph.api.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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

    /** Roles go over the wire by their lower-case names, as clients send them. */
    private static final class WireName
            extends com.fasterxml.jackson.databind.ser.std.StdSerializer<org.skillgraph.engine.access.AccessRole> {

        private static final long serialVersionUID = 1L;

        WireName() {
            super(org.skillgraph.engine.access.AccessRole.class);
        }

        @Override
        public void serialize(
                org.skillgraph.engine.access.AccessRole role,
                com.fasterxml.jackson.core.JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider)
                throws java.io.IOException {
            gen.writeString(role.wireName());
        }
    }

    /**
     * The request body as {@code type}; an empty body or a JSON {@code null} is refused with a pointer to
     * the whole document, so handlers never see a null request.
     */
    public static <T> T object(ObjectMapper mapper, io.javalin.http.Context ctx, Class<T> type)
            throws java.io.IOException {
        var bytes = ctx.bodyAsBytes();
        var body = bytes.length == 0 ? null : mapper.readValue(bytes, type);
        if (body == null) {
            throw new org.skillgraph.engine.error.InvalidRequestException(
                    "invalid-body",
                    "A JSON object is required",
                    java.util.List.of(new org.skillgraph.engine.error.FieldError("", "a JSON object is required")));
        }
        return body;
    }

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
                // {"id": "a", "id": "b"} means one thing to one reader and another to the next: refuse it.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Bodies are typed like the bundle schema: no "3" for 3, no 2.7 for a level, no 3 for a name.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("skillgraph-wire-names")
                        .addSerializer(org.skillgraph.engine.access.AccessRole.class, new WireName()))
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
