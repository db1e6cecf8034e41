// A person's coaching preferences. Parameters: $id. Zero or one row: the pref* properties, unknownSkills (always []).
MATCH (p:Person {id: $id})
RETURN p.prefFormat AS prefFormat, p.prefLanguages AS prefLanguages, p.prefTimezone AS prefTimezone,
       p.prefOtherDepartment AS prefOtherDepartment, p.prefWantsToCoach AS prefWantsToCoach,
       p.prefAvailableFrom AS prefAvailableFrom, p.prefAvailableUntil AS prefAvailableUntil, [] AS unknownSkills
