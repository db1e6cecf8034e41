package org.skillgraph.api.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.evidence.EvidenceInput;
import org.skillgraph.engine.evidence.EvidenceService;

/** Body of {@code POST /evidence:batch}: evidence records for any people, written all or none. */
record EvidenceBatchBody(List<EvidenceBody> records) {

    static final int MAX_RECORDS = 10_000;

    /**
     * Every record checked, unknown people and skills included (one read), and every problem reported at once
     * with its pointer; nothing is written when there is one.
     */
    List<EvidenceInput> toInputs(EvidenceService evidence) {
        var c = new BodyCheck();
        var inputs = new ArrayList<EvidenceInput>();
        if (c.present("/records", records)) {
            if (records.isEmpty() || records.size() > MAX_RECORDS) {
                c.fail("/records", "must hold 1 to " + MAX_RECORDS + " records, held " + records.size());
            }
            LocalDate today = evidence.today();
            var people = new ArrayList<String>();
            var skills = new ArrayList<String>();
            for (int i = 0; i < records.size(); i++) {
                var body = records.get(i);
                people.add(body == null || !validId(body.person()) ? null : body.person());
                skills.add(body == null || !validId(body.skill()) ? null : body.skill());
            }
            c.each("/records", records, (pointer, body) -> {
                var record = body.check(c, pointer, true, today);
                if (record != null) {
                    inputs.add(new EvidenceInput(body.person(), record));
                }
            });
            if (records.size() <= MAX_RECORDS) {
                evidence.unknownReferences(people, skills).forEach(e -> c.fail(e.pointer(), e.message()));
            }
        }
        c.throwIfInvalid("evidence batch");
        return inputs;
    }

    private static boolean validId(String id) {
        return id != null && BodyCheck.ID.matcher(id).matches();
    }
}
