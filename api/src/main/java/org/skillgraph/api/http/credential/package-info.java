/**
 * Open Badges 3.0 out over HTTP: a person's earned badge as a signed credential, the issuer Profile, its JWKS,
 * the status lists, revocation and verification. Handlers only; everything else is in the engine's
 * {@code credential} package.
 */
package org.skillgraph.api.http.credential;
