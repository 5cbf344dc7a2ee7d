// Test fixture for the API/UI tests: a tiny provenance chain (nation → outlets → articles → statements → triple),
// a topic with 2-d coordinates, and a 3-article conflict cycle with one inactive link and one deactivated statement.
// Every node carries the label ApiTestFixture and $runId so fixture-remove deletes exactly these nodes.
CREATE (nation:Nation:ApiTestFixture {code: $nation, name: "Testland", runId: $runId})
CREATE (daily:Outlet:ApiTestFixture {id: $runId + "-daily", name: "Daily Test", kind: "state", language: "en", runId: $runId})
CREATE (evening:Outlet:ApiTestFixture {id: $runId + "-evening", name: "Evening Test", kind: "private", language: "en", runId: $runId})
CREATE (daily)-[:OF_NATION]->(nation), (evening)-[:OF_NATION]->(nation)
WITH nation, daily, evening, "Officials said on Monday: " AS lead,
  ["Rivers are a shared heritage that must be protected " + $runId,
   "Rivers should be opened to industry first " + $runId,
   "Protecting rivers protects the nation's future " + $runId] AS claims
UNWIND range(0, 2) AS position
WITH nation, lead, claims[position] AS claim, position, [daily, evening, daily][position] AS outlet
CREATE (article:Article:ApiTestFixture {id: $runId + "-article-" + position, runId: $runId, title: "Article " + position + " on rivers",
  text: lead + claim + ". The debate continues in parliament.", language: "en", date: "2024-05-0" + (position + 1),
  kind: "article", url: "https://example.org/" + $runId + "/" + position})
CREATE (article)-[:PUBLISHED_BY]->(outlet)
CREATE (statement:Statement:ApiTestFixture {id: $runId + "-statement-" + position, runId: $runId, text: claim,
  valueClaim: "rivers", language: "en", stance: CASE position WHEN 1 THEN "oppose" ELSE "support" END,
  spanStart: size(lead), spanEnd: size(lead) + size(claim), source: "quoted", status: "valid", active: position <> 1,
  promptVersion: "statements-v1", modelId: "fake-chat"})
CREATE (article)-[:STATES]->(statement)
CREATE (speaker:Speaker:ApiTestFixture {id: $runId + "-speaker-" + position, name: "Speaker " + position, runId: $runId})
CREATE (statement)-[:ATTRIBUTED_TO]->(speaker)
CREATE (speaker)-[:MEMBER_OF]->(:Organization:ApiTestFixture {id: $runId + "-org-" + position, name: "Ministry " + position, runId: $runId})
WITH collect(article) AS articles, collect(statement) AS statements
WITH articles, statements, articles[0] AS first, articles[1] AS second, articles[2] AS third,
  statements[0] AS supported, statements[1] AS opposed
CREATE (first)-[:LINK {id: $runId + "-link-0", kind: "statement", weight: 0.9, why: "same value, opposite stance", active: true, runId: $runId}]->(second)
CREATE (second)-[:LINK {id: $runId + "-link-1", kind: "semantic", weight: 0.7, why: "similar topic", active: false, runId: $runId,
  deactivatedRound: 1, deactivatedReason: "deviates from the dominant stance", deactivatedBy: $runId + "-cycle"}]->(third)
CREATE (third)-[:LINK {id: $runId + "-link-2", kind: "geo", weight: 0.5, why: "same river basin", active: true, runId: $runId}]->(first)
CREATE (cycle:ConflictCycle:ApiTestFixture {id: $runId + "-cycle", runId: $runId, round: 1, length: 3, dominantStance: "support",
  members: [article IN articles | article.id], links: [$runId + "-link-0", $runId + "-link-1", $runId + "-link-2"]})
FOREACH (article IN articles | CREATE (cycle)-[:CONTAINS]->(article))
CREATE (cycle)-[:DEACTIVATED {round: 1, reason: "minority stance in the cycle"}]->(opposed)
CREATE (triple:Triple:ApiTestFixture {id: $runId + "-triple", runId: $runId, question: "Should rivers be protected? " + $runId,
  statement: supported.text, reverseStatement: "Rivers need no protection " + $runId, language: "en", nation: $nation,
  set: "quoted", checks: ["grammar"], status: "valid", conflictReduced: true})
CREATE (triple)-[:FROM]->(supported)
CREATE (topic:Topic:ApiTestFixture {id: $runId + "-topic", runId: $runId, label: "River protection", keywords: ["river", "protect", "heritage"],
  size: 2, method: "hdbscan", nation: $nation, valueRelated: true, scope: "nation:" + $nation, rank: 0})
CREATE (first)-[:IN_TOPIC {probability: 0.9, runId: $runId}]->(topic)
CREATE (third)-[:IN_TOPIC {probability: 0.8, runId: $runId}]->(topic)
CREATE (:TopicMap:ApiTestFixture {id: $runId + "-map", runId: $runId, scope: "nation:" + $nation, nation: $nation,
  articleIds: [article IN articles | article.id], x: [1.0, 2.5, 3.0], y: [2.0, 0.5, 4.0], clusterLabels: [0, -1, 0],
  topicRanks: [0, -1, 0], outlierShareBefore: 0.33, outlierShareAfter: 0.33, embeddingModel: "hashed-ngram-v1", minClusterSize: 2})
RETURN cycle.id AS cycleId, triple.id AS tripleId, topic.id AS topicId, [statement IN statements | statement.id] AS statementIds;
