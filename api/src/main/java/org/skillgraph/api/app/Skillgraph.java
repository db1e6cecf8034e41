package org.skillgraph.api.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.skillgraph.engine.access.AuditLog;
import org.skillgraph.engine.access.AuditRetention;
import org.skillgraph.engine.access.AuditTrail;
import org.skillgraph.engine.access.PersonalData;
import org.skillgraph.engine.access.TokenService;
import org.skillgraph.engine.career.CareerPlanner;
import org.skillgraph.engine.career.CareerService;
import org.skillgraph.engine.career.RoleHistoryRepository;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.credential.CredentialRepository;
import org.skillgraph.engine.credential.CredentialService;
import org.skillgraph.engine.credential.keys.IssuerKeys;
import org.skillgraph.engine.crosswalk.CrosswalkRepository;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.design.DanglingReferenceRepository;
import org.skillgraph.engine.design.DesignService;
import org.skillgraph.engine.design.RoleBaselines;
import org.skillgraph.engine.editing.CrosswalkEditor;
import org.skillgraph.engine.editing.Editors;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.feed.Change;
import org.skillgraph.engine.feed.ChangeFeed;
import org.skillgraph.engine.framework.FrameworkDetail;
import org.skillgraph.engine.framework.FrameworkRepository;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.ids.IdClashRepository;
import org.skillgraph.engine.learner.LearnerCache;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.mentoring.CoachingOutcomes;
import org.skillgraph.engine.mentoring.DuePairs;
import org.skillgraph.engine.mentoring.MentoringService;
import org.skillgraph.engine.mentoring.PairJournal;
import org.skillgraph.engine.mentoring.PreferenceStore;
import org.skillgraph.engine.metrics.MetricsRepository;
import org.skillgraph.engine.metrics.MetricsService;
import org.skillgraph.engine.metrics.MetricsSettings;
import org.skillgraph.engine.migration.SchemaMigrator;
import org.skillgraph.engine.neighbourhood.NeighbourhoodRepository;
import org.skillgraph.engine.neo4j.EmbeddedNeo4j;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.GraphInfo;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.neo4j.SchemaInstaller;
import org.skillgraph.engine.people.CohortRepository;
import org.skillgraph.engine.people.PersonRepository;
import org.skillgraph.engine.planning.PlanningService;
import org.skillgraph.engine.progress.ProgressService;
import org.skillgraph.engine.review.ClaimService;
import org.skillgraph.engine.review.PersonEvidence;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.segments.GapClustering;
import org.skillgraph.engine.segments.SegmentRepository;
import org.skillgraph.engine.segments.SegmentService;
import org.skillgraph.engine.taxonomy.ChangeSetApplier;
import org.skillgraph.engine.taxonomy.ChangeSetStore;
import org.skillgraph.engine.taxonomy.EntityHistory;
import org.skillgraph.engine.taxonomy.FrameworkVersions;
import org.skillgraph.engine.xapi.XapiMappings;
import org.skillgraph.engine.xapi.XapiService;
import org.skillgraph.seed.KnownFrameworks;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.casepkg.CaseIds;
import org.skillgraph.seed.casepkg.CaseImporter;
import org.skillgraph.seed.esco.EscoImporter;
import org.skillgraph.seed.export.BundleExporter;
import org.skillgraph.seed.moodle.MoodleImporter;
import org.skillgraph.seed.onet.OnetImporter;

/**
 * The composition root: starts (or reaches) Neo4j, applies the schema and wires the services. Closing
 * it closes the driver and then the embedded store, so nothing committed is lost.
 */
public final class Skillgraph implements AutoCloseable {

    /** Imports may take minutes at real scale; other transactions keep the short default timeout. */
    public static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(15);

    private final EmbeddedNeo4j embedded;
    private final GraphClient graph;
    private final SchemaInstaller schema;
    private final CurriculumCache curriculum;
    private final Services services;
    private final GraphClient auditChain;
    private final Clock clock;
    private final ChangeFeed feed;
    private AuditRetention auditRetention;

    private Skillgraph(EmbeddedNeo4j embedded, GraphClient graph, Clock clock) {
        this(embedded, graph, clock, EngineSettings.defaults(), TemporaryIssuerKeys.dir());
    }

