// LINK counts of a conflict run by kind: total and still active.
MATCH (:Article)-[r:LINK]->(:Article)
WHERE r.id STARTS WITH $prefix
RETURN r.kind AS kind, count(r) AS total, sum(CASE WHEN r.active THEN 1 ELSE 0 END) AS active
ORDER BY kind;
