package org.skillgraph.engine.review;

/**
 * Who reviews: a person (reviewing the people below them in the reporting line), or a designated reviewer
 * (an admin token), who reviews anyone.
 *
 * @param personId the reviewing person; null for a designated reviewer without one
 * @param tokenId the token that decided, named on the claim when there is no person
 * @param designated whether they may review anyone
 */
public record Reviewer(String personId, String tokenId, boolean designated) {

    /** The id a decision and its evidence name as assessor. */
    public String id() {
        return personId != null ? personId : tokenId;
    }
}
