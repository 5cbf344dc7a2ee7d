// Bench graph: synthetic articles (generated words, no corpus text), each published by one bench outlet; marked by
// ingestRunId = $graph (indexed), so bench-graph-remove finds them without scanning.
UNWIND $rows AS row
MATCH (outlet:Outlet {id: row.outlet})
CREATE (article:Article {id: row.id, title: row.title, text: row.text, language: "en", languageSource: "bench",
  date: row.date, kind: "article", url: row.url, ingestRunId: $graph})
CREATE (article)-[:PUBLISHED_BY]->(outlet)
RETURN count(article) AS articles;
