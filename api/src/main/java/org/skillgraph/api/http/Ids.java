package org.skillgraph.api.http;

/** The id of a body written to a collection (POST: in the body) or to an entity (PUT: in the path). */
final class Ids {

    private Ids() {}

    /**
     * The entity's id: required in a POST body; in a PUT the path names it and the body may repeat it.
     *
     * @param pathId the id in the path, or {@code null} for a POST
     */
    static String of(BodyCheck check, String bodyId, String pathId) {
        if (pathId == null) {
            if (check.present("/id", bodyId)) {
                check.id("/id", bodyId);
            }
            return bodyId;
        }
        if (bodyId != null && !bodyId.equals(pathId)) {
            check.fail("/id", "must be the id in the path ('" + QueryParams.abbreviate(pathId) + "') or be left out");
        }
        return pathId;
    }
}
