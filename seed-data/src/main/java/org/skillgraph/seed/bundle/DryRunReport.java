package org.skillgraph.seed.bundle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Map;

/**
 * What importing a bundle would change, found by writing it in a transaction that is rolled back.
 *
 * @param changes per kind (topics, skills, roles, modules, people, cohorts, segments, badges), the bundle's
 *     entities that would be created, updated or left as they are
 * @param version the graph's {@code Meta.version} the bundle was checked against, which it keeps
 * @param took wall-clock time of validation and the rehearsal
 */
@JsonIgnoreProperties(value = "dryRun", allowGetters = true)
public record DryRunReport(Map<String, Changes> changes, long version, Duration took) {

    public DryRunReport {
        changes = Map.copyOf(changes);
    }

    /** Whether the bundle would be written: always {@code true}, for a reader of the JSON answer. */
    @JsonProperty("dryRun")
    public boolean dryRun() {
        return true;
    }

    /**
     * One kind's entities by what an import would do to them.
     *
     * @param created not in the graph yet
     * @param updated in the graph, and the import changes a property or an outgoing relationship
     * @param unchanged in the graph exactly as the bundle has it
     */
    public record Changes(int created, int updated, int unchanged) {}
}
