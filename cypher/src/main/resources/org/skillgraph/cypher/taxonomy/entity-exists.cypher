// Whether a skill, role or module with this id exists now. Parameters: $label ('Skill', 'Role' or 'Module'), $id.
// One row: exists.
OPTIONAL MATCH (s:Skill {id: $id})
OPTIONAL MATCH (r:Role {id: $id})
OPTIONAL MATCH (m:Module {id: $id})
RETURN CASE $label WHEN 'Skill' THEN s IS NOT NULL WHEN 'Role' THEN r IS NOT NULL WHEN 'Module' THEN m IS NOT NULL
       ELSE false END AS exists
