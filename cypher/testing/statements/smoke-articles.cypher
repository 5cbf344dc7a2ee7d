// Smoke-run sample: the first articles of each nation's main kind, shortest first (small local models, short context).
MATCH (article:Article)-[:PUBLISHED_BY]->(:Outlet)-[:OF_NATION]->(nation:Nation {code: $nation})
WHERE article.kind = $kind AND size(article.text) >= 80 AND size(article.text) <= $maxCharacters
RETURN article.id AS id
ORDER BY size(article.text), article.id
LIMIT toInteger($limit);
