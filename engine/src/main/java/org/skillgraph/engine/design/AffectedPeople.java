package org.skillgraph.engine.design;

import java.util.List;

/**
 * The people a finding is about: how many, and the first of them by id. People data: the API shows the sample
 * only to callers who may read people's data.
 *
 * @param count how many people
 * @param sample the first {@link #SAMPLE_SIZE} of their ids, in id order
 */
public record AffectedPeople(int count, List<String> sample) {

    public static final int SAMPLE_SIZE = 5;

    public AffectedPeople {
        sample = List.copyOf(sample);
    }

    /** The count alone, for callers who may not see who. */
    public AffectedPeople withoutSample() {
        return new AffectedPeople(count, List.of());
    }
}
