// Node counts of the labels the API serves, from Neo4j's count store (constant time each); the cost estimate
// (src/api/graph-statistics.ts) prices a filter no index narrows by the rows of its label.
MATCH (node:Article) RETURN "Article" AS label, count(node) AS nodes
UNION ALL MATCH (node:Statement) RETURN "Statement" AS label, count(node) AS nodes
UNION ALL MATCH (node:Triple) RETURN "Triple" AS label, count(node) AS nodes
UNION ALL MATCH (node:Topic) RETURN "Topic" AS label, count(node) AS nodes
UNION ALL MATCH (node:TopicMap) RETURN "TopicMap" AS label, count(node) AS nodes
UNION ALL MATCH (node:ConflictCycle) RETURN "ConflictCycle" AS label, count(node) AS nodes
UNION ALL MATCH (node:ConflictRound) RETURN "ConflictRound" AS label, count(node) AS nodes
UNION ALL MATCH (node:Nation) RETURN "Nation" AS label, count(node) AS nodes
UNION ALL MATCH (node:Outlet) RETURN "Outlet" AS label, count(node) AS nodes
UNION ALL MATCH (node:Speaker) RETURN "Speaker" AS label, count(node) AS nodes
UNION ALL MATCH (node:Organization) RETURN "Organization" AS label, count(node) AS nodes
UNION ALL MATCH (node:Review) RETURN "Review" AS label, count(node) AS nodes
UNION ALL MATCH (node:Run) RETURN "Run" AS label, count(node) AS nodes
UNION ALL MATCH (node:EvalRun) RETURN "EvalRun" AS label, count(node) AS nodes
