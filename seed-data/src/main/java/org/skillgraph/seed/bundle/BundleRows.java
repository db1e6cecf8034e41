package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.UpsertQueries;

/**
 * Turns a checked bundle into the ordered list of batched upserts that write it: nodes first, then
 * relationships, each as one parameterised statement over {@code $rows}.
 */
final class BundleRows {

    /** One statement and the rows it runs over. */
    record Batch(String label, String statement, List<Map<String, Object>> rows) {}

    private final List<Batch> batches = new ArrayList<>();

    static List<Batch> of(Bundle b) {
        var rows = new BundleRows();
        rows.nodes("Framework", b.frameworks(), FrameworkRows::properties);
        rows.nodes("Topic", b.topics(), t -> props("name", t.name()));
        rows.nodes(
                "Skill",
                b.skills(),
                s -> props(
                        "name",
                        s.name(),
                        "description",
                        s.description(),
                        "aliases",
                        s.aliases(),
                        "kind",
                        kindOf(s.kind()),
                        "activityIds",
                        s.activityIds()));
        rows.nodes(
                "Role",
                b.roles(),
                r -> props(
                        "title", r.title(), "family", r.family(), "level", r.level(), "description", r.description()));
        rows.nodes(
                "Module",
                b.modules(),
                m -> props(
                        "title", m.title(),
                        "hours", m.hours(),
                        "modality", m.modality(),
                        "pacing", m.pacing(),
                        "cycle", m.cycle(),
                        "core", m.core(),
                        "aids", m.aids(),
                        "passScore", m.passScore(),
                        "assessment", m.assessment(),
                        "status", m.status(),
                        "activityIds", m.activityIds()));
        rows.nodes("Badge", b.badges(), x -> props("name", x.name(), "description", x.description()));
        rows.nodes("Cohort", b.cohorts(), c -> props("name", c.name(), "description", c.description()));
        rows.nodes(
                "Segment",
                b.cohorts().stream().flatMap(c -> c.segments().stream()).toList(),
                BundleRows::segmentProps);
        rows.nodes(
                "Person",
                b.people(),
                p -> withPreferences(
                        props(
                                "name",
                                p.name(),
                                "department",
                                p.department(),
                                "location",
                                p.location(),
                                "timezone",
                                p.timezone(),
                                "weeklyHours",
                                p.weeklyHours(),
                                "pace",
                                p.pace(),
                                "coachingOptIn",
                                p.coaching() == null ? null : p.coaching().optIn(),
                                "coachingCapacity",
                                p.coaching() == null ? null : p.coaching().capacity(),
                                "externalIds",
                                p.externalIds()),
                        p.coachingPreferences()));
        rows.batches.addAll(FrameworkRows.local(b));
        rows.edges(b);
        rows.batches.addAll(FrameworkRows.membership(b));
        return List.copyOf(rows.batches);
    }

