package org.skillgraph.engine.credential;

/**
 * Where the things a credential names live. The HTTP layer supplies them, as it knows the server's base URL
 * and how skills map to CASE CFItems.
 */
public interface CredentialUrls {

    /** The issuer Profile. */
    String issuer();

    /** The Achievement of a badge. */
    String achievement(String badgeId);

    /** The alignment target of a certified skill (its CASE CFItem). */
    String alignment(Award.Certified skill);

    /** The status list credential of list {@code list} (1-based). */
    String statusList(int list);
}
