// Valid statements of the given articles still without a source judgment by this prompt version and model.
UNWIND $articleIds AS articleId
MATCH (article:Article {id: articleId})-[:STATES]->(statement:Statement {status: "valid"})
WHERE $force OR statement.sourcePromptVersion IS NULL OR statement.sourcePromptVersion <> $promptVersion
  OR statement.sourceModelId <> $modelId
OPTIONAL MATCH (article)-[:SPOKEN_BY]->(speaker:Speaker)
OPTIONAL MATCH (speaker)-[:MEMBER_OF]->(organization:Organization)
WITH statement, article, head(collect(speaker)) AS speaker, head(collect(organization)) AS organization
RETURN statement.id AS id, statement.text AS text, statement.language AS language, article.text AS articleText,
  speaker.id AS knownSpeakerId, speaker.name AS knownSpeakerName, organization.id AS knownOrganizationId
ORDER BY id;