    private Skillgraph(
            EmbeddedNeo4j embedded, GraphClient graph, Clock clock, EngineSettings settings, Path issuerKeys) {
        var rules = settings.rules();
        this.embedded = embedded;
        this.graph = graph;
        this.clock = clock;
        // Audit writes must not hold the request path's reads back; see GraphClient.separateChain.
        this.auditChain = graph.separateChain();
        this.schema = new SchemaInstaller(graph);
        schema.install();
        new SchemaMigrator(graph, KnownFrameworks::migrationParameters).migrate();
        this.curriculum = new CurriculumCache(new CurriculumRepository(graph)::load);
        var skills = new SkillRepository(graph);
        var topics = new TopicRepository(graph);
        var roles = new RoleRepository(graph);
        var modules = new ModuleRepository(graph);
        var people = new PersonRepository(graph);
        this.feed = new ChangeFeed(graph, settings.feed(), clock);
        var kept = settings.feed().learnersKept();
        var learners =
                new LearnerRepository(graph, rules, clock, feed, kept == 0 ? null : new LearnerCache(feed, kept));
        graph.onPeopleWritten(feed::afterLocalWrite);
        // A curriculum change seen in the feed (any node's edit or import) builds the new snapshot ahead of requests.
        feed.subscribe(batch -> {
            if (batch.changes().stream().anyMatch(c -> c.kind().equals(Change.CURRICULUM))) {
                curriculum.prepare(batch.curriculumVersion());
            }
        });
        feed.start();
        var routes = new RoutePlanner(settings.planning());
        var tokens = new TokenService(graph, clock);
        var coaching = new CoachingService(
                graph, learners, curriculum, new GapPlanner(), settings.coaching(), rules, clock, feed);
        var moduleResults = new ModuleResultService(graph, rules, clock);
        var xapi = new XapiService(graph, moduleResults, clock);
        var evidence = new EvidenceService(graph, rules, clock);
        var frameworks = new FrameworkRepository(graph);
        var exporter = exporter();
        // The CASE provider and the Moodle export render from the curriculum export, kept until a write.
        var export = new VersionedValue<JsonNode>(new GraphInfo(graph)::version, () -> exporter.export(false));
        this.services = new Services(
                skills,
                topics,
                roles,
                modules,
                people,
                new CohortRepository(graph),
                importer(),
                new PlanningService(learners, curriculum, new GapPlanner(), routes),
                escoImporter(),
                Editors.over(graph, skills, topics, roles, modules, people, clock, tokens::forgetPerson),
                new CareerService(
                        learners,
                        curriculum,
                        new CareerPlanner(routes),
                        new RoleHistoryRepository(graph),
                        MetricsSettings.DEFAULT_MIN_GROUP_SIZE),
                new DesignService(
                        curriculum,
                        learners,
                        new DanglingReferenceRepository(graph),
                        new RoleBaselines(routes),
                        new IdClashRepository(graph)),
                new NeighbourhoodRepository(graph),
                coaching,
                evidence,
                moduleResults,
                new XapiServices(xapi, new XapiMappings(graph, xapi)),
                new ProgressService(graph, curriculum, new GapPlanner(), routes, rules, clock),
                new MetricsService(
                        new MetricsRepository(graph),
                        curriculum,
                        MetricsSettings.defaults().withRules(rules),
                        clock),
                new SegmentService(
                        new SegmentRepository(graph, rules, clock),
                        curriculum,
                        new GapPlanner(),
                        routes,
                        GapClustering.defaults()),
                this::ready,
                () -> {
                    curriculum.invalidate();
                    feed.afterLocalWrite();
                    curriculum.prepare(feed.curriculumVersion());
                    coaching.forgetOrgChart();
                    export.forget();
                },
                new Security(
                        tokens, new AuditLog(auditChain), new AuditTrail(auditChain), new PersonalData(graph, clock)),
                new FrameworkServices(
                        frameworks,
                        new CrosswalkRepository(graph),
                        new CrosswalkEditor(graph),
                        exporter,
                        new InterchangeServices(
                                caseImporter(),
                                export,
                                id -> frameworks.find(id).map(FrameworkDetail::lastChangedAt),
                                moodleImporter(),
                                onetImporter()),
                        new TaxonomyServices(
                                new ChangeSetStore(
                                        graph, clock, () -> curriculum.at(new GraphInfo(graph).version()), routes),
                                new ChangeSetApplier(graph, clock),
                                new FrameworkVersions(graph, clock),
                                new EntityHistory(graph, new AuditTrail(auditChain)))),
                new CredentialServices(
                        new CredentialService(
                                new CredentialRepository(graph, clock),
                                IssuerKeys.loadOrCreate(issuerKeys, clock),
                                ISSUER_NAME,
                                clock),
                        (framework, skill) -> CaseIds.sourcedId("item", framework, skill)),
                new ReviewServices(new ClaimService(graph, evidence, clock), new PersonEvidence(graph)),
                mentoring(graph, coaching, curriculum, settings, clock));
    }

    private static MentoringServices mentoring(
            GraphClient graph,
            CoachingService coaching,
            CurriculumCache curriculum,
            EngineSettings settings,
            Clock clock) {
        var requests = new MentoringService(graph, coaching, settings.rules(), settings.mentoring(), clock);
        return new MentoringServices(
                requests,
                new PairJournal(graph, requests, coaching, clock),
                new DuePairs(graph, clock),
                new CoachingOutcomes(
                        graph,
                        new MetricsRepository(graph),
                        curriculum,
                        MetricsSettings.defaults().withRules(settings.rules()),
                        settings.mentoring(),
                        clock),
                new PreferenceStore(graph));
    }

    /** The issuer's name in credentials. */
    static final String ISSUER_NAME = "skillgraph";