    private void edges(Bundle b) {
        var topicBroader = new Edges("Topic", "BROADER", "Topic");
        b.topics().forEach(t -> t.broader().forEach(x -> topicBroader.add(t.id(), x)));
        var inTopic = new Edges("Skill", "IN_TOPIC", "Topic");
        var skillBroader = new Edges("Skill", "BROADER", "Skill");
        var requires = new Edges("Skill", "REQUIRES", "Skill");
        var related = new Edges("Skill", "RELATED", "Skill");
        var exactMatches = new Edges("Skill", "EXACT_MATCH", "Skill");
        for (var s : b.skills()) {
            s.topics().forEach(t -> inTopic.add(s.id(), t));
            s.broader().forEach(x -> skillBroader.add(s.id(), x));
            s.requires().forEach(r -> requires.add(s.id(), r.skill(), levelled(r)));
            s.related().forEach(x -> related.add(s.id(), x));
            s.exactMatches().forEach(x -> exactMatches.add(s.id(), x));
        }
        var needs = new Edges("Role", "NEEDS", "Skill");
        var leadsTo = new Edges("Role", "LEADS_TO", "Role");
        for (var r : b.roles()) {
            r.needs()
                    .forEach(n -> needs.add(
                            r.id(),
                            n.skill(),
                            props(
                                    "level",
                                    n.level(),
                                    "importance",
                                    n.importance(),
                                    "essential",
                                    n.essential(),
                                    "scaleValue",
                                    n.scaleValue())));
            r.leadsTo().forEach(m -> leadsTo.add(r.id(), m.role(), props("kind", m.kind())));
        }
        var teaches = new Edges("Module", "TEACHES", "Skill");
        var assumes = new Edges("Module", "ASSUMES", "Skill");
        for (var m : b.modules()) {
            m.teaches().forEach(t -> teaches.add(m.id(), t.skill(), levelled(t)));
            m.assumes().forEach(t -> assumes.add(m.id(), t.skill(), levelled(t)));
        }
        var certifies = new Edges("Badge", "CERTIFIES", "Skill");
        b.badges().forEach(x -> x.certifies().forEach(c -> certifies.add(x.id(), c.skill(), levelled(c))));
        var members = new Edges("Person", "MEMBER_OF", "Cohort");
        b.cohorts().forEach(c -> c.members().forEach(p -> members.add(p, c.id())));
        var hasSegment = new Edges("Cohort", "HAS_SEGMENT", "Segment");
        b.cohorts().forEach(c -> c.segments().forEach(x -> hasSegment.add(c.id(), x.id())));
        add(
                topicBroader,
                inTopic,
                skillBroader,
                requires,
                related,
                exactMatches,
                needs,
                leadsTo,
                teaches,
                assumes,
                certifies);
        personEdges(b.people());
        add(members, hasSegment);
    }

    private void personEdges(List<Bundle.Person> people) {
        var inRole = new Edges("Person", "IN_ROLE", "Role").single();
        var targets = new Edges("Person", "TARGETS", "Role").single();
        var reportsTo = new Edges("Person", "REPORTS_TO", "Person").single();
        var holds = new Edges("Person", "HOLDS", "Skill");
        var completed = new Edges("Person", "COMPLETED", "Module");
        var enrolled = new Edges("Person", "ENROLLED", "Module");
        var earned = new Edges("Person", "EARNED", "Badge");
        var coaches = new Edges("Person", "COACHES", "Person");
        var heldRole = new Edges("Person", "HELD_ROLE", "Role");
        for (var p : people) {
            if (p.role() != null) {
                inRole.add(p.id(), p.role());
            }
            if (p.targetRole() != null) {
                targets.add(p.id(), p.targetRole(), props("since", p.targetSince()));
            }
            if (p.manager() != null) {
                reportsTo.add(p.id(), p.manager());
            }
            p.holds()
                    .forEach(h -> holds.add(
                            p.id(),
                            h.skill(),
                            props(
                                    "level",
                                    h.level(),
                                    "source",
                                    h.source(),
                                    "at",
                                    h.at(),
                                    "confidence",
                                    h.confidence(),
                                    "scaleValue",
                                    h.scaleValue())));
            p.completed().forEach(c -> completed.add(p.id(), c.module(), props("at", c.at(), "score", c.score())));
            p.enrolled().forEach(e -> enrolled.add(p.id(), e.module(), props("at", e.at())));
            p.earned().forEach(e -> earned.add(p.id(), e.badge(), props("at", e.at())));
            p.coaches().forEach(c -> coaches.add(p.id(), c.learner(), props("since", c.since(), "skills", c.skills())));
            p.roleHistory().forEach(h -> heldRole.add(p.id(), h.role(), props("from", h.from(), "to", h.to())));
        }
        add(inRole, targets, reportsTo, holds, completed, enrolled, earned, coaches, heldRole);
        batches.addAll(EvidenceRows.of(people));
    }

    private <T> void nodes(String label, List<T> items, java.util.function.Function<T, Map<String, Object>> props) {
        if (items.isEmpty()) {
            return;
        }
        var rows = new ArrayList<Map<String, Object>>(items.size());
        for (var item : items) {
            var id = idOf(item);
            rows.add(Map.of("id", id, "properties", props.apply(item)));
        }
        batches.add(new Batch(label, UpsertQueries.upsertNodes(label), rows));
    }

