package org.skillgraph.seed.casepkg;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * Splits departures from the official schema into refusals and tolerated deviations. Published packages
 * (OpenSALT's own among them) carry non-RFC-4122 identifiers, date-times without a zone, CASE 1.0 members and
 * strings where the schema wants numbers: those are reported, not fatal, as long as what the mapping reads is
 * there and well typed. A missing required member, or a wrong type of anything the mapping reads, is refused.
 */
record SchemaVerdict(List<InterchangeProblem> refusals, Map<String, Integer> deviations, List<String> sample) {

    private static final Set<String> TOLERATED = Set.of("pattern", "format", "additionalProperties", "anyOf", "enum");

    /** Members the mapping reads: a wrong type there is refused. */
    private static final Set<String> READ = Set.of(
            "",
            "CFDocument",
            "CFItems",
            "CFAssociations",
            "identifier",
            "title",
            "fullStatement",
            "abbreviatedStatement",
            "humanCodingScheme",
            "associationType",
            "originNodeURI",
            "destinationNodeURI",
            "extensions");

    private static final int SAMPLE = 10;

    static SchemaVerdict of(String file, List<CaseSchema.Violation> violations) {
        var refusals = new java.util.ArrayList<InterchangeProblem>();
        var deviations = new TreeMap<String, Integer>();
        var sample = new java.util.ArrayList<String>();
        for (var v : violations) {
            if (fatal(v)) {
                refusals.add(new InterchangeProblem(file, v.pointer(), v.message()));
            } else {
                deviations.merge(v.keyword(), 1, Integer::sum);
                if (sample.size() < SAMPLE) {
                    sample.add(v.pointer() + ": " + v.message());
                }
            }
        }
        return new SchemaVerdict(refusals, deviations, sample);
    }

    private static boolean fatal(CaseSchema.Violation v) {
        if (TOLERATED.contains(v.keyword())) {
            return false;
        }
        if (!"type".equals(v.keyword())) {
            return true;
        }
        var last = v.pointer().substring(v.pointer().lastIndexOf('/') + 1);
        return READ.contains(last) || last.chars().allMatch(Character::isDigit);
    }
}
