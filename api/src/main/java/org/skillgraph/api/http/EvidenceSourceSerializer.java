package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import org.skillgraph.engine.evidence.EvidenceSource;

/** Writes an evidence source by its wire name ({@code assessment}), as stored on {@code HOLDS.source}. */
final class EvidenceSourceSerializer extends ToStringSerializerBase {

    private static final long serialVersionUID = 1L;

    EvidenceSourceSerializer() {
        super(EvidenceSource.class);
    }

    @Override
    public String valueToString(Object value) {
        return ((EvidenceSource) value).wireName();
    }
}
