package org.skillgraph.api.app;

import org.skillgraph.engine.crosswalk.CrosswalkRepository;
import org.skillgraph.engine.editing.CrosswalkEditor;
import org.skillgraph.engine.framework.FrameworkRepository;
import org.skillgraph.seed.export.BundleExporter;

/** Frameworks in and out: framework reads, crosswalks between frameworks and the full export. */
public record FrameworkServices(
        FrameworkRepository frameworks,
        CrosswalkRepository crosswalks,
        CrosswalkEditor crosswalkEditor,
        BundleExporter exporter,
        InterchangeServices interchange) {}
