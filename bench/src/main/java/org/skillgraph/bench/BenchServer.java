package org.skillgraph.bench;

import java.time.Clock;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.ApiServer;
import org.skillgraph.api.http.ServerSettings;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;

/**
 * The API on a loopback port for a load run, with a coordinator's token: production settings (token checks,
 * the access gate, the audit log) except the rate limit, which the load itself would trip.
 */
record BenchServer(ApiServer server, String token) {

    /** No rate limit: the benchmark is the load. */
    static final SecuritySettings NO_RATE_LIMIT = new SecuritySettings(0, 0);

    static BenchServer start(Skillgraph skillgraph, SecuritySettings security, String tokenLabel) {
        var server = ApiServer.create(skillgraph.services(), ServerSettings.loopback(0), security, Clock.systemUTC())
                .start();
        var token = skillgraph
                .services()
                .security()
                .tokens()
                .issue(AccessRole.COORDINATOR, null, tokenLabel)
                .secret();
        return new BenchServer(server, token);
    }
}
