package org.skillgraph.api.app;

import org.skillgraph.engine.taxonomy.ChangeSetApplier;
import org.skillgraph.engine.taxonomy.ChangeSetStore;
import org.skillgraph.engine.taxonomy.EntityHistory;
import org.skillgraph.engine.taxonomy.FrameworkVersions;

/** The living taxonomy: change sets (made, reviewed, applied), framework versions and entity histories. */
public record TaxonomyServices(
        ChangeSetStore changeSets, ChangeSetApplier applier, FrameworkVersions versions, EntityHistory history) {}
