package org.skillgraph.bench;

import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;
import org.skillgraph.seed.bundle.Bundle;

/** Builds a curriculum snapshot straight from a bundle, for in-process planner benchmarks without Neo4j. */
final class SnapshotFromBundle {

    private SnapshotFromBundle() {}

    static CurriculumSnapshot of(Bundle bundle, long version) {
        var b = CurriculumSnapshot.builder(version);
        for (var s : bundle.skills()) {
            b.skill(s.id(), s.name());
            s.requires().forEach(r -> b.requires(s.id(), r.skill(), r.level()));
        }
        for (var m : bundle.modules()) {
            b.module(new ModuleInfo(
                    m.id(),
                    m.title(),
                    m.hours(),
                    m.modality(),
                    m.pacing(),
                    m.cycle(),
                    m.core(),
                    m.status(),
                    m.passScore()));
            m.teaches().forEach(t -> b.teaches(m.id(), t.skill(), t.level()));
            m.assumes().forEach(a -> b.assumes(m.id(), a.skill(), a.level()));
        }
        for (var r : bundle.roles()) {
            b.role(r.id(), r.title(), r.family(), r.level());
            r.needs().forEach(n -> b.needs(r.id(), n.skill(), n.level(), n.importance(), n.essential()));
            r.leadsTo().forEach(m -> b.leadsTo(r.id(), m.role(), m.kind()));
        }
        return b.build();
    }
}