    /**
     * Where a server on an external Neo4j keeps its issuer keys: {@code SKILLGRAPH_ISSUER_KEYS}, else
     * {@code ./issuer-keys}. Embedded servers keep them in {@code <data-dir>/issuer-keys}.
     */
    static Path externalIssuerKeys() {
        var configured = System.getenv("SKILLGRAPH_ISSUER_KEYS");
        return Path.of(configured == null || configured.isBlank() ? "issuer-keys" : configured);
    }

    /** Starts the embedded Neo4j with its store under {@code dataDir} and connects to it. */
    public static Skillgraph embedded(Path dataDir, int boltPort, long pageCacheBytes) {
        return embedded(dataDir, boltPort, pageCacheBytes, EngineSettings.defaults());
    }

    /** Like {@link #embedded(Path, int, long)} with the operator's settings. */
    public static Skillgraph embedded(Path dataDir, int boltPort, long pageCacheBytes, EngineSettings settings) {
        var neo4j = EmbeddedNeo4j.start(dataDir.resolve("neo4j"), boltPort, pageCacheBytes);
        try {
            return new Skillgraph(
                    neo4j,
                    GraphClient.connect(neo4j.settings()),
                    Clock.systemUTC(),
                    settings,
                    dataDir.resolve("issuer-keys"));
        } catch (RuntimeException e) {
            neo4j.close();
            throw e;
        }
    }

    /** Connects to an external Neo4j server, cluster or Aura. */
    public static Skillgraph external(Neo4jSettings settings) {
        return external(settings, EngineSettings.defaults());
    }

    /** Like {@link #external(Neo4jSettings)} with the operator's settings. */
    public static Skillgraph external(Neo4jSettings neo4j, EngineSettings settings) {
        var graph = GraphClient.connect(neo4j);
        try {
            return new Skillgraph(null, graph, Clock.systemUTC(), settings, externalIssuerKeys());
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** Wraps a client the caller owns (tests). */
    public static Skillgraph over(GraphClient graph) {
        return over(graph, Clock.systemUTC());
    }

    /** Wraps a client the caller owns, with the clock that says what "today" is (tests on fixed data). */
    public static Skillgraph over(GraphClient graph, Clock clock) {
        return new Skillgraph(null, graph, clock);
    }

    /** Wraps a client the caller owns, with a clock and the rules that turn evidence into levels. */
    public static Skillgraph over(GraphClient graph, Clock clock, LevelRules rules) {
        return over(graph, clock, EngineSettings.of(rules));
    }

    /** Wraps a client the caller owns, with a clock and the operator's settings. */
    public static Skillgraph over(GraphClient graph, Clock clock, EngineSettings settings) {
        return new Skillgraph(null, graph, clock, settings, TemporaryIssuerKeys.dir());
    }

    public Services services() {
        return services;
    }

    public GraphClient graph() {
        return graph;
    }

    /** This node's view of the change feed. */
    public ChangeFeed feed() {
        return feed;
    }

    /** A bundle importer that shares this instance's sessions and bookmarks. */
    public BundleImporter importer() {
        return new BundleImporter(graph.driver(), graph.sessionConfig(), IMPORT_TIMEOUT);
    }

    /** The CASE importer, for the command line. */
    public CaseImporter caseImporter() {
        return new CaseImporter(graph.driver(), graph.sessionConfig(), importer());
    }

    /** The Moodle competency CSV importer, for the command line. */
    public MoodleImporter moodleImporter() {
        return new MoodleImporter(importer());
    }

    /** The O*NET importer, for the command line. */
    public OnetImporter onetImporter() {
        return new OnetImporter(importer());
    }

    /** A bundle exporter that shares this instance's sessions and bookmarks. */
    public BundleExporter exporter() {
        return new BundleExporter(graph.driver(), graph.sessionConfig(), IMPORT_TIMEOUT);
    }

    /** An ESCO importer that shares this instance's sessions; each batch gets the import timeout. */
    public EscoImporter escoImporter() {
        return new EscoImporter(graph.driver(), graph.sessionConfig(), IMPORT_TIMEOUT);
    }

    /** Whether Neo4j answers and every index is online. */
    public boolean ready() {
        try {
            return schema.isOnline();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Deletes audit events older than {@code days} days now and then daily until {@link #close()}; 0 keeps
     * them forever. Call once, when serving.
     */
    public synchronized void startAuditRetention(int days) {
        if (auditRetention == null) {
            auditRetention = new AuditRetention(auditChain, clock, days);
            auditRetention.startDaily();
        }
    }

    /** Builds the current curriculum snapshot in the background, so the first request does not wait for it. */
    public void prepareCurriculum() {
        curriculum.prepare(new GraphInfo(graph).version());
        // The coaching-request handles' key, so a learner's coach ranking never writes it.
        services.mentoring().requests().handles().prepare();
        // The coach index too (a few seconds at 50,000 people), off the request path.
        services.coaching().index().ifPresent(index -> {
            var thread = new Thread(index::prepare, "coach-index");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Whether the graph holds no skills, roles, modules or people yet (for {@code --demo}). */
    public boolean isEmpty() {
        return new GraphInfo(graph).isEmpty();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (auditRetention != null) {
                auditRetention.close();
            }
        }
        feed.close();
        curriculum.close();
        services.security().audit().close();
        graph.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
