package org.skillgraph.api.http.taxonomy;

import java.util.List;
import java.util.Set;
import org.skillgraph.api.http.BodyCheck;
import org.skillgraph.engine.taxonomy.ApplyChoices;

/**
 * Body of {@code POST …/changesets/{cs}/apply}: the designer's choice per removed skill and per removed role (all
 * optional).
 */
record ApplyBody(List<Choice> choices, List<RoleChoice> roles) {

    private static final Set<String> ROLE_ACTIONS = Set.of("keep", "deprecate", "replace");

    record Choice(String skill, String action, List<Successor> successors) {}

    record Successor(String skill, Double share) {}

    record RoleChoice(String role, String action, String successor) {}

    ApplyChoices checked() {
        var c = new BodyCheck();
        var list = choices == null ? List.<Choice>of() : choices;
        for (int i = 0; i < list.size(); i++) {
            var choice = list.get(i);
            if (choice == null || choice.skill() == null || choice.skill().isBlank()) {
                c.fail("/choices/" + i + "/skill", "skill is required: the removed skill this choice is about");
            } else if (!"replace".equals(choice.action()) && !"deprecate".equals(choice.action())) {
                c.fail("/choices/" + i + "/action", "action must be replace or deprecate");
            }
        }
        var roleList = roles == null ? List.<RoleChoice>of() : roles;
        for (int i = 0; i < roleList.size(); i++) {
            var choice = roleList.get(i);
            if (choice == null || choice.role() == null || choice.role().isBlank()) {
                c.fail("/roles/" + i + "/role", "role is required: the removed role this choice is about");
            } else if (!ROLE_ACTIONS.contains(choice.action())) {
                c.fail("/roles/" + i + "/action", "action must be keep, deprecate or replace");
            } else if ("replace".equals(choice.action())
                    && (choice.successor() == null || choice.successor().isBlank())) {
                c.fail("/roles/" + i + "/successor", "replace needs the successor role's id");
            }
        }
        c.throwIfInvalid("apply choices");
        return new ApplyChoices(
                list.stream()
                        .map(x -> new ApplyChoices.Choice(
                                x.skill(),
                                x.action(),
                                x.successors() == null
                                        ? List.of()
                                        : x.successors().stream()
                                                .map(s -> new ApplyChoices.Successor(
                                                        s == null ? null : s.skill(), s == null ? null : s.share()))
                                                .toList()))
                        .toList(),
                roleList.stream()
                        .map(x -> new ApplyChoices.RoleChoice(x.role(), x.action(), x.successor()))
                        .toList());
    }
}
