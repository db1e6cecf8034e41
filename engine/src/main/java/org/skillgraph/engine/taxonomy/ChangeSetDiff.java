package org.skillgraph.engine.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillgraph.engine.taxonomy.ChangeEntry.Kind;

/**
 * The change set between the stored version of a framework and an uploaded one (pure). Skills and roles are
 * matched by id first (ids derive from the publisher's stable ids or URIs); a removed skill then gets the
 * added skill whose label is most alike as a suggested successor, which the designer confirms or not. A stored
 * role the new version does not state is {@code role-removed} (the caller decides which stored roles a version
 * describes).
 */
public final class ChangeSetDiff {

    private ChangeSetDiff() {}

    public static List<ChangeEntry> diff(Curriculum stored, Curriculum next) {
        var old = byId(stored.skills(), Curriculum.Skill::id);
        var fresh = byId(next.skills(), Curriculum.Skill::id);
        var out = new ArrayList<Draft>();
        for (var s : next.skills()) {
            var was = old.get(s.id());
            if (was == null) {
                out.add(new Draft(
                        Kind.SKILL_ADDED, s.id(), s.name(), List.of(), List.of(s.name(), s.description(), s.uri())));
                was = new Curriculum.Skill(s.id(), s.name(), s.description(), s.uri(), List.of(), List.of());
            } else {
                if (!was.name().equals(s.name())) {
                    out.add(new Draft(Kind.SKILL_RENAMED, s.id(), s.name(), List.of(was.name()), List.of(s.name())));
                }
                if (!was.description().equals(s.description())) {
                    out.add(new Draft(
                            Kind.DESCRIPTION_CHANGED,
                            s.id(),
                            s.name(),
                            List.of(was.description()),
                            List.of(s.description())));
                }
            }
            if (!was.broader().equals(s.broader())) {
                out.add(new Draft(Kind.SKILL_MOVED, s.id(), s.name(), was.broader(), s.broader()));
            }
            if (!was.requires().equals(s.requires())) {
                out.add(new Draft(Kind.PREREQUISITES_CHANGED, s.id(), s.name(), was.requires(), s.requires()));
            }
        }
        var storedRoles = byId(stored.roles(), Curriculum.Role::id);
        for (var r : next.roles()) {
            var was = storedRoles.get(r.id());
            if (was == null) {
                out.add(new Draft(Kind.ROLE_ADDED, r.id(), r.title(), List.of(), List.of(r.title())));
            }
            var before = was == null ? List.<String>of() : was.needs();
            if (!before.equals(r.needs())) {
                out.add(new Draft(Kind.ROLE_PROFILE_CHANGED, r.id(), r.title(), before, r.needs()));
            }
        }
        var nextRoles = byId(next.roles(), Curriculum.Role::id);
        for (var r : stored.roles()) {
            if (!nextRoles.containsKey(r.id())) {
                out.add(new Draft(Kind.ROLE_REMOVED, r.id(), r.title(), r.needs(), List.of()));
            }
        }
        var removed =
                stored.skills().stream().filter(s -> !fresh.containsKey(s.id())).toList();
        var added = next.skills().stream().filter(s -> !old.containsKey(s.id())).toList();
        var matcher = new LabelMatcher(added, removed.size());
        var entries = new ArrayList<ChangeEntry>();
        out.sort(Comparator.comparing((Draft d) -> d.kind().ordinal()).thenComparing(Draft::id));
        for (var d : out) {
            entries.add(new ChangeEntry(
                    entries.size(), d.kind().wireName(), d.id(), d.label(), d.before(), d.after(), null, null));
        }
        for (var s : removed) {
            var match = matcher.best(s.name());
            entries.add(new ChangeEntry(
                    entries.size(),
                    Kind.SKILL_REMOVED.wireName(),
                    s.id(),
                    s.name(),
                    List.of(s.name()),
                    List.of(),
                    match.map(LabelMatcher.Match::id).orElse(null),
                    match.map(LabelMatcher.Match::similarity).orElse(null)));
        }
        return List.copyOf(entries);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private record Draft(Kind kind, String id, String label, List<String> before, List<String> after) {}
}
