package org.skillgraph.api.http.taxonomy;

import org.skillgraph.engine.taxonomy.Curriculum;
import org.skillgraph.seed.esco.EscoVersion;

/** An ESCO release as a framework version: its skills and broader links, its occupations' profiles. */
public final class EscoCurriculum {

    private EscoCurriculum() {}

    public static Curriculum of(EscoVersion esco) {
        var skills = esco.skills().stream()
                .map(s -> new Curriculum.Skill(
                        s.id(), s.name(), s.description(), s.uri(), s.broader(), java.util.List.of()))
                .toList();
        var roles = esco.occupations().stream()
                .map(o -> new Curriculum.Role(
                        o.id(),
                        o.title(),
                        o.needs().stream()
                                .map(n -> Curriculum.need(n.skill(), n.level(), n.importance(), n.essential()))
                                .toList()))
                .toList();
        return new Curriculum(skills, roles);
    }
}
