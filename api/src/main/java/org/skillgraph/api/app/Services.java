package org.skillgraph.api.app;

import java.util.function.BooleanSupplier;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.people.CohortRepository;
import org.skillgraph.engine.people.PersonRepository;
import org.skillgraph.engine.planning.PlanningService;
import org.skillgraph.seed.bundle.BundleImporter;

/** Everything the HTTP layer calls, wired once by {@link Skillgraph}. */
public record Services(
        SkillRepository skills,
        TopicRepository topics,
        RoleRepository roles,
        ModuleRepository modules,
        PersonRepository people,
        CohortRepository cohorts,
        BundleImporter importer,
        PlanningService planning,
        CoachingService coaching,
        BooleanSupplier ready,
        Runnable afterWrite) {}
