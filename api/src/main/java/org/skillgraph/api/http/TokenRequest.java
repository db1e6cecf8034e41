package org.skillgraph.api.http;

import java.util.ArrayList;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** Body of {@code POST /api/v1/tokens}: the role, the person a learner token is bound to, and a label. */
record TokenRequest(String role, String personId, String label) {

    static final int MAX_LABEL = 200;

    AccessRole validRole() {
        var errors = new ArrayList<FieldError>();
        var parsed = AccessRole.fromWire(role);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(
                    "/role", "role must be one of admin, designer, coordinator, reader, learner, connector"));
        }
        if (label != null && label.length() > MAX_LABEL) {
            errors.add(new FieldError("/label", "label must be at most " + MAX_LABEL + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-token-request", "The token request is not valid", errors);
        }
        return parsed.orElseThrow();
    }
}
