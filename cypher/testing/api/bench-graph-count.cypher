// Bench graph: how many articles and cycles it holds, and the size of the whole graph it sits in.
MATCH (article:Article {ingestRunId: $graph})
WITH count(article) AS benchArticles
MATCH (cycle:ConflictCycle {runId: $graph})
WITH benchArticles, count(cycle) AS benchCycles
MATCH (any:Article)
RETURN benchArticles, benchCycles, count(any) AS allArticles;
