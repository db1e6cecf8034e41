package org.skillgraph.api.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.skillgraph.seed.casepkg.CaseImporter;
import org.skillgraph.seed.moodle.MoodleImporter;
import org.skillgraph.seed.onet.OnetImporter;

/**
 * Exchange formats in and out: the CASE, Moodle and O*NET importers, and what the CASE provider serves from: the curriculum as
 * the full export has it and the time each framework last changed.
 */
public record InterchangeServices(
        CaseImporter cases,
        Supplier<JsonNode> curriculum,
        Function<String, Optional<OffsetDateTime>> changedAt,
        MoodleImporter moodle,
        OnetImporter onet) {}
