// Statement groups (one benchmark item per statement text) of the given articles still without a triple for these
// prompt versions and model, with every supported member: its text, language, source judgment, nation and
// article. The triple stage picks the representative (a member with a known source) and skips groups without one.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:STATES]->(:Statement {status: "valid"})-[:IN_GROUP]->(group:StatementGroup)
WITH DISTINCT group
WHERE $force OR NOT EXISTS {
  MATCH (group)<-[:OF_GROUP]-(triple:Triple {promptVersion: $promptVersion, modelId: $modelId})
  WHERE triple.status <> "failed" OR NOT $retryFailed
}
CALL (group) {
  MATCH (article:Article)-[:STATES]->(member:Statement {status: "valid"})-[:IN_GROUP]->(group)
  OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation:Nation)
  WITH member, article, min(nation.code) AS nation
  ORDER BY member.id
  RETURN collect({id: member.id, text: member.text, language: coalesce(member.language, article.language),
    source: member.source, nation: nation, articleId: article.id}) AS members
}
RETURN group.id AS groupId, members
ORDER BY groupId;
