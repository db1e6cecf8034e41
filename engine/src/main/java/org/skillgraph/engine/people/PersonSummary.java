package org.skillgraph.engine.people;

/** A person as listed: no levels, no history. */
public record PersonSummary(
        String id, String name, String department, String location, String roleId, String targetRoleId) {}
