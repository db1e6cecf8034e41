// Every framework in id order with the number of its skills (frameworks are few: no paging).
// No parameters. One row per framework.
MATCH (f:Framework)
RETURN f.id AS id, f.title AS title, f.version AS version, f.publisher AS publisher, f.language AS language,
       COUNT { (f)<-[:IN_FRAMEWORK]-(:Skill) } AS skills
ORDER BY id
