package org.skillgraph.api.http;

/** Body of {@code POST /crosswalks}: the skill the crosswalk is created from and its exact match. */
record CrosswalkBody(String skill, String match) {

    CrosswalkBody checked() {
        var c = new BodyCheck();
        if (c.present("/skill", skill)) {
            c.id("/skill", skill);
        }
        if (c.present("/match", match)) {
            c.id("/match", match);
        }
        if (skill != null && skill.equals(match)) {
            c.fail("/match", "a skill is not a crosswalk of itself");
        }
        c.throwIfInvalid("crosswalk");
        return this;
    }
}
