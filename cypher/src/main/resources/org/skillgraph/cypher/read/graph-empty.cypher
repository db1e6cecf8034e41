// Whether the graph holds no curriculum or people yet (serve --demo loads the demo only then).
// No parameters; one row.
RETURN NOT EXISTS { MATCH (n) WHERE n:Skill OR n:Role OR n:Module OR n:Person } AS empty
