package org.skillgraph.api.http;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.evidence.EvidenceInput;

/** Body of {@code POST /evidence:batch}: evidence records for any people, written all or none. */
record EvidenceBatchBody(List<EvidenceBody> records) {

    static final int MAX_RECORDS = 10_000;

    List<EvidenceInput> toInputs() {
        var c = new BodyCheck();
        var inputs = new ArrayList<EvidenceInput>();
        if (c.present("/records", records)) {
            if (records.isEmpty() || records.size() > MAX_RECORDS) {
                c.fail("/records", "must hold 1 to " + MAX_RECORDS + " records, held " + records.size());
            }
            c.each("/records", records, (pointer, body) -> {
                var record = body.check(c, pointer, true);
                if (record != null) {
                    inputs.add(new EvidenceInput(body.person(), record));
                }
            });
        }
        c.throwIfInvalid("evidence batch");
        return inputs;
    }
}
