// Statement counts per nation for `navab stats`: supported / unsupported by the grounding gate, supported ones by
// judged source (quoted, official, unknown = failed or never judged), items (statement groups), triples by status.
MATCH (nation:Nation)
CALL (nation) {
  OPTIONAL MATCH (nation)<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(:Article)-[:STATES]->(statement:Statement)
  WITH DISTINCT statement
  OPTIONAL MATCH (statement)-[:IN_GROUP]->(group:StatementGroup)
  RETURN count(DISTINCT CASE WHEN statement.status = "valid" THEN statement END) AS supportedStatements,
    count(DISTINCT CASE WHEN statement.status = "unsupported" THEN statement END) AS unsupportedStatements,
    count(DISTINCT CASE WHEN statement.status = "valid" AND statement.source = "quoted" THEN statement END) AS quotedStatements,
    count(DISTINCT CASE WHEN statement.status = "valid" AND statement.source = "official" THEN statement END) AS officialStatements,
    count(DISTINCT CASE WHEN statement.status = "valid" AND NOT coalesce(statement.source, "unknown") IN ["quoted", "official"]
      THEN statement END) AS unknownSourceStatements,
    count(DISTINCT CASE WHEN statement.status = "valid" THEN group END) AS statementItems
}
CALL (nation) {
  OPTIONAL MATCH (triple:Triple {nation: nation.code})
  RETURN count(CASE WHEN triple.status = "valid" THEN 1 END) AS validTriples,
    count(CASE WHEN triple.status = "flagged" THEN 1 END) AS flaggedTriples
}
RETURN nation.code AS nation, supportedStatements, unsupportedStatements, quotedStatements, officialStatements,
  unknownSourceStatements, statementItems, validTriples, flaggedTriples
ORDER BY nation;
