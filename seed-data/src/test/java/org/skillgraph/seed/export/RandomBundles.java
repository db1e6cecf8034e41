package org.skillgraph.seed.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Random, valid bundles for the export round trip: every section, frameworks with and without a scale,
 * levels given as scale values, crosswalks, acyclic prerequisites, taxonomies and reporting lines, people
 * with history. The same seed gives the same bundle.
 */
final class RandomBundles {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] SOURCES = {"assessment", "manager", "peer", "self", "badge", "completion", "import"};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final Random random;
    private final int skills;
    private final int frameworks;

    private RandomBundles(long seed) {
        this.random = new Random(seed);
        this.skills = 4 + random.nextInt(12);
        this.frameworks = 1 + random.nextInt(3);
    }

    static ObjectNode bundle(long seed) {
        return new RandomBundles(seed).build();
    }

    private ObjectNode build() {
        var b = F.objectNode();
        var fws = b.putArray("frameworks");
        for (int f = 0; f < frameworks; f++) {
            var fw = fws.addObject().put("id", "f" + f).put("title", "Framework " + f);
            if (random.nextBoolean()) {
                fw.put("version", "v" + random.nextInt(5))
                        .put("publisher", "Publisher " + f)
                        .put("language", "en");
            }
            if (f == 0) {
                var scale = fw.putObject("scale")
                        .put("name", "Points")
                        .put("min", 0)
                        .put("max", 10);
                var mapping = scale.putArray("mapping");
                for (int level = 0; level <= 5; level++) {
                    mapping.addObject().put("from", level * 2).put("level", level);
                }
            }
        }
        if (random.nextBoolean()) {
            b.put("defaultFramework", "f0");
        }
        int topics = 1 + random.nextInt(4);
        var ts = b.putArray("topics");
        for (int t = 0; t < topics; t++) {
            var topic = ts.addObject().put("id", "t" + t).put("name", "Topic " + t);
            ids(topic, "broader", "t", t, 2);
        }
        var frameworkOf = new ArrayList<Integer>();
        var ss = b.putArray("skills");
        for (int s = 0; s < skills; s++) {
            int f = random.nextInt(frameworks);
            frameworkOf.add(b.has("defaultFramework") && random.nextBoolean() ? 0 : f);
            var skill = ss.addObject().put("id", "s" + s).put("name", "Skill " + s);
            if (s % 3 == 0) {
                skill.putArray("activityIds").add("https://lms.example.org/skills/s" + s);
            }
            if (frameworkOf.get(s) != 0 || !b.has("defaultFramework") || random.nextBoolean()) {
                skill.put("framework", "f" + frameworkOf.get(s));
            }
            if (random.nextBoolean()) {
                skill.put("kind", random.nextBoolean() ? "knowledge" : "competence");
                skill.putArray("aliases").add("alias " + s);
            }
            ids(skill, "topics", "t", topics, 2);
            ids(skill, "broader", "s", s, 1);
            ids(skill, "related", "s", skills, 2);
            var requires = pick(s, 2);
            if (!requires.isEmpty()) {
                var r = skill.putArray("requires");
                requires.forEach(x -> r.addObject().put("skill", "s" + x).put("level", 1 + random.nextInt(5)));
            }
            var matches = new ArrayList<String>();
            for (int other = 0; other < s; other++) {
                if (!frameworkOf.get(other).equals(frameworkOf.get(s)) && random.nextInt(4) == 0) {
                    matches.add("s" + other);
                }
            }
            if (!matches.isEmpty()) {
                var m = skill.putArray("exactMatches");
                matches.forEach(m::add);
            }
        }
        int roles = 1 + random.nextInt(4);
        var rs = b.putArray("roles");
        for (int r = 0; r < roles; r++) {
            var role = rs.addObject().put("id", "r" + r).put("title", "Role " + r);
            if (random.nextBoolean()) {
                role.put("family", "Family").put("level", 1 + random.nextInt(8));
            }
            var needs = role.putArray("needs");
            for (int s : pick(skills, 3)) {
                var need = needs.addObject().put("skill", "s" + s);
                level(need, s, frameworkOf, 1);
                need.put("importance", 1 + random.nextInt(5)).put("essential", random.nextBoolean());
            }
            var moves = pick(roles, 1);
            moves.remove(Integer.valueOf(r));
            if (!moves.isEmpty()) {
                role.putArray("leadsTo")
                        .addObject()
                        .put("role", "r" + moves.get(0))
                        .put("kind", "lateral");
            }
        }
        int modules = 1 + random.nextInt(5);
        var ms = b.putArray("modules");
        for (int m = 0; m < modules; m++) {
            var module = ms.addObject()
                    .put("id", "m" + m)
                    .put("title", "Module " + m)
                    .put("hours", 0.5 + random.nextInt(80) / 2.0)
                    .put("modality", "course")
                    .put("pacing", random.nextBoolean() ? "self-paced" : "scheduled")
                    .put("core", random.nextBoolean())
                    .put("status", random.nextBoolean() ? "published" : "draft");
            if (random.nextBoolean()) {
                module.put("passScore", 50 + random.nextInt(40)).put("assessment", "quiz");
                module.putArray("aids").add("summary");
            }
            if (m % 2 == 0) {
                // xAPI activity ids, in an order the export must keep (not sorted); no random draw, so the
                // rest of each seed's bundle is as it was.
                module.putArray("activityIds")
                        .add("https://lms.example.org/courses/m" + m)
                        .add("https://cmi5.example.org/au/" + m);
            }
            var teaches = module.putArray("teaches");
            for (int s : pick(skills, 2)) {
                level(teaches.addObject().put("skill", "s" + s), s, frameworkOf, 1);
            }
        }
        var badges = b.putArray("badges");
        badges.addObject()
                .put("id", "b0")
                .put("name", "Badge")
                .putArray("certifies")
                .addObject()
                .put("skill", "s0")
                .put("level", 3);
        people(b, roles, modules);
        return b;
    }

    private void people(ObjectNode b, int roles, int modules) {
        int people = 1 + random.nextInt(6);
        var ps = b.putArray("people");
        for (int p = 0; p < people; p++) {
            var person = ps.addObject().put("id", "p" + p).put("name", "Person " + p);
            if (p > 0 && random.nextBoolean()) {
                person.put("manager", "p" + random.nextInt(p));
            }
            if (random.nextBoolean()) {
                person.put("role", "r" + random.nextInt(roles))
                        .put("department", "Dept")
                        .put("pace", "steady");
                person.put("targetRole", "r" + random.nextInt(roles)).put("targetSince", day().toString());
                person.put("weeklyHours", 1 + random.nextInt(10));
            }
            if (p % 2 == 1) {
                person.putArray("externalIds")
                        .add("mailto:p" + p + "@example.org")
                        .add("https://lms.example.org|p" + p);
            }
            person.putObject("coaching").put("optIn", random.nextBoolean()).put("capacity", random.nextInt(3));
            var holds = person.putArray("holds");
            for (int s : pick(skills, 3)) {
                var h = holds.addObject().put("skill", "s" + s).put("level", random.nextInt(6));
                h.put("source", SOURCES[random.nextInt(SOURCES.length)]).put("at", day().toString());
            }
            var evidence = person.putArray("evidence");
            for (int s : pick(skills, 2)) {
                evidence.addObject()
                        .put("skill", "s" + s)
                        .put("source", SOURCES[random.nextInt(SOURCES.length)])
                        .put("level", 1 + random.nextInt(5))
                        .put("at", day().toString());
            }
            for (int m : pick(modules, 2)) {
                person.withArray("completed").addObject().put("module", "m" + m).put("at", day().toString());
                person.withArray("enrolled").addObject().put("module", "m" + m).put("at", day().toString());
                person.withArray("attempts")
                        .addObject()
                        .put("module", "m" + m)
                        .put("at", day().toString())
                        .put("score", random.nextInt(101))
                        .put("passed", random.nextBoolean());
            }
            if (random.nextBoolean()) {
                person.putArray("earned").addObject().put("badge", "b0").put("at", day().toString());
            }
            if (p > 0 && random.nextInt(3) == 0) {
                person.putArray("coaches").addObject().put("learner", "p0").put("since", day().toString());
            }
        }
        var cohort = b.putArray("cohorts").addObject().put("id", "c0").put("name", "Cohort");
        ids(cohort, "members", "p", people, 3);
        cohort.putArray("segments")
                .addObject()
                .put("id", "seg0")
                .put("name", "Segment")
                .putObject("roleLevel")
                .put("min", 1 + random.nextInt(3));
    }

    /** A level, or a scale value when the skill's framework has the scale (f0: points 0–10, 2 per level). */
    private void level(ObjectNode ref, int skill, List<Integer> frameworkOf, int lowest) {
        int level = lowest + random.nextInt(6 - lowest);
        if (frameworkOf.get(skill) == 0 && random.nextBoolean()) {
            ref.put("scaleValue", level * 2 + (level < 5 ? random.nextInt(2) : 0));
        } else {
            ref.put("level", level);
        }
    }

    private LocalDate day() {
        return START.plusDays(random.nextInt(900));
    }

    /** Up to {@code most} distinct numbers below {@code bound}, in increasing order. */
    private List<Integer> pick(int bound, int most) {
        var picked = new LinkedHashSet<Integer>();
        int n = bound == 0 ? 0 : random.nextInt(most + 1);
        for (int i = 0; i < n; i++) {
            picked.add(random.nextInt(bound));
        }
        return new ArrayList<>(picked.stream().sorted().toList());
    }

    private void ids(ObjectNode node, String field, String prefix, int bound, int most) {
        var picked = pick(bound, most);
        if (!picked.isEmpty()) {
            ArrayNode list = node.putArray(field);
            picked.forEach(i -> list.add(prefix + i));
        }
    }
}
