// Filter anchor (src/api/filter-anchors.ts): ids of the articles published by an outlet of nation $value, at most
// $limit, found from the nation's index entry instead of by scanning every Article.
MATCH (:Nation {code: $value})<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(article:Article)
RETURN DISTINCT article.id AS id
LIMIT $limit
