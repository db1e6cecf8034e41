package org.skillgraph.seed.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;

/**
 * The people's evidence history and module attempts of a bundle as batches. A hold of a skill the person has
 * evidence history for is recorded as evidence too (with its own source), so the history explains the current
 * level; a hold without history stands alone and counts as one piece of evidence of its own wherever levels
 * are derived. Evidence ids are derived from the evidence itself, so re-importing a bundle creates nothing.
 */
final class EvidenceRows {

    private EvidenceRows() {}

    static List<BundleRows.Batch> of(List<Bundle.Person> people) {
        var evidence = new LinkedHashMap<String, Map<String, Object>>();
        var attempts = new ArrayList<Map<String, Object>>();
        for (var p : people) {
            for (var e : p.evidence()) {
                add(
                        evidence,
                        p.id(),
                        e.skill(),
                        e.source(),
                        e.level(),
                        e.at(),
                        e.score(),
                        e.confidence(),
                        e.expiresAt());
            }
            var evidenced = new java.util.HashSet<String>();
            p.evidence().forEach(e -> evidenced.add(e.skill()));
            for (var h : p.holds()) {
                // Only where the person has a history for the skill: a bare hold already counts as one piece
                // of import evidence wherever levels are derived, and copying every hold of a large bundle
                // into Evidence nodes tripled its transaction (600,000 holds overran 4 GiB).
                if (h.level() > 0 && evidenced.contains(h.skill())) {
                    var source = h.source() == null ? "import" : h.source();
                    add(evidence, p.id(), h.skill(), source, h.level(), h.at(), null, h.confidence(), null);
                }
            }
            for (var a : p.attempts()) {
                var row = new HashMap<String, Object>();
                row.put("person", p.id());
                row.put("module", a.module());
                row.put("at", a.at());
                row.put("score", a.score());
                row.put("passed", a.passed());
                attempts.add(row);
            }
        }
        var batches = new ArrayList<BundleRows.Batch>();
        if (!evidence.isEmpty()) {
            batches.add(new BundleRows.Batch(
                    "Evidence", CypherResources.statement("write/import-evidence"), List.copyOf(evidence.values())));
        }
        if (!attempts.isEmpty()) {
            batches.add(
                    new BundleRows.Batch("ATTEMPTED", CypherResources.statement("write/import-attempts"), attempts));
        }
        return batches;
    }

    private static void add(
            Map<String, Map<String, Object>> rows,
            String person,
            String skill,
            String source,
            int level,
            java.time.LocalDate at,
            Double score,
            Double confidence,
            java.time.LocalDate expiresAt) {
        var id = "ev-" + hash(person + "|" + skill + "|" + source + "|" + level + "|" + at);
        var properties = new HashMap<String, Object>();
        properties.put("source", source);
        properties.put("level", level);
        properties.put("at", at);
        if (score != null) {
            properties.put("score", score);
        }
        if (confidence != null) {
            properties.put("confidence", confidence);
        }
        if (expiresAt != null) {
            properties.put("expiresAt", expiresAt);
        }
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("person", person);
        row.put("skill", skill);
        row.put("properties", properties);
        // The same evidence listed twice (a hold repeating its deciding evidence) is one node.
        rows.putIfAbsent(id, row);
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
