package org.skillgraph.seed.onet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Imports the O*NET text database: reads and checks every file, maps them onto a bundle ({@link OnetMapping})
 * and hands that to the {@link BundleImporter}, which writes it in one transaction. A refused database writes
 * nothing; importing the same release again changes nothing.
 */
public final class OnetImporter {

    /** Problem code of a refused database. */
    public static final String INVALID = "invalid-onet-database";

    /** Files without which the database is refused. */
    static final List<String> REQUIRED = List.of(
            OnetFile.OCCUPATIONS, OnetFile.SKILLS, OnetFile.KNOWLEDGE, OnetFile.ABILITIES, OnetFile.CONTENT_MODEL);

    private static final Pattern RELEASE = Pattern.compile("\\d{1,3}\\.\\d{1,2}");

    private final BundleImporter bundles;

    public OnetImporter(BundleImporter bundles) {
        this.bundles = bundles;
    }

    /** A database read, checked and mapped, not yet written. */
    record Prepared(String release, OnetMapping.Result mapping, LinkedHashMap<String, Long> rows) {}

    /**
     * Checks and maps the database in {@code source}; throws {@link InterchangeException} listing every problem.
     *
     * @param release the release to import as; empty to take it from the folder name ({@code db_29_1_text})
     */
    Prepared prepare(OnetSource source, Optional<String> release) {
        var problems = new ArrayList<InterchangeProblem>();
        var chosen = release.filter(r -> !r.isBlank()).or(source::release);
        if (chosen.isEmpty()) {
            problems.add(new InterchangeProblem(
                    "",
                    "",
                    "the release is unknown: keep O*NET's folder name (db_29_1_text) or name it (release=29.1)"));
        } else if (!RELEASE.matcher(chosen.get()).matches()) {
            problems.add(new InterchangeProblem("", "", "release \"" + chosen.get() + "\" is not of the form 29.1"));
        }
        for (var name : REQUIRED) {
            if (!source.files().containsKey(name)) {
                problems.add(new InterchangeProblem(name, "", "required file missing"));
            }
        }
        var tables = new LinkedHashMap<String, OnetFile.Table>();
        var rows = new LinkedHashMap<String, Long>();
        for (var name : OnetFile.NAMES) {
            var bytes = source.files().get(name);
            if (bytes != null) {
                var table = OnetFile.read(name, bytes);
                problems.addAll(table.problems());
                tables.put(name, table);
                rows.put(name, (long) table.rows().size());
            }
        }
        if (!problems.isEmpty()) {
            throw new InterchangeException(INVALID, problems);
        }
        var mapping = OnetMapping.map(tables, chosen.get());
        if (!mapping.problems().isEmpty()) {
            throw new InterchangeException(INVALID, mapping.problems());
        }
        return new Prepared(chosen.get(), mapping, rows);
    }

    /**
     * Checks and maps the database and answers the bundle it maps onto (framework {@code onet-<release>}),
     * writing nothing: a new release read for a change set. Throws {@link InterchangeException} as an import does.
     */
    public org.skillgraph.seed.bundle.Bundle bundle(OnetSource source, Optional<String> release) {
        return prepare(source, release).mapping().bundle();
    }

    /** Checks, maps and writes the database; with {@code dryRun} reports what it would change and writes nothing. */
    public OnetImportReport importDatabase(
            OnetSource source, Optional<String> release, boolean dryRun, ImportProgress progress) {
        var prepared = prepare(source, release);
        var mapping = prepared.mapping();
        var framework = mapping.bundle().frameworks().get(0).id();
        try {
            if (dryRun) {
                var rehearsal = bundles.dryRun(mapping.bundle());
                return new OnetImportReport(
                        prepared.release(),
                        framework,
                        prepared.rows(),
                        mapping.mapped(),
                        mapping.skipped(),
                        null,
                        rehearsal);
            }
            var written = bundles.importBundle(mapping.bundle(), progress);
            return new OnetImportReport(
                    prepared.release(), framework, prepared.rows(), mapping.mapped(), mapping.skipped(), written, null);
        } catch (BundleValidationException e) {
            // The graph refused the mapped database (an id another kind holds, say): name it in O*NET's terms.
            throw new InterchangeException(
                    INVALID,
                    e.problems().stream()
                            .map(p -> new InterchangeProblem(
                                    "", "", "the mapped database was refused at " + p.pointer() + ": " + p.message()))
                            .toList());
        }
    }
}
