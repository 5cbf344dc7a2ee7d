// Filter anchor (src/api/filter-anchors.ts): ids of the articles in topic $value, at most $limit.
MATCH (:Topic {id: $value})<-[:IN_TOPIC]-(article:Article)
RETURN DISTINCT article.id AS id
LIMIT $limit
