// A nation's articles, newest first (undated last, ties by id), walking from the nation instead of filtering all articles.
// Paging is @neo4j/graphql's: it applies the field's `limit`/`offset` (capped by Article's @limit) to these rows.
MATCH (:Nation {code: $nation})<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(article:Article)
WITH DISTINCT article
ORDER BY article.date IS NULL, article.date DESC, article.id
RETURN article
