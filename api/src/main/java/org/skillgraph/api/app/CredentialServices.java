package org.skillgraph.api.app;

import java.util.function.BinaryOperator;
import org.skillgraph.engine.credential.CredentialService;

/**
 * Open Badges 3.0 out, and the CASE provider's id rule it aligns skills with: {@code cfItemId.apply(framework,
 * skill)} is the sourcedId under which {@code /ims/case/v1p1/CFItems/} serves a skill.
 */
public record CredentialServices(CredentialService credentials, BinaryOperator<String> cfItemId) {}
