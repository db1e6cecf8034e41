package org.skillgraph.api.http.taxonomy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.taxonomy.Curriculum;
import org.skillgraph.seed.bundle.Bundle;

/**
 * A bundle read as a version of one framework: the skills the bundle puts into it (all of them when the
 * bundle names no framework at all), their links among themselves, and the bundle's role profiles on them.
 */
public final class BundleCurriculum {

    private static final String ONET = "onet-";

    private BundleCurriculum() {}

    /** @throws ConflictException {@code wrong-framework} when the bundle is about other frameworks only */
    public static Curriculum of(Bundle bundle, String framework) {
        return of(bundle, framework, VersionFormat.BUNDLE);
    }

    /**
     * A bundle mapped from {@code format} as a version of {@code framework}. O*NET names its framework after the
     * release ({@code onet-29.1}), so any O*NET release is a version of a stored O*NET framework; every other
     * format must name the framework itself (CASE by its CFDocument identifier, Moodle by the framework's id
     * number).
     *
     * @throws ConflictException {@code wrong-framework} when the upload is about other frameworks only
     */
    public static Curriculum of(Bundle bundle, String framework, VersionFormat format) {
        java.util.function.Predicate<String> same = format == VersionFormat.ONET && framework.startsWith(ONET)
                ? id -> id != null && id.startsWith(ONET)
                : framework::equals;
        var named = new HashSet<String>();
        bundle.frameworks().forEach(f -> named.add(f.id()));
        bundle.skills().stream()
                .map(bundle::frameworkOf)
                .filter(Objects::nonNull)
                .forEach(named::add);
        if (!named.isEmpty() && named.stream().noneMatch(same)) {
            throw new ConflictException(
                    "wrong-framework",
                    "This upload is about framework(s) "
                            + named.stream().sorted().toList() + ", not " + framework
                            + ": upload it to /api/v1/frameworks/{id}/changesets of its own framework",
                    Map.of("frameworks", named.stream().sorted().toList()));
        }
        var skills = bundle.skills().stream()
                .filter(s -> named.isEmpty() || same.test(bundle.frameworkOf(s)))
                .toList();
        Set<String> ids = new HashSet<>();
        skills.forEach(s -> ids.add(s.id()));
        var version = skills.stream()
                .map(s -> new Curriculum.Skill(
                        s.id(),
                        s.name(),
                        s.description(),
                        null,
                        s.broader().stream().filter(ids::contains).toList(),
                        s.requires().stream()
                                .filter(r -> ids.contains(r.skill()))
                                .map(r -> Curriculum.prerequisite(r.skill(), r.level()))
                                .toList()))
                .toList();
        var roles = bundle.roles().stream()
                .map(r -> new Curriculum.Role(r.id(), r.title(), needs(r.needs(), ids)))
                .toList();
        return new Curriculum(version, roles);
    }

    private static List<String> needs(List<Bundle.Need> needs, Set<String> ids) {
        return needs.stream()
                .filter(n -> ids.contains(n.skill()))
                .map(n -> Curriculum.need(n.skill(), n.level(), n.importance(), n.essential()))
                .toList();
    }
}
