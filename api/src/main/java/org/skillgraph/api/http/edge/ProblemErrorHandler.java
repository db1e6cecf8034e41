package org.skillgraph.api.http.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.skillgraph.api.http.Problem;
import org.skillgraph.api.http.auth.SecurityHeaders;

/**
 * Jetty's answer to what it refuses before a route runs (a malformed or too long URI, too large headers, a
 * broken request line): the same problem+json and security headers as every other answer, for every method,
 * in place of Jetty's HTML page, and the connection closed after it. Jetty's own reason is not echoed: it may
 * quote the refused input.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        var body = ByteBuffer.wrap(mapper.writeValueAsBytes(EdgeProblems.of(code)));
        var headers = response.getHeaders();
        SecurityHeaders.forEachOnError(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // Jetty drops the connection after some of these (a URI it cannot parse) and keeps it after others;
        // closing after every one, and saying so, leaves a client nothing to guess.
        headers.put(HttpHeader.CONNECTION, "close");
        headers.put(HttpHeader.CONTENT_LENGTH, Long.toString(body.remaining()));
        response.write(true, body, callback);
    }
}
