// Title, language, the first $characters of text and the outlet's country of the given articles (for embeddings,
// place names and the outlet's location).
UNWIND $ids AS articleId
MATCH (article:Article {id: articleId})
OPTIONAL MATCH (article)-[:PUBLISHED_BY]->(outlet:Outlet)
WITH article, head(collect(outlet.country)) AS outletCountry
RETURN article.id AS id, coalesce(article.title, "") AS title, left(coalesce(article.text, ""), $characters) AS text,
  coalesce(article.language, "en") AS language, outletCountry
ORDER BY id;
