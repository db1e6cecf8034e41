package org.skillgraph.engine.error;

import java.util.List;

/** The request cannot be answered as asked; {@link #errors()} names each bad value. */
public final class InvalidRequestException extends SkillgraphException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(String code, String message, List<FieldError> errors) {
        super(code, message, null);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String message, List<FieldError> errors) {
        this("invalid-request", message, errors);
    }

    public static InvalidRequestException of(String pointer, String message) {
        return new InvalidRequestException(message, List.of(new FieldError(pointer, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
