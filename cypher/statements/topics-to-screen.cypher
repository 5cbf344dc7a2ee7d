// Topics to screen (given ids or all), skipping those already screened by this prompt version and model unless forced.
MATCH (topic:Topic)
WHERE ($topicIds IS NULL OR topic.id IN $topicIds)
  AND ($force OR topic.screeningPromptVersion IS NULL OR topic.screeningPromptVersion <> $promptVersion
       OR topic.screeningModelId <> $modelId)
CALL (topic) {
  OPTIONAL MATCH (article:Article)-[member:IN_TOPIC]->(topic)
  WITH article, member ORDER BY member.probability DESC, article.id LIMIT 3
  RETURN [snippet IN collect(left(coalesce(article.title + ". ", "") + coalesce(article.text, ""), 300)) WHERE snippet <> ""] AS snippets,
    head(collect(article.language)) AS language
}
RETURN topic.id AS id, coalesce(topic.label, "") AS label, coalesce(topic.keywords, []) AS keywords, snippets, language
ORDER BY id
LIMIT toInteger($limit);
