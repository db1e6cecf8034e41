package org.skillgraph.engine.credential;

import java.util.List;

/**
 * What verifying a credential found: {@code valid} when every check passed; {@code checks} names each one
 * (signature, claims, expiry, status) with its outcome; {@code problems} says, in words, why one failed.
 */
public record Verification(boolean valid, List<Check> checks, List<String> problems) {

    /** One check and its outcome ({@code passed}, {@code failed} or {@code skipped}). */
    public record Check(String name, String outcome, String detail) {}

    public Verification {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }
}
