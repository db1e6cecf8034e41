package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A scale as {@code read/framework-scales} returns it, back in the bundle's form. */
final class StoredScale {

    private StoredScale() {}

    static Bundle.Scale of(Record r) {
        var levels = r.get("levels").asList(Value::asInt);
        boolean named = !r.get("names").isNull();
        var steps = new ArrayList<Bundle.ScaleStep>();
        for (int i = 0; i < levels.size(); i++) {
            steps.add(
                    named
                            ? new Bundle.ScaleStep(null, r.get("names").get(i).asString(), levels.get(i))
                            : new Bundle.ScaleStep(r.get("froms").get(i).asDouble(), null, levels.get(i)));
        }
        return new Bundle.Scale(
                r.get("name").asString(),
                r.get("min").isNull() ? null : r.get("min").asDouble(),
                r.get("max").isNull() ? null : r.get("max").asDouble(),
                steps);
    }
}
