package org.skillgraph.seed.esco;

/**
 * The files given are not (or not all of) an ESCO CSV export: a file is missing, a zip is damaged, a
 * column is absent or a CSV record is malformed. Raised before anything is written where it can be
 * (missing files, headers, CSV syntax); the message names the file and says what is wrong.
 */
public final class EscoFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EscoFormatException(String message) {
        super(message);
    }

    public EscoFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
