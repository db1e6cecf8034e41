// Replaces a person's coaching preferences (a null removes one), unless a skill they want to coach does not exist.
// Parameters: $id, $prefs {prefFormat, prefLanguages, prefTimezone, prefOtherDepartment, prefWantsToCoach,
// prefAvailableFrom, prefAvailableUntil}. Zero rows for an unknown person, else one: the pref* properties as stored,
// unknownSkills (ids of $prefs.prefWantsToCoach that are no skill; nothing is written then).
MATCH (p:Person {id: $id})
WITH p, [s IN coalesce($prefs.prefWantsToCoach, []) WHERE NOT EXISTS { (:Skill {id: s}) }] AS unknownSkills
CALL (p, unknownSkills) {
  WITH p WHERE size(unknownSkills) = 0
  SET p.prefFormat = $prefs.prefFormat, p.prefLanguages = $prefs.prefLanguages, p.prefTimezone = $prefs.prefTimezone,
      p.prefOtherDepartment = $prefs.prefOtherDepartment, p.prefWantsToCoach = $prefs.prefWantsToCoach,
      p.prefAvailableFrom = $prefs.prefAvailableFrom, p.prefAvailableUntil = $prefs.prefAvailableUntil
}
RETURN p.prefFormat AS prefFormat, p.prefLanguages AS prefLanguages, p.prefTimezone AS prefTimezone,
       p.prefOtherDepartment AS prefOtherDepartment, p.prefWantsToCoach AS prefWantsToCoach,
       p.prefAvailableFrom AS prefAvailableFrom, p.prefAvailableUntil AS prefAvailableUntil, unknownSkills