    private void add(Edges... all) {
        for (var e : all) {
            if (!e.rows.isEmpty()) {
                var statement = e.single
                        ? UpsertQueries.replaceSingleRelationship(e.from, e.type, e.to)
                        : UpsertQueries.mergeRelationships(e.from, e.type, e.to);
                batches.add(new Batch(e.type, statement, e.rows));
            }
        }
    }

    private static String idOf(Object item) {
        if (item instanceof Bundle.Topic t) {
            return t.id();
        } else if (item instanceof Bundle.Skill s) {
            return s.id();
        } else if (item instanceof Bundle.Role r) {
            return r.id();
        } else if (item instanceof Bundle.Module m) {
            return m.id();
        } else if (item instanceof Bundle.Person p) {
            return p.id();
        } else if (item instanceof Bundle.Cohort c) {
            return c.id();
        } else if (item instanceof Bundle.Badge x) {
            return x.id();
        } else if (item instanceof Bundle.Segment x) {
            return x.id();
        } else if (item instanceof Bundle.Framework f) {
            return f.id();
        }
        throw new IllegalArgumentException("Not a bundle entity: " + item);
    }

    /** A segment's rule as flat properties: bounds that are left out stay absent. */
    private static Map<String, Object> segmentProps(Bundle.Segment x) {
        var readiness = x.readiness() == null ? new Bundle.Range(null, null) : x.readiness();
        var roleLevel = x.roleLevel() == null ? new Bundle.Range(null, null) : x.roleLevel();
        return props(
                "name", x.name(),
                "description", x.description(),
                "readinessMin", readiness.min(),
                "readinessMax", readiness.max(),
                "roleLevelMin", roleLevel.min() == null ? null : roleLevel.min().intValue(),
                "roleLevelMax", roleLevel.max() == null ? null : roleLevel.max().intValue(),
                "targetRoles", x.targetRoles(),
                "paces", x.paces());
    }

    /** A level, and the framework's scale value it was mapped from when there was one. */
    private static Map<String, Object> levelled(Bundle.LevelRef ref) {
        return props("level", ref.level(), "scaleValue", ref.scaleValue());
    }

    private static String kindOf(String kind) {
        return kind == null ? "skill" : kind;
    }

    /**
     * Alternating keys and values. {@code null} values are left out, so a property the bundle does not
     * give keeps its stored value (an upsert never erases what another bundle wrote).
     */
    /**
     * Given preferences replace every stored one: each {@code pref*} property is set, a null one removed (as the
     * preferences route's {@code PUT} does); left out, the stored ones are kept.
     */
    private static Map<String, Object> withPreferences(Map<String, Object> props, Bundle.CoachingPreferences prefs) {
        if (prefs != null) {
            props.put("prefFormat", prefs.format());
            props.put("prefLanguages", prefs.languages().isEmpty() ? null : prefs.languages());
            props.put("prefTimezone", prefs.timezone());
            props.put("prefOtherDepartment", prefs.otherDepartment());
            props.put("prefWantsToCoach", prefs.wantsToCoach().isEmpty() ? null : prefs.wantsToCoach());
            props.put("prefAvailableFrom", prefs.availableFrom());
            props.put("prefAvailableUntil", prefs.availableUntil());
        }
        return props;
    }

    static Map<String, Object> props(Object... keysAndValues) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** Rows of one relationship type between two labels. */
    private static final class Edges {
        final String from;
        final String type;
        final String to;
        final List<Map<String, Object>> rows = new ArrayList<>();
        boolean single;

        Edges(String from, String type, String to) {
            this.from = from;
            this.type = type;
            this.to = to;
        }

        Edges single() {
            single = true;
            return this;
        }

        void add(String fromId, String toId) {
            add(fromId, toId, Map.of());
        }

        void add(String fromId, String toId, Map<String, Object> properties) {
            var row = new LinkedHashMap<String, Object>();
            row.put("from", fromId);
            row.put("to", toId);
            row.put("properties", properties);
            rows.add(row);
        }
    }
}
