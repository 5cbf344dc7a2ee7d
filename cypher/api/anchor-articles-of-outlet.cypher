// Filter anchor (src/api/filter-anchors.ts): ids of the articles published by outlet $value, at most $limit.
MATCH (:Outlet {id: $value})<-[:PUBLISHED_BY]-(article:Article)
RETURN DISTINCT article.id AS id
LIMIT $limit
