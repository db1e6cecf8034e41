package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Imports a CASE 1.1 CFPackage: checks it against the official schema, maps it onto a bundle
 * ({@link CaseMapping}) and hands that to the {@link BundleImporter}, which checks it against the graph and
 * writes it in one transaction. Refused packages write nothing; re-importing a package changes nothing.
 */
public final class CaseImporter {

    /** Problem code of a refused package. */
    public static final String INVALID = "invalid-case-package";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    static {
        JSON.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final Driver driver;
    private final SessionConfig session;
    private final BundleImporter bundles;

    public CaseImporter(Driver driver, SessionConfig session, BundleImporter bundles) {
        this.driver = driver;
        this.session = session;
        this.bundles = bundles;
    }

    /** A package checked and mapped, not yet written: what a dry run shows. */
    public record Prepared(CaseMapping.Result mapping, SchemaVerdict verdict) {}

    /** Parses, checks and maps {@code json}; throws {@link InterchangeException} listing every problem. */
    public Prepared prepare(String file, InputStream json) {
        var tree = parse(file, json);
        var verdict = SchemaVerdict.of(file, CaseSchema.violations(tree));
        if (!verdict.refusals().isEmpty()) {
            throw new InterchangeException(INVALID, verdict.refusals());
        }
        var mapping = CaseMapping.map(file, tree, existing(CaseMapping.outsideReferences(tree)));
        if (!mapping.problems().isEmpty()) {
            throw new InterchangeException(INVALID, mapping.problems());
        }
        return new Prepared(mapping, verdict);
    }

    /** Checks, maps and writes the package in {@code json}. */
    public CaseImportReport importPackage(String file, InputStream json, ImportProgress progress) {
        var prepared = prepare(file, json);
        var mapping = prepared.mapping();
        var written = bundles.importBundle(mapping.bundle(), progress);
        return new CaseImportReport(
                mapping.bundle().frameworks().get(0).id(),
                written,
                mapping.mapped(),
                mapping.unmapped(),
                mapping.unmappedSample(),
                prepared.verdict().deviations(),
                prepared.verdict().sample());
    }

    private static JsonNode parse(String file, InputStream json) {
        try {
            var tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InterchangeException(INVALID, List.of(new InterchangeProblem(file, "", "the file is empty")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            var at = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InterchangeException(
                    INVALID,
                    List.of(new InterchangeProblem(file, "", "not valid JSON" + at + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> existing(Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return BundleImporter.translated(() -> {
            try (var s = driver.session(session)) {
                return new HashSet<>(s.executeRead(
                        tx -> tx.run(UpsertQueries.existingIds("Skill"), Map.of("ids", List.copyOf(ids)))
                                .list(r -> r.get("id").asString())));
            }
        });
    }
}
