package org.skillgraph.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;

/**
 * What the sealed request handles cost: sealing and opening one in process, and a learner's own coach ranking (five
 * handles, no coach ids, not audited) next to the same ranking read by a coordinator (ids, no handles, audited).
 */
final class MentoringBench {

    static final String NOTE = "A handle is an encrypted JWT (JWE dir + A256GCM) sealing learner, coach, skills and"
            + " expiry. `seal` and `open` are one handle each, in process, one caller. The two HTTP rows read the same"
            + " person's top-5 coaches: the learner's own token (each candidate's id replaced by a sealed handle;"
            + " reads of one's own data are not audited) and a coordinator's token (ids, no handles; an audited"
            + " read). They differ in the handles and in the audit, so the difference is an upper bound on what the"
            + " handles add.";

    private MentoringBench() {}

    static List<LoadDriver.Result> run(Duration warmUp, Duration measure) throws Exception {
        var results = new ArrayList<LoadDriver.Result>();
        try (var demo = new DemoGraph()) {
            var api = BenchServer.start(demo.skillgraph, new SecuritySettings(1_000_000, 1_000_000), "benchmark");
            var handles = demo.skillgraph.services().mentoring().requests().handles();
            var self = demo.peopleWithTargets.get(0);
            var learnerToken = demo.skillgraph
                    .services()
                    .security()
                    .tokens()
                    .issue(AccessRole.LEARNER, self, "benchmark")
                    .secret();
            try {
                var skills = List.of("sql", "data-visualisation");
                var sealed = handles.issue(self, "p-172", skills);
                var loop = new WarmLoop(warmUp, measure);
                results.add(loop.run("handle: seal", i -> handles.issue(self, "p-172", skills)));
                results.add(loop.run("handle: open and check", i -> handles.redeem(self, sealed)));
                var url = URI.create(
                        "http://127.0.0.1:" + api.server().port() + "/api/v1/people/" + self + "/coaches?k=5");
                // The first reads build the curriculum snapshot and the org chart: on a busy machine longer than a
                // load run's request timeout, so they are made once, unmeasured, with a generous one.
                for (var token : List.of(api.token(), learnerToken)) {
                    var first = java.net.http.HttpRequest.newBuilder(url)
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofMinutes(3))
                            .build();
                    java.net.http.HttpClient.newHttpClient()
                            .send(first, java.net.http.HttpResponse.BodyHandlers.discarding());
                }
                results.add(new LoadDriver(warmUp, measure, api.token())
                        .run("coaches k=5, coordinator (ids, no handles)", 1, i -> url));
                results.add(new LoadDriver(warmUp, measure, learnerToken)
                        .run("coaches k=5, own ranking (5 sealed handles)", 1, i -> url));
                results.add(new LoadDriver(warmUp, measure, api.token())
                        .run("coaches k=5, coordinator (ids, no handles), again", 1, i -> url));
            } finally {
                api.server().stop();
            }
        }
        return results;
    }
}
