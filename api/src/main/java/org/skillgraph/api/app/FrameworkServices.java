package org.skillgraph.api.app;

import org.skillgraph.engine.crosswalk.CrosswalkRepository;
import org.skillgraph.engine.editing.CrosswalkEditor;
import org.skillgraph.engine.framework.FrameworkRepository;
import org.skillgraph.seed.export.BundleExporter;

/** Frameworks in and out: framework reads, crosswalks, the full export and the living taxonomy (versions, change sets). */
public record FrameworkServices(
        FrameworkRepository frameworks,
        CrosswalkRepository crosswalks,
        CrosswalkEditor crosswalkEditor,
        BundleExporter exporter,
        InterchangeServices interchange,
        TaxonomyServices taxonomy) {

    /** Without the living taxonomy (tests that do not reach it). */
    public FrameworkServices(
            FrameworkRepository frameworks,
            CrosswalkRepository crosswalks,
            CrosswalkEditor crosswalkEditor,
            BundleExporter exporter,
            InterchangeServices interchange) {
        this(frameworks, crosswalks, crosswalkEditor, exporter, interchange, null);
    }
}
