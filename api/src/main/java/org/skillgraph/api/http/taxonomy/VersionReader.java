package org.skillgraph.api.http.taxonomy;

import java.util.Optional;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Reads an uploaded framework version with its format's importer, writing nothing: the bundle the importer
 * would write. Refused input throws as the import does (problem+json with a pointer per problem).
 */
@FunctionalInterface
public interface VersionReader {

    /**
     * @param file names the upload in problems
     * @param release O*NET's release when the zip's folder does not name it
     */
    Bundle read(VersionFormat format, String file, byte[] body, Optional<String> release);
}
