package org.skillgraph.api.cli;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Period;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.skillgraph.api.app.EngineSettings;
import org.skillgraph.api.cli.remote.ServerFile;
import org.skillgraph.api.http.ApiServer;
import org.skillgraph.api.http.ServerSettings;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.coach.CoachingSettings;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.feed.FeedSettings;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code skillgraph serve}: Neo4j (embedded by default), schema, optional demo data, HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP API.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    CoachingOptions coaching;

    @Mixin
    PlanningOptions planning;

    @Option(
            names = "--host",
            defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--demo", description = "Load the demo organisation when the graph is empty.")
    boolean demo;

    @Option(
            names = "--refresh-after",
            defaultValue = "P2Y",
            converter = PeriodConverter.class,
            description = "How long evidence of a level stays fresh, as an ISO-8601 period; an older level counts"
                    + " one lower until re-evidenced (default: ${DEFAULT-VALUE}).")
    Period refreshAfter;

    @Option(
            names = "--rate-limit",
            defaultValue = "" + SecuritySettings.DEFAULT_REQUESTS_PER_SECOND,
            description =
                    "Requests a second one API token may make on average; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(
            names = "--rate-burst",
            defaultValue = "" + SecuritySettings.DEFAULT_BURST,
            description = "Requests one API token may make at once (default: ${DEFAULT-VALUE}).")
    int rateBurst;

    @Option(
            names = "--failed-auth-limit",
            defaultValue = "" + SecuritySettings.DEFAULT_FAILED_AUTH_PER_MINUTE,
            description = "Failed authentications a minute one client address may make once its burst is spent, then"
                    + " 429 without a token lookup; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int failedAuthPerMinute;

    @Option(
            names = "--failed-auth-burst",
            defaultValue = "" + SecuritySettings.DEFAULT_FAILED_AUTH_BURST,
            description = "Failed authentications one client address may make at once (default: ${DEFAULT-VALUE}).")
    int failedAuthBurst;

    @Option(
            names = "--audit-retention-days",
            defaultValue = "365",
            description = "Days an audit event is kept before a daily purge deletes it; 0 keeps every event"
                    + " forever (default: ${DEFAULT-VALUE}).")
    int auditRetentionDays;

    @Option(
            names = "--feed-poll-ms",
            defaultValue = "200",
            description = "Milliseconds between two polls of the change feed; another node's write is answered here"
                    + " after at most about this long (default: ${DEFAULT-VALUE}).")
    int feedPollMs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (feedPollMs < 10 || feedPollMs > 2_000) {
            throw new ParameterException(
                    spec.commandLine(), "--feed-poll-ms must be between 10 and 2000, was " + feedPollMs);
        }
        var settings = new EngineSettings(
                        LevelRules.defaults().withRefreshAfter(refreshAfter), coachingSettings(), planningBudget())
                .withFeed(FeedSettings.defaults().withPoll(java.time.Duration.ofMillis(feedPollMs)))
                .withMentoring(mentoringSettings());
        if (auditRetentionDays < 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--audit-retention-days must be 0 (keep forever) or more, was " + auditRetentionDays);
        }
        BesideServer.requireNoServer(neo4j, "it already serves this data directory");
        var skillgraph = neo4j.open(settings);
        skillgraph.startAuditRetention(auditRetentionDays);
        var clock = Clock.systemUTC();
        StartupTokens.print(skillgraph, demo && loadDemoIfEmpty(skillgraph, clock));
        skillgraph.prepareCurriculum();
        var server = ApiServer.create(
                        skillgraph.services(),
                        new ServerSettings(host, port, ServerSettings.DEFAULT_MAX_REQUEST_BYTES),
                        new SecuritySettings(rateLimit, rateBurst, failedAuthPerMinute, failedAuthBurst),
                        clock)
                .start();
        long sinceJvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("skillgraph ready on http://{}:{} ({} ms after start)", host, server.port(), sinceJvmStart);
        // Commands run beside this server find it here and work through its API (see BesideServer).
        var serverFile = ServerFile.ofThisProcess(host, server.port());
        if (neo4j.uri == null) {
            serverFile.write(neo4j.dataDir);
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("Shutting down");
                            if (neo4j.uri == null) {
                                serverFile.remove(neo4j.dataDir);
                            }
                            server.stop();
                            skillgraph.close();
                            stopped.countDown();
                        },
                        "skillgraph-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Loads the demo organisation into an empty graph, dated relative to today as {@code clock} sees it (so the
     * demo answers the same every day), and says whether it did.
     */
    static boolean loadDemoIfEmpty(org.skillgraph.api.app.Skillgraph skillgraph, Clock clock) {
        if (!skillgraph.isEmpty()) {
            LOG.info("The graph holds data: the demo organisation is not loaded again and no demo token is created"
                    + " (the start that loaded it printed them)");
            return false;
        }
        var report = DemoOrganisation.load(skillgraph.importer(), ImportProgress.none(), clock);
        LOG.info(
                "Demo organisation loaded: {} in {} ms",
                report.entities(),
                report.took().toMillis());
        return true;
    }

    /** The planning options as a budget; a value out of range is a usage error naming the option. */
    private PlanningBudget planningBudget() {
        try {
            return planning.budget();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The mentoring options as settings; a value out of range is a usage error naming the option. */
    private org.skillgraph.engine.mentoring.MentoringSettings mentoringSettings() {
        try {
            return coaching.mentoring();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The coaching options as settings; a value out of range is a usage error naming the option. */
    private CoachingSettings coachingSettings() {
        try {
            return coaching.settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
