package org.skillgraph.engine.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * W3C Bitstring Status List v1.0 for revocation: each list holds {@link #SIZE} entries (16 KiB, the minimum
 * the specification asks for, so a list does not reveal how many credentials exist); index {@code i} of the
 * whole allocation lives in list {@code i / SIZE + 1} at bit {@code i % SIZE}, bit 0 being the most significant
 * bit of the first byte. The encoded list is the GZIP of the bits, base64url without padding, with the
 * multibase prefix {@code u}.
 */
public final class StatusLists {

    /** Entries per list. */
    public static final int SIZE = 131_072;

    private StatusLists() {}

    /** The list (1-based) holding allocation index {@code index}. */
    public static int list(long index) {
        return Math.toIntExact(index / SIZE + 1);
    }

    /** The {@code credentialStatus} entry of the credential at {@code index}. */
    static Map<String, Object> entry(long index, CredentialUrls urls) {
        var list = urls.statusList(list(index));
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", list + "#" + index % SIZE);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", "revocation");
        entry.put("statusListIndex", Long.toString(index % SIZE));
        entry.put("statusListCredential", list);
        return entry;
    }

    /** The encoded list whose set bits are {@code setBits} (positions within the list). */
    public static String encode(Collection<Integer> setBits) {
        var bits = new byte[SIZE / 8];
        for (int bit : setBits) {
            bits[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The BitstringStatusListCredential of list {@code list}. */
    static Map<String, Object> credential(
            int list, Collection<Integer> setBits, Map<String, Object> issuer, String validFrom, CredentialUrls urls) {
        var url = urls.statusList(list);
        var subject = new LinkedHashMap<String, Object>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encode(setBits));
        var vc = new LinkedHashMap<String, Object>();
        vc.put("@context", List.of(OpenBadgeCredentials.VC_CONTEXT));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuer);
        vc.put("validFrom", validFrom);
        vc.put("credentialSubject", subject);
        return vc;
    }
}
