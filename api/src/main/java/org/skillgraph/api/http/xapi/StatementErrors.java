package org.skillgraph.api.http.xapi;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** The problems found in a request of statements; nothing is written while there is one. */
final class StatementErrors {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
    }

    int count() {
        return errors.size();
    }

    void throwIfAny() {
        throwIfAnyAs("invalid-xapi-statement");
    }

    void throwIfAnyAs(String code) {
        if (!errors.isEmpty()) {
            var first = errors.get(0);
            throw new InvalidRequestException(
                    code,
                    errors.size() + " problem(s), first at '" + first.pointer() + "': " + first.message()
                            + "; nothing was stored",
                    errors);
        }
    }
}
