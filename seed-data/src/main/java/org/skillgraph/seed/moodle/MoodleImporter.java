package org.skillgraph.seed.moodle;

import java.util.List;
import java.util.regex.Pattern;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.BundleProblem;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.bundle.ImportReport;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Imports a Moodle competency framework CSV ({@code admin/tool/lpimportcsv}): reads and checks every row
 * ({@link MoodleCsvReader}), maps the file onto a bundle ({@link MoodleMapping}) and hands that to the
 * {@link BundleImporter}, which checks it against the graph and writes it in one transaction. A refused file
 * writes nothing; re-importing a file changes nothing.
 */
public final class MoodleImporter {

    /** Problem code of a refused file. */
    public static final String INVALID = "invalid-moodle-csv";

    private static final Pattern MAPPED_SKILL = Pattern.compile("/skills/(\\d+)");

    private final BundleImporter bundles;

    public MoodleImporter(BundleImporter bundles) {
        this.bundles = bundles;
    }

    /** Checks and writes {@code csv}; with {@code dryRun} checks it the same way and writes nothing. */
    public MoodleImportReport importCsv(String file, byte[] csv, boolean dryRun, ImportProgress progress) {
        var mapping = prepare(file, csv);
        var bundle = mapping.bundle();
        ImportReport written = null;
        DryRunReport rehearsed = null;
        try {
            if (dryRun) {
                rehearsed = bundles.dryRun(bundle);
            } else {
                written = bundles.importBundle(bundle, progress);
            }
        } catch (BundleValidationException e) {
            // The graph refused the mapped framework (an id another framework's skill holds, a cycle with what it
            // holds): say so at the file's own lines, not with pointers into a bundle the caller never sent.
            throw new InterchangeException(
                    INVALID,
                    e.problems().stream().map(p -> inFile(file, mapping, p)).toList());
        }
        var framework = bundle.frameworks().get(0);
        return new MoodleImportReport(
                framework.id(),
                framework.scale() == null ? List.of() : framework.scale().mapping(),
                written,
                rehearsed,
                mapping.mapped(),
                mapping.unmapped(),
                mapping.unmappedSample());
    }

    /**
     * Reads and maps {@code csv} and answers the bundle it maps onto, writing nothing: a new version of a
     * framework read for a change set. Throws {@link InterchangeException} as an import does.
     */
    public static org.skillgraph.seed.bundle.Bundle bundle(String file, byte[] csv) {
        return prepare(file, csv).bundle();
    }

    /** Reads and maps {@code csv}; throws {@link InterchangeException} listing every problem found. */
    static MoodleMapping.Result prepare(String file, byte[] csv) {
        var read = MoodleCsvReader.read(file, csv);
        if (!read.problems().isEmpty()) {
            throw new InterchangeException(INVALID, read.problems());
        }
        var mapping = MoodleMapping.map(file, read.rows());
        if (!mapping.problems().isEmpty()) {
            throw new InterchangeException(INVALID, mapping.problems());
        }
        return mapping;
    }

    private static InterchangeProblem inFile(String file, MoodleMapping.Result mapping, BundleProblem problem) {
        var matcher = MAPPED_SKILL.matcher(problem.pointer());
        if (matcher.lookingAt()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < mapping.skillLines().size()) {
                return new InterchangeProblem(
                        file,
                        MoodleCsvReader.pointer(mapping.skillLines().get(index), MoodleMapping.ID),
                        problem.message());
            }
        }
        if (problem.pointer().startsWith("/frameworks")) {
            return new InterchangeProblem(
                    file, MoodleCsvReader.pointer(mapping.frameworkLine(), MoodleMapping.ID), problem.message());
        }
        return new InterchangeProblem(file, "", "the mapped framework was refused: " + problem.message());
    }
}
