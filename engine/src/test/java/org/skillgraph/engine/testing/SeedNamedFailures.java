package org.skillgraph.engine.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts a failing case's display name ({@code seed …} for the seeded property tests) in front of its assertion
 * message: Surefire reports a parameterized case by index, and the seed is what reproduces it.
 */
public final class SeedNamedFailures implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof AssertionError) {
            throw new AssertionError(context.getDisplayName() + ": " + failure.getMessage(), failure);
        }
        throw failure;
    }
}
