package org.skillgraph.engine.access;

/**
 * A token just created, with its secret: the only time the secret exists outside its holder's hands.
 *
 * @param secret the bearer value, {@code sgt_} followed by 43 base64url characters (256 random bits)
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=<hidden>]";
    }
}
