package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.testing.SeedNamedFailures;

/**
 * The claim the planner and the oracle rest on: a set of modules can be taken in some order exactly when the
 * greedy fixpoint takes all of it. Checked against every permutation of every subset on tiny curricula.
 */
@ExtendWith(SeedNamedFailures.class)
class FixpointProperties {

    static LongStream seeds() {
        return RandomCurricula.seeds(400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldFindAnOrderExactlyWhenTheFixpointAppliesEveryModule(long seed) {
        RouteInstance instance = RandomCurricula.instance(seed, 6);
        int modules = instance.modules().size();
        LiteralRules rules = new LiteralRules(instance);
        int[] applied = new int[1];
        for (int subset = 0; subset < 1 << modules; subset++) {
            rules.fixpoint(subset, applied);
            List<Integer> members = new ArrayList<>();
            for (int m = 0; m < modules; m++) {
                if ((subset >> m & 1) == 1) {
                    members.add(m);
                }
            }
            assertThat(someOrderWorks(rules, members, new ArrayList<>()))
                    .as("subset %s", members)
                    .isEqualTo(applied[0] == subset);
        }
    }

    private static boolean someOrderWorks(LiteralRules rules, List<Integer> left, List<Integer> prefix) {
        if (rules.run(prefix) == null) {
            return false;
        }
        if (left.isEmpty()) {
            return true;
        }
        for (int i = 0; i < left.size(); i++) {
            List<Integer> rest = new ArrayList<>(left);
            prefix.add(rest.remove(i));
            boolean works = someOrderWorks(rules, rest, prefix);
            prefix.remove(prefix.size() - 1);
            if (works) {
                return true;
            }
        }
        return false;
    }
}
