package org.skillgraph.engine.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the OpenBadgeCredential (Open Badges 3.0 on the W3C VC Data Model 2.0) of an award. Pure: the same
 * award, record and URLs give the same credential. The subject carries an opaque id that is new per credential
 * and the person's id only as a salted SHA-256 hash, so the credential names no one and two credentials of one
 * person cannot be linked through it.
 */
public final class OpenBadgeCredentials {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    private static final String[] LEVELS = {"none", "awareness", "foundation", "practitioner", "advanced", "expert"};

    private final String issuerName;

    public OpenBadgeCredentials(String issuerName) {
        this.issuerName = issuerName;
    }

    /** The issuer Profile the credentials name. */
    public Map<String, Object> issuer(CredentialUrls urls) {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("id", urls.issuer());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", issuerName);
        return issuer;
    }

    /** The credential of {@code award}, as issued in {@code issued}. */
    public Map<String, Object> credential(Award award, IssuedCredential issued, CredentialUrls urls) {
        var vc = new LinkedHashMap<String, Object>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", issued.id());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("name", award.name());
        vc.put("issuer", issuer(urls));
        vc.put("validFrom", validFrom(award));
        vc.put("credentialSubject", subject(award, issued, urls));
        vc.put("credentialStatus", StatusLists.entry(issued.statusIndex(), urls));
        vc.put("credentialSchema", List.of(Map.of("id", OB_SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        return vc;
    }

    /** When the badge was earned, as the credential's {@code validFrom}. */
    static String validFrom(Award award) {
        return DateTimeFormatter.ISO_INSTANT.format(
                award.earnedAt().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The badge's required levels in words. */
    public static String narrative(List<Award.Certified> skills) {
        if (skills.isEmpty()) {
            return "Awarded by the issuer; this badge certifies no skill level.";
        }
        return "Hold every one of these skills at the level named or above, as evidenced and current: "
                + skills.stream()
                        .map(s -> s.name() + " at level " + s.level() + " (" + word(s.level()) + ")")
                        .collect(Collectors.joining("; "))
                + ".";
    }

    private Map<String, Object> subject(Award award, IssuedCredential issued, CredentialUrls urls) {
        var identity = new LinkedHashMap<String, Object>();
        identity.put("type", "IdentityObject");
        identity.put("hashed", true);
        identity.put("identityHash", "sha256$" + sha256(award.personId() + issued.salt()));
        identity.put("identityType", "identifier");
        identity.put("salt", issued.salt());
        var subject = new LinkedHashMap<String, Object>();
        subject.put("id", issued.subject());
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement(award.definition(), urls));
        return subject;
    }

    /** The Achievement of a badge: what its credentials name, and what its URL serves. */
    public static Map<String, Object> achievement(BadgeDefinition badge, CredentialUrls urls) {
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", urls.achievement(badge.badgeId()));
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Badge");
        achievement.put("name", badge.name());
        achievement.put("description", badge.description() == null ? badge.name() : badge.description());
        achievement.put("criteria", Map.of("narrative", narrative(badge.skills())));
        var alignments = new ArrayList<Map<String, Object>>();
        for (var skill : badge.skills()) {
            var alignment = new LinkedHashMap<String, Object>();
            alignment.put("type", List.of("Alignment"));
            alignment.put("targetName", skill.name());
            alignment.put("targetUrl", urls.alignment(skill));
            alignment.put("targetType", "CFItem");
            alignment.put("targetCode", skill.skillId());
            if (skill.framework() != null) {
                alignment.put("targetFramework", skill.framework());
            }
            alignments.add(alignment);
        }
        if (!alignments.isEmpty()) {
            achievement.put("alignment", alignments);
        }
        return achievement;
    }

    private static String word(int level) {
        return level >= 0 && level < LEVELS.length ? LEVELS[level] : "level " + level;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
