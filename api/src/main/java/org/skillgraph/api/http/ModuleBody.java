package org.skillgraph.api.http;

import static org.skillgraph.api.http.BodyCheck.orEmpty;

import java.util.List;
import org.skillgraph.engine.editing.ModuleDraft;

/** Body of {@code POST /modules} and {@code PUT /modules/{id}}: a module with what it teaches and assumes. */
record ModuleBody(
        String id,
        String title,
        Double hours,
        String modality,
        String pacing,
        String cycle,
        Boolean core,
        List<String> aids,
        Integer passScore,
        String assessment,
        String status,
        List<LevelRefBody> teaches,
        List<LevelRefBody> assumes) {

    /** Longer than any real module; keeps route sums far from overflow and typos (600 for 6.00) visible. */
    static final double MAX_HOURS = 2000;

    ModuleDraft toDraft(String pathId) {
        var c = new BodyCheck();
        var moduleId = Ids.of(c, id, pathId);
        c.name("/title", title);
        if (c.present("/hours", hours) && !(hours > 0 && hours <= MAX_HOURS)) {
            c.fail("/hours", "must be greater than 0 and at most " + (long) MAX_HOURS + ", was " + hours);
        }
        if (c.present("/modality", modality)) {
            c.oneOf("/modality", modality, CatalogController.MODALITIES);
        }
        if (c.present("/pacing", pacing)) {
            c.oneOf("/pacing", pacing, CatalogController.PACINGS);
        }
        c.oneOf("/cycle", cycle, Vocabulary.CYCLES);
        c.present("/core", core);
        c.each("/aids", orEmpty(aids), (at, aid) -> c.oneOf(at, aid, Vocabulary.AIDS));
        c.unique("/aids", orEmpty(aids), a -> a);
        c.range("/passScore", passScore, 0, 100);
        c.oneOf("/assessment", assessment, Vocabulary.ASSESSMENTS);
        if (c.present("/status", status)) {
            c.oneOf("/status", status, CatalogController.STATUSES);
        }
        LevelRefBody.check(c, "/teaches", orEmpty(teaches));
        LevelRefBody.check(c, "/assumes", orEmpty(assumes));
        c.throwIfInvalid("module");
        return new ModuleDraft(
                moduleId,
                title,
                hours,
                modality,
                pacing,
                cycle,
                core,
                orEmpty(aids),
                passScore,
                assessment,
                status,
                LevelRefBody.drafts(orEmpty(teaches)),
                LevelRefBody.drafts(orEmpty(assumes)));
    }
}
