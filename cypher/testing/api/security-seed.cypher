// Test fixture of test/security/ (issue 12): one article as a hostile or careless ingest could store it — a
// `javascript:` URL ($url) and an absolute source path ($sourceFile) — with a statement, a triple, two topics, and
// a statement whose span is reversed (its spanText makes Neo4j fail with an internal message). Every node carries
// the label ApiTestFixture and $runId, so cypher/api/fixture-remove deletes exactly these nodes.
CREATE (nation:Nation:ApiTestFixture {code: $nation, name: "Securityland", runId: $runId})
CREATE (outlet:Outlet:ApiTestFixture {id: $runId + "-outlet", name: "Hostile Test", kind: "private", language: "en",
  runId: $runId})
CREATE (outlet)-[:OF_NATION]->(nation)
CREATE (article:Article:ApiTestFixture {id: $runId + "-article", runId: $runId, title: "A hostile article",
  text: "Officials said: rivers must be protected. The debate continues.", language: "en", kind: "article",
  date: "2024-05-01", url: $url, sourceFile: $sourceFile})
CREATE (article)-[:PUBLISHED_BY]->(outlet)
CREATE (statement:Statement:ApiTestFixture {id: $runId + "-statement", runId: $runId, text: "rivers must be protected",
  stance: "support", spanStart: 16, spanEnd: 40, active: true, status: "valid", source: "quoted"})
CREATE (reversed:Statement:ApiTestFixture {id: $runId + "-reversed", runId: $runId, text: "a reversed span",
  stance: "support", spanStart: 40, spanEnd: 16, active: true, status: "valid"})
CREATE (article)-[:STATES]->(statement), (article)-[:STATES]->(reversed)
CREATE (triple:Triple:ApiTestFixture {id: $runId + "-triple", runId: $runId, question: "Should rivers be protected? " + $runId,
  statement: "Rivers must be protected.", reverseStatement: "Rivers need no protection.", language: "en",
  nation: $nation, set: "quoted", status: "valid", checks: []})
CREATE (triple)-[:FROM]->(statement)
CREATE (:Topic:ApiTestFixture {id: $runId + "-topic", runId: $runId, label: "Rivers", nation: $nation, rank: 0})
CREATE (:Topic:ApiTestFixture {id: $runId + "-other-topic", runId: $runId, label: "Other", nation: $nation, rank: 1})
RETURN article.id AS articleId, triple.id AS tripleId, reversed.id AS reversedId;
