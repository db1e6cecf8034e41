package org.skillgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.onet.OnetSource;

/**
 * Writes a full-size O*NET text database in O*NET's own layout (1,016 occupations; 35 skills, 33 knowledge and
 * 52 ability elements rated on IM and LV; 10 related occupations each; fixed seed) and imports it into a fresh
 * embedded store through the production importer, then imports it again (nothing to change).
 */
final class OnetBench {

    static final int OCCUPATIONS = 1_016;
    private static final String RATING_HEADER = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\t"
            + "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source";
    private static final String[] MAJOR_GROUPS = {
        "11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33", "35", "37", "39", "41", "43", "45",
        "47", "49", "51", "53", "55"
    };

    private OnetBench() {}

    static Map<String, Object> run() throws Exception {
        var root = Files.createTempDirectory("skillgraph-onet-bench");
        var dir = root.resolve("db_30_1_text");
        var result = new LinkedHashMap<String, Object>();
        try {
            long rows = generate(dir, new SplittableRandom(17));
            result.put("ratingRows", rows);
            try (var skillgraph = Skillgraph.embedded(root.resolve("store"), 0, 512L * 1024 * 1024)) {
                long started = System.nanoTime();
                var source = OnetSource.ofDirectory(dir);
                var first = skillgraph
                        .onetImporter()
                        .importDatabase(source, Optional.empty(), false, ImportProgress.none());
                result.put("firstImportSeconds", (System.nanoTime() - started) / 1e9);
                result.put("mapped", first.mapped().toString());
                result.put("skippedRows", first.skippedRows());
                result.put("nodesCreated", first.written().nodesCreated());
                result.put("relationshipsCreated", first.written().relationshipsCreated());
                started = System.nanoTime();
                var again = skillgraph
                        .onetImporter()
                        .importDatabase(OnetSource.ofDirectory(dir), Optional.empty(), false, ImportProgress.none());
                result.put("reimportSeconds", (System.nanoTime() - started) / 1e9);
                result.put("reimportNodesCreated", again.written().nodesCreated());
                started = System.nanoTime();
                skillgraph
                        .onetImporter()
                        .importDatabase(OnetSource.ofDirectory(dir), Optional.empty(), true, ImportProgress.none());
                result.put("dryRunSeconds", (System.nanoTime() - started) / 1e9);
            }
        } finally {
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return result;
    }

    /** Writes the database; returns the number of rating rows. */
    static long generate(Path dir, SplittableRandom random) throws IOException {
        Files.createDirectories(dir);
        var codes = new ArrayList<String>();
        var occupations = new StringBuilder("O*NET-SOC Code\tTitle\tDescription\n");
        for (int i = 0; i < OCCUPATIONS; i++) {
            var code = String.format(
                    Locale.ROOT, "%s-%04d.%02d", MAJOR_GROUPS[i % MAJOR_GROUPS.length], 1000 + i, i % 3 == 0 ? 0 : 1);
            codes.add(code);
            occupations
                    .append(code)
                    .append("\tOccupation ")
                    .append(i)
                    .append("\tWhat occupation ")
                    .append(i)
                    .append(" does, in a sentence or two as O*NET describes it.\n");
        }
        write(dir, "Occupation Data.txt", occupations);
        var skills = elements("2.A", 5, 7);
        var knowledge = elements("2.C", 3, 11);
        var abilities = elements("1.A.1", 4, 13);
        var reference = new StringBuilder("Element ID\tElement Name\tDescription\n");
        var all = new TreeSet<String>();
        for (var list : List.of(skills, knowledge, abilities)) {
            for (var id : list) {
                for (var at = id; at.contains("."); at = at.substring(0, at.lastIndexOf('.'))) {
                    all.add(at);
                }
            }
        }
        all.forEach(id -> reference
                .append(id)
                .append("\tElement ")
                .append(id)
                .append("\tWhat ")
                .append(id)
                .append(" means.\n"));
        write(dir, "Content Model Reference.txt", reference);
        write(
                dir,
                "Scales Reference.txt",
                new StringBuilder(
                        "Scale ID\tScale Name\tMinimum\tMaximum\n" + "IM\tImportance\t1\t5\nLV\tLevel\t0\t7\n"));
        long rows = 0;
        rows += ratings(dir, "Skills.txt", codes, skills, random);
        rows += ratings(dir, "Knowledge.txt", codes, knowledge, random);
        rows += ratings(dir, "Abilities.txt", codes, abilities, random);
        var related = new StringBuilder("O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n");
        for (var code : codes) {
            for (int k = 1; k <= 10; k++) {
                var tier = k <= 5 ? "Primary-Short" : k <= 8 ? "Primary-Long" : "Supplemental";
                related.append(code)
                        .append('\t')
                        .append(codes.get(random.nextInt(codes.size())))
                        .append('\t')
                        .append(tier)
                        .append('\t')
                        .append(k)
                        .append('\n');
            }
        }
        write(dir, "Related Occupations.txt", related);
        return rows;
    }

    private static List<String> elements(String prefix, int groups, int perGroup) {
        var ids = new ArrayList<String>();
        for (int g = 1; g <= groups; g++) {
            for (int e = 0; e < perGroup; e++) {
                ids.add(prefix + "." + g + "." + (char) ('a' + e));
            }
        }
        return ids;
    }

    private static long ratings(Path dir, String file, List<String> codes, List<String> elements, SplittableRandom r)
            throws IOException {
        var text = new StringBuilder(RATING_HEADER).append('\n');
        long rows = 0;
        for (var code : codes) {
            for (var element : elements) {
                double im = 1 + Math.round(r.nextDouble() * 400) / 100.0;
                double lv = Math.round(r.nextDouble() * 700) / 100.0;
                var suppress = r.nextInt(50) == 0 ? "Y" : "N";
                row(text, code, element, "IM", im, suppress, "n/a");
                row(text, code, element, "LV", lv, suppress, lv < 0.5 ? "Y" : "N");
                rows += 2;
            }
        }
        write(dir, file, text);
        return rows;
    }

    private static void row(
            StringBuilder text, String code, String element, String scale, double value, String suppress, String nr) {
        text.append(code)
                .append('\t')
                .append(element)
                .append("\tElement ")
                .append(element)
                .append('\t')
                .append(scale)
                .append('\t')
                .append(String.format(Locale.ROOT, "%.2f", value))
                .append("\t8\t0.1250\t3.8800\t4.3700\t")
                .append(suppress)
                .append('\t')
                .append(nr)
                .append("\t08/2025\tAnalyst\n");
    }

    private static void write(Path dir, String name, CharSequence text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
