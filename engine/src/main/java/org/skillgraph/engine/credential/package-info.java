/**
 * Open Badges 3.0 out: an earned badge as an OpenBadgeCredential (W3C VC 2.0), signed as a VC-JWT with the
 * issuer's key, revocable through a Bitstring Status List whose index allocation lives in the graph, and
 * verified against the issuer's own keys and list. No HTTP, no JSON library: credentials are plain maps.
 */
package org.skillgraph.engine.credential;
