package org.skillgraph.api.http.taxonomy;

import java.util.List;
import org.skillgraph.api.http.BodyCheck;
import org.skillgraph.engine.taxonomy.ApplyChoices;

/** Body of {@code POST …/changesets/{cs}/apply}: the designer's choice per removed skill (all optional). */
record ApplyBody(List<Choice> choices) {

    record Choice(String skill, String action, List<Successor> successors) {}

    record Successor(String skill, Double share) {}

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
        c.throwIfInvalid("apply choices");
        return new ApplyChoices(list.stream()
                .map(x -> new ApplyChoices.Choice(
                        x.skill(),
                        x.action(),
                        x.successors() == null
                                ? List.of()
                                : x.successors().stream()
                                        .map(s -> new ApplyChoices.Successor(
                                                s == null ? null : s.skill(), s == null ? null : s.share()))
                                        .toList()))
                .toList());
    }
}
