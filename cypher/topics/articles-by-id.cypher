// The articles with the given ids (the fitted sample of sample-and-assign), in id order, as scope-articles returns them.
UNWIND $ids AS articleId
MATCH (article:Article {id: articleId})-[:PUBLISHED_BY]->(outlet:Outlet)-[:OF_NATION]->(nation:Nation)
RETURN article.id AS id, coalesce(article.title, "") AS title, coalesce(article.text, "") AS text,
  coalesce(article.language, outlet.language, "en") AS language, nation.code AS nation
ORDER BY article.id;
