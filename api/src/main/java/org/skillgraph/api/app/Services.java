package org.skillgraph.api.app;

import java.util.function.BooleanSupplier;
import org.skillgraph.engine.career.CareerService;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.design.DesignService;
import org.skillgraph.engine.editing.Editors;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.metrics.MetricsService;
import org.skillgraph.engine.neighbourhood.NeighbourhoodRepository;
import org.skillgraph.engine.people.CohortRepository;
import org.skillgraph.engine.people.PersonRepository;
import org.skillgraph.engine.planning.PlanningService;
import org.skillgraph.engine.progress.ProgressService;
import org.skillgraph.engine.segments.SegmentService;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.esco.EscoImporter;

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
        EscoImporter escoImporter,
        Editors editing,
        CareerService career,
        DesignService design,
        NeighbourhoodRepository neighbourhood,
        CoachingService coaching,
        EvidenceService evidence,
        ModuleResultService moduleResults,
        XapiServices xapi,
        ProgressService progress,
        MetricsService metrics,
        SegmentService segments,
        BooleanSupplier ready,
        Runnable afterWrite,
        Security security,
        FrameworkServices frameworks,
        CredentialServices credentials,
        ReviewServices review,
        MentoringServices mentoring) {}
