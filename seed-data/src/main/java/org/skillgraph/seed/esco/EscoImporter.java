package org.skillgraph.seed.esco;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.seed.KnownFrameworks;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * Imports ESCO's CSV export (see {@code docs/esco.md}): skill groups as topics, skills, occupations as
 * roles, the skill hierarchy, occupations' essential and optional skills as needs, and skill-skill
 * relations. The export is large, so it is written in batches of {@value #BATCH_SIZE} rows, each in its
 * own transaction; every statement is an idempotent {@code UNWIND … MERGE}, so an interrupted import is
 * completed by running it again, and re-importing the same export changes nothing but {@code Meta.version}.
 */
public final class EscoImporter {

    /** Rows per transaction: large enough to amortise commits, small enough to keep each one short. */
    static final int BATCH_SIZE = 5_000;

    /** Recorded as {@code Meta.escoVersion} when neither the caller nor the file names give a version. */
    static final String UNKNOWN_VERSION = "unknown";

    private final Driver driver;
    private final SessionConfig session;
    private final TransactionConfig config;

    /**
     * @param timeout of each batch's transaction
     */
    public EscoImporter(Driver driver, SessionConfig session, Duration timeout) {
        this.driver = driver;
        this.session = session;
        this.config = TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "skillgraph-import", "kind", "esco"))
                .build();
    }

    /**
     * Checks that {@code export} is complete and well-formed (every file is read once before anything is
     * written), then writes it.
     *
     * @param escoVersion the version to record; {@code null} takes it from the zip or folder names
     * @throws EscoFormatException when the export is incomplete or malformed; nothing was written then
     */
    public EscoImportReport importEsco(EscoExport export, String escoVersion, ImportProgress progress) {
        long start = System.nanoTime();
        export.checkComplete();
        var version = escoVersion != null && !escoVersion.isBlank()
                ? escoVersion.strip()
                : export.version().orElse(UNKNOWN_VERSION);
        long total = Arrays.stream(EscoFile.values())
                .mapToLong(f -> export.read(f, row -> {}))
                .sum();
        var run = new EscoRun(export, progress, total);
        return BundleImporter.translated(() -> write(export, run, version, start));
    }

    private EscoImportReport write(EscoExport export, EscoRun run, String version, long start) {
        try (var s = driver.session(session)) {
            var writer = new BatchWriter(s, config, BATCH_SIZE);
            run.write(writer);
            long graphVersion = s.executeWrite(
                    tx -> {
                        tx.run(UpsertQueries.setMeta(), Map.of("properties", Map.of("escoVersion", version)))
                                .consume();
                        var framework = new java.util.HashMap<>(KnownFrameworks.esco());
                        framework.put("version", version);
                        tx.run(
                                        CypherResources.statement("write/esco-framework"),
                                        Map.of("id", KnownFrameworks.escoId(version), "properties", framework))
                                .consume();
                        return tx.run(UpsertQueries.bumpVersion())
                                .single()
                                .get("version")
                                .asLong();
                    },
                    config);
            return run.report(version, writer, graphVersion, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
