package org.skillgraph.api.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.skillgraph.api.app.Services;
import org.skillgraph.api.http.auth.AccessGate;
import org.skillgraph.api.http.auth.AuditRecorder;
import org.skillgraph.api.http.auth.SecurityHeaders;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.api.http.casepkg.CaseImportController;
import org.skillgraph.api.http.casepkg.CaseProviderController;
import org.skillgraph.api.http.credential.CredentialController;
import org.skillgraph.api.http.edge.JettyEdge;
import org.skillgraph.api.http.export.ExportController;
import org.skillgraph.api.http.framework.FrameworkController;
import org.skillgraph.api.http.moodle.MoodleExportController;
import org.skillgraph.api.http.moodle.MoodleImportController;
import org.skillgraph.api.http.onet.OnetImportController;
import org.skillgraph.api.http.taxonomy.TaxonomyController;
import org.skillgraph.api.http.xapi.MappingController;
import org.skillgraph.api.http.xapi.XapiController;

/** Builds the Javalin server: JSON, problem+json errors, every route, docs and static assets. */
public final class ApiServer {

    private final Javalin app;
    private final List<ApiRoutes.Route> routes;

    private ApiServer(Javalin app, List<ApiRoutes.Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** A server ready to {@link #start()}; nothing listens yet. */
    public static ApiServer create(Services services, ServerSettings settings) {
        return create(services, settings, SecuritySettings.defaults(), java.time.Clock.systemUTC());
    }

    /** A server with explicit rate limits and the clock audit events are stamped with. */
    public static ApiServer create(
            Services services, ServerSettings settings, SecuritySettings security, java.time.Clock clock) {
        var mapper = Json.mapper();
        var gate = new AccessGate(services.security().tokens(), security);
        var audit = new AuditRecorder(services.security().audit(), clock);
        var problems = new Problems(mapper);
        var registered = new java.util.ArrayList<ApiRoutes.Route>();
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxRequestBytes();
            EscoController.limitUploads(config.jetty.multipartConfig);
            config.http.defaultContentType = "application/json";
            config.jsonMapper(new JavalinJackson(mapper, false));
            JettyEdge.install(config, mapper);
            config.staticFiles.add(files -> {
                files.hostedPath = DocsController.SWAGGER_ASSETS;
                files.directory = "/META-INF/resources/webjars/swagger-ui/" + SwaggerUi.VERSION;
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = DocsController.SWAGGER_ASSETS;
                files.directory = "/org/skillgraph/api/openapi/assets";
                files.location = Location.CLASSPATH;
            });
            UiController.serveFiles(config);
            problems.register(config.routes);
            config.routes.after(SecurityHeaders::apply);
            config.routes.after(audit::after);
            var routes = new ApiRoutes(config.routes, gate);
            new HealthController(services.ready(), problems).register(routes);
            new DocsController().register(routes);
            new UiController().register(routes);
            new CatalogController(services.skills(), services.topics(), services.roles(), services.modules())
                    .register(routes);
            new PeopleController(services.people(), services.cohorts(), new LearnerViews(mapper)).register(routes);

            var importVersions = org.skillgraph.api.app.ImportVersions.of(
                    services.frameworks().taxonomy());
            new ImportController(services.importer(), services.afterWrite(), importVersions).register(routes);
            new PlanningController(services.planning(), mapper).register(routes);
            new EscoController(services.escoImporter(), services.afterWrite(), importVersions).register(routes);
            var writes = new Writes(mapper, services.afterWrite());
            new CurriculumEditingController(services.editing(), writes).register(routes);
            new PeopleEditingController(services.editing(), writes).register(routes);
            new CareerController(services.career()).register(routes);
            new DesignerController(services.design(), services.neighbourhood(), mapper).register(routes);
            var mentoring = new org.skillgraph.api.http.mentoring.MentoringController(services.mentoring(), mapper);
            new CoachingController(services.coaching(), mapper, mentoring.handles()).register(routes);
            new AccessController(services.security(), mapper).register(routes);
            new EvidenceController(services.evidence(), services.moduleResults(), services.progress(), writes)
                    .register(routes);
            new ReviewController(services.review(), services.evidence(), writes).register(routes);
            new MetricsController(services.metrics()).register(routes);
            new PrioritiesController(services.design()).register(routes);
            mentoring.register(routes);
            new SegmentsController(services.segments()).register(routes);
            new FrameworkController(services.frameworks().frameworks()).register(routes);
            new ExportController(services.frameworks().exporter()).register(routes);
            new TaxonomyController(
                            services.frameworks().taxonomy(),
                            new org.skillgraph.api.app.InterchangeVersions(
                                    services.frameworks().interchange()),
                            mapper,
                            services.afterWrite())
                    .register(routes);
            new CrosswalkController(
                            services.frameworks().crosswalks(),
                            services.frameworks().crosswalkEditor(),
                            writes)
                    .register(routes);
            var interchange = services.frameworks().interchange();
            new CaseImportController(interchange.cases(), services.afterWrite(), importVersions).register(routes);
            new CaseProviderController(interchange.curriculum(), interchange.changedAt()).register(routes);
            new OnetImportController(interchange.onet(), services.afterWrite(), importVersions).register(routes);
            new MoodleExportController(interchange.curriculum()).register(routes);
            new MoodleImportController(interchange.moodle(), services.afterWrite(), importVersions).register(routes);
            new XapiController(services.xapi().statements(), mapper).register(routes);
            new MappingController(services.xapi().statements(), services.xapi().mappings(), mapper).register(routes);
            var credentials = services.credentials();
            new CredentialController(credentials.credentials(), credentials.cfItemId(), mapper).register(routes);
            registered.addAll(routes.registered());
        });
        return new ApiServer(app, List.copyOf(registered));
    }

    public ApiServer start() {
        app.start();
        return this;
    }

    public void stop() {
        app.stop();
    }

    public int port() {
        return app.port();
    }

    /** The Javalin instance, for tests that drive it with JavalinTest. */
    public Javalin javalin() {
        return app;
    }

    /** Every route this server answers, for the OpenAPI completeness test. */
    public List<ApiRoutes.Route> routes() {
        return routes;
    }
}
