package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.skillgraph.engine.editing.PersonDraft;

/**
 * Seeded random organisations for the coach index's property tests: a few skills (some crosswalked), one role needing
 * them, people in a reporting tree with random consent, capacity, place and holdings of random level, source and age
 * (some too old, some self-rated), most of them targeting the role.
 */
final class RandomCoachOrgs {

    static final List<String> SKILLS = List.of("s0", "s1", "s2", "s3", "s4", "x0", "x1");
    static final List<String> SOURCES = List.of("assessment", "manager", "peer", "self", "badge", "import");
    static final List<String> LOCATIONS = List.of("Dublin", "Toronto", "Pune");
    static final List<String> ZONES = List.of("Europe/Dublin", "America/Toronto", "Asia/Kolkata");

    /** One generated person, kept to edit them later through the person editor. */
    record Person(String id, String manager, String location, String timezone, boolean optIn, int capacity) {

        PersonDraft draft() {
            return new PersonDraft(
                    id,
                    "Person " + id,
                    "Dept " + (id.hashCode() & 1),
                    location,
                    timezone,
                    null,
                    "role",
                    null,
                    manager,
                    null,
                    null,
                    new PersonDraft.Coaching(optIn, capacity));
        }
    }

    final List<Person> people = new ArrayList<>();
    final String json;

    RandomCoachOrgs(Random random, int size) {
        var sb = new StringBuilder();
        sb.append("{\"skills\": [");
        for (int i = 0; i < SKILLS.size(); i++) {
            var id = SKILLS.get(i);
            sb.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"")
                    .append(id)
                    .append("\", \"name\": \"Skill ")
                    .append(id)
                    .append("\", \"kind\": \"skill\"");
            // x0 is crosswalked to s0, x1 to s1 and to x0 (so s0, x0, x1, s1 form one class on some seeds)
            if (id.equals("x0")) {
                sb.append(", \"exactMatches\": [\"s0\"]");
            } else if (id.equals("x1") && random.nextBoolean()) {
                sb.append(", \"exactMatches\": [\"s1\", \"x0\"]");
            }
            sb.append("}");
        }
        sb.append("], \"roles\": [{\"id\": \"role\", \"title\": \"Role\", \"needs\": [");
        for (int i = 0; i < 5; i++) {
            sb.append(i == 0 ? "" : ",")
                    .append("{\"skill\": \"s")
                    .append(i)
                    .append("\", \"level\": ")
                    .append(3 + random.nextInt(3))
                    .append(", \"importance\": ")
                    .append(1 + random.nextInt(5))
                    .append(", \"essential\": true}");
        }
        sb.append("]}], \"people\": [");
        for (int p = 0; p < size; p++) {
            var id = "p" + p;
            var manager = p == 0 ? null : "p" + random.nextInt(p);
            var person = new Person(
                    id,
                    manager,
                    LOCATIONS.get(random.nextInt(LOCATIONS.size())),
                    ZONES.get(random.nextInt(ZONES.size())),
                    random.nextInt(3) > 0,
                    random.nextInt(4));
            people.add(person);
            sb.append(p == 0 ? "" : ",")
                    .append("{\"id\": \"")
                    .append(id)
                    .append("\", \"name\": \"Person ")
                    .append(id)
                    .append("\", \"location\": \"")
                    .append(person.location())
                    .append("\", \"timezone\": \"")
                    .append(person.timezone())
                    .append("\"");
            if (manager != null) {
                sb.append(", \"manager\": \"").append(manager).append("\"");
            }
            if (random.nextInt(5) > 0) {
                sb.append(", \"targetRole\": \"role\"");
            }
            sb.append(", \"coaching\": {\"optIn\": ")
                    .append(person.optIn())
                    .append(", \"capacity\": ")
                    .append(person.capacity())
                    .append("}, \"holds\": [");
            var skills = new ArrayList<>(SKILLS);
            java.util.Collections.shuffle(skills, random);
            int held = random.nextInt(5);
            for (int h = 0; h < held; h++) {
                sb.append(h == 0 ? "" : ",")
                        .append("{\"skill\": \"")
                        .append(skills.get(h))
                        .append("\", \"level\": ")
                        .append(1 + random.nextInt(5))
                        .append(", \"source\": \"")
                        .append(SOURCES.get(random.nextInt(SOURCES.size())))
                        .append("\", \"at\": \"{today-")
                        .append(random.nextInt(30))
                        .append("}\"}");
            }
            sb.append("]}");
        }
        sb.append("]}");
        this.json = sb.toString();
    }
}
