package org.skillgraph.engine.route;

import static org.skillgraph.engine.route.Modules.core;

import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/** Hand-made curricula shared by the route tests. */
final class Curricula {

    private Curricula() {}

    /** sql 4 either through intro (2 h) + advanced (3 h, assumes sql 2), or one bootcamp (8 h). */
    static CurriculumSnapshot sqlPaths() {
        return CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .module(core("sql-advanced", 3))
                .module(core("sql-intro", 2))
                .module(core("sql-bootcamp", 8))
                .assumes("sql-advanced", "sql", 2)
                .teaches("sql-advanced", "sql", 4)
                .teaches("sql-intro", "sql", 2)
                .teaches("sql-bootcamp", "sql", 4)
                .build();
    }

    /** Three skills, each pair taught by one 3 h module, each skill alone by a 2.5 h one: a small set cover. */
    static CurriculumSnapshot pairs() {
        return CurriculumSnapshot.builder(1)
                .skill("a", "A")
                .skill("b", "B")
                .skill("c", "C")
                .module(core("ab", 3))
                .module(core("bc", 3))
                .module(core("ac", 3))
                .module(core("a1", 2.5))
                .module(core("b1", 2.5))
                .module(core("c1", 2.5))
                .teaches("ab", "a", 2)
                .teaches("ab", "b", 2)
                .teaches("bc", "b", 2)
                .teaches("bc", "c", 2)
                .teaches("ac", "a", 2)
                .teaches("ac", "c", 2)
                .teaches("a1", "a", 2)
                .teaches("b1", "b", 2)
                .teaches("c1", "c", 2)
                .build();
    }
}
