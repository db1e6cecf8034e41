package org.skillgraph.engine.credential;

import java.util.Map;

/** A credential as JSON-ready maps and as its compact JWS (VC-JWT). */
public record SignedCredential(Map<String, Object> credential, String jwt) {}
