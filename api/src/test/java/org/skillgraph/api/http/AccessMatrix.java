package org.skillgraph.api.http;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/** The access table of {@code access-matrix.csv}: who may call each route, written down independently. */
final class AccessMatrix {

    /** The caller columns of the table, in order. */
    static final List<String> CALLERS =
            List.of("admin", "designer", "coordinator", "reader", "learner_self", "learner_other");

    /** The learner the tests' learner token is bound to: has a manager, a target role and coaching pairs. */
    static final String SELF = "p-008";

    /** Another person of the demo organisation. */
    static final String OTHER = "p-042";

    /** A person id no one has. */
    static final String NOBODY = "matrix-nobody";

    record Row(String method, String path, Map<String, String> decisions) {

        /** The route the row is about: a row may add query parameters (a dry run) to a route's path. */
        String key() {
            int query = path.indexOf('?');
            return method + " " + (query < 0 ? path : path.substring(0, query));
        }

        boolean open() {
            return "open".equals(decisions.get("admin"));
        }

        boolean allows(String caller) {
            return "y".equals(decisions.get(caller));
        }
    }

    private AccessMatrix() {}

    static List<Row> rows() {
        var format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var in = AccessMatrix.class.getResourceAsStream("access-matrix.csv");
                var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.stream()
                    .map(r -> new Row(
                            r.get("method"),
                            r.get("path"),
                            CALLERS.stream().collect(java.util.stream.Collectors.toMap(c -> c, r::get))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A concrete path for {@code row} as {@code caller} would send it. Reads name real entities (the learner's
     * own id for {@code learner_self}, another person for {@code learner_other}); writes name ids no one has,
     * so an allowed write is answered 404 or 400 and the graph stays as it was.
     */
    static String concrete(Row row, String caller) {
        boolean read = row.method().equals("get");
        String person = caller.equals("learner_other") ? OTHER : SELF;
        var path = row.path();
        if (path.startsWith("/api/v1/people/")) {
            String real = read || caller.startsWith("learner") ? person : NOBODY;
            path = path.replace("{id}", real).replace("{coachId}", real).replace("{learnerId}", OTHER);
        }
        if (path.startsWith("/api/v1/tokens/")) {
            path = path.replace("{id}", "tok-nobody");
        }
        String entity = read ? realEntity(path) : "matrix-none";
        return path.replace("{id}", entity)
                        .replace("{from}", "junior-data-analyst")
                        .replace("{skillId}", read ? "sql" : "matrix-none")
                        .replace("{prerequisiteId}", "matrix-none")
                        .replace("{matchId}", "matrix-none")
                        .replace("{badgeId}", "matrix-none")
                        .replace("{list}", "1")
                        .replace("{claimId}", "matrix-none")
                        .replace("{cs}", "matrix-none")
                        .replace("{evidenceId}", "matrix-none")
                        .replace("{mentorshipId}", "matrix-none")
                        .replace("{sourcedId}", "00000000-0000-4000-8000-000000000000")
                        .replace("{moduleId}", read ? "m-spreadsheets-essentials" : "matrix-none")
                + (path.equals("/api/v1/graph/neighbourhood") ? "?id=sql" : "");
    }

    private static String realEntity(String path) {
        if (path.startsWith("/api/v1/skills")) {
            return "sql";
        } else if (path.startsWith("/api/v1/roles")) {
            return "data-analyst";
        } else if (path.startsWith("/api/v1/modules")) {
            return "m-spreadsheets-essentials";
        } else if (path.startsWith("/api/v1/topics")) {
            return "t-technology";
        } else if (path.startsWith("/api/v1/cohorts")) {
            return "c-2026-q1-data-analysts";
        } else if (path.startsWith("/api/v1/frameworks")) {
            return "northwind";
        }
        return "matrix-none";
    }
}
