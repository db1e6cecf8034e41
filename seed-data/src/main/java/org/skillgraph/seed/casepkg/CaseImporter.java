package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.BundleProblem;
import org.skillgraph.seed.bundle.BundleValidationException;
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

    /** A pointer into the mapped bundle's skills, whose index finds the CFItem the skill came from. */
    private static final Pattern MAPPED_SKILL = Pattern.compile("/skills/(\\d+)");

    // A repeated key is refused, as in bundles, rather than silently keeping its last value.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
    public record Prepared(JsonNode tree, CaseMapping.Result mapping, SchemaVerdict verdict) {}

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
        return new Prepared(tree, mapping, verdict);
    }

    /**
     * Checks and maps the package in {@code json} and answers the bundle it maps onto, writing nothing: a new
     * version of a framework read for a change set.
     */
    public org.skillgraph.seed.bundle.Bundle bundle(String file, InputStream json) {
        return prepare(file, json).mapping().bundle();
    }

    /** Checks, maps and writes the package in {@code json}. */
    public CaseImportReport importPackage(String file, InputStream json, ImportProgress progress) {
        var prepared = prepare(file, json);
        var mapping = prepared.mapping();
        var written = inPackageTerms(file, prepared, () -> bundles.importBundle(mapping.bundle(), progress));
        return new CaseImportReport(
                mapping.bundle().frameworks().get(0).id(),
                written,
                mapping.mapped(),
                mapping.unmapped(),
                mapping.unmappedSample(),
                prepared.verdict().deviations(),
                prepared.verdict().sample());
    }

    /**
     * Checks and maps the package as {@link #importPackage} does and reports what the import would change,
     * writing nothing; a refused package throws as an import does.
     */
    public CaseDryRunReport dryRun(String file, InputStream json) {
        long start = System.nanoTime();
        var prepared = prepare(file, json);
        var mapping = prepared.mapping();
        var changes = inPackageTerms(file, prepared, () -> bundles.dryRun(mapping.bundle()));
        return new CaseDryRunReport(
                mapping.bundle().frameworks().get(0).id(),
                changes.changes(),
                changes.version(),
                Duration.ofNanos(System.nanoTime() - start),
                mapping.mapped(),
                mapping.unmapped(),
                mapping.unmappedSample(),
                prepared.verdict().deviations(),
                prepared.verdict().sample());
    }

    /**
     * The graph refused the mapped framework (a cycle with what it holds, an id another kind holds): say so in
     * the package's own terms, not with pointers into a bundle the caller never sent.
     */
    private static <T> T inPackageTerms(String file, Prepared prepared, Supplier<T> work) {
        try {
            return work.get();
        } catch (BundleValidationException e) {
            throw new InterchangeException(
                    INVALID,
                    e.problems().stream().map(p -> inPackage(file, prepared, p)).toList());
        }
    }

    /** A problem of the mapped bundle at the CFItem it came from ({@code /skills/3/requires/0} → that item). */
    private static InterchangeProblem inPackage(String file, Prepared prepared, BundleProblem problem) {
        var matcher = MAPPED_SKILL.matcher(problem.pointer());
        if (matcher.lookingAt()) {
            var skills = prepared.mapping().bundle().skills();
            int index = Integer.parseInt(matcher.group(1));
            if (index < skills.size()) {
                var id = skills.get(index).id();
                var items = prepared.tree().path("CFItems");
                for (int i = 0; i < items.size(); i++) {
                    if (CaseIds.graphId(items.get(i).path("identifier").asText())
                            .equals(id)) {
                        return new InterchangeProblem(file, "/CFItems/" + i, problem.message());
                    }
                }
            }
        }
        return new InterchangeProblem(file, "", "the mapped framework was refused: " + problem.message());
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
