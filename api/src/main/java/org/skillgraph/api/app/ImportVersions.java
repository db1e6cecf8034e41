package org.skillgraph.api.app;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeSet;
import org.skillgraph.engine.taxonomy.FrameworkVersions;
import org.skillgraph.seed.KnownFrameworks;
import org.skillgraph.seed.bundle.BundleReader;
import org.skillgraph.seed.bundle.ImportReport;
import org.skillgraph.seed.esco.EscoImportReport;

/**
 * Records a direct import (no change set) as a version of each framework it wrote, with its source, importer and
 * a summary, so that a framework's history lists it and a later change set is based on it.
 */
public record ImportVersions(FrameworkVersions versions) {

    /** Over the versions of {@code taxonomy}; a composition without the taxonomy (some tests') records nothing. */
    public static ImportVersions of(TaxonomyServices taxonomy) {
        return new ImportVersions(taxonomy == null ? null : taxonomy.versions());
    }

    /** A bundle import: a version of every framework the bundle puts skills into or declares. */
    public void bundle(byte[] body, String source, ImportReport report, String importer) {
        if (versions == null) {
            return;
        }
        var bundle = new BundleReader().read(new ByteArrayInputStream(body));
        var frameworks = new TreeSet<String>();
        bundle.frameworks().forEach(f -> frameworks.add(f.id()));
        // Skills that name no framework stay where they are (or go to the local one): no version is recorded for them.
        bundle.skills().stream()
                .map(bundle::frameworkOf)
                .filter(java.util.Objects::nonNull)
                .forEach(frameworks::add);
        frameworks.forEach(f -> one(f, source, report, importer));
    }

    /** An import of one framework (CASE, Moodle, O*NET). */
    public void one(String framework, String source, ImportReport report, String importer) {
        if (versions != null && report != null) {
            versions.recordImport(framework, source, importer, summary(report.entities(), report.nodesCreated()));
        }
    }

    /** An ESCO import: a version of {@code esco-<version>}. */
    public void esco(EscoImportReport report, String importer) {
        if (versions == null) {
            return;
        }
        var nodes = report.nodes();
        versions.recordImport(
                KnownFrameworks.escoId(report.escoVersion()),
                "esco " + report.escoVersion(),
                importer,
                "direct import: " + nodes.getOrDefault("Skill", 0L) + " skills, " + nodes.getOrDefault("Role", 0L)
                        + " roles; " + report.nodesCreated() + " nodes created");
    }

    private static String summary(Map<String, Integer> entities, int created) {
        return "direct import: " + entities.getOrDefault("skills", 0) + " skills, " + entities.getOrDefault("roles", 0)
                + " roles; " + created + " nodes created";
    }
}
