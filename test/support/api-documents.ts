// Every GraphQL document the UI pages and the offline sandbox send, with variables naming a fixture's nodes: the
// set the API's limits must accept and its filters must answer from indexes (test/unit/api, test/integration/api).
import { CYCLE_DETAIL, CYCLES, NATIONS, ROUNDS, STATEMENT_DETAIL } from "../../ui/src/auditor-queries.js";
import { SANDBOX_EXAMPLES } from "../../ui/src/sandbox-examples.js";
import * as topics from "../../ui/src/topics-queries.js";
import * as triples from "../../ui/src/triples-queries.js";

export interface DocumentNames {
  nation: string;
  outlet: string;
  cycleId: string;
  statementId: string;
  tripleId: string;
  topicId: string;
  articleId: string;
  mapId: string;
  runId: string;
  scope: string;
}

export interface SentDocument {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export function apiDocuments(names: DocumentNames): SentDocument[] {
  const documents: SentDocument[] = [
    { name: "auditor nations", query: NATIONS, variables: {} },
    { name: "auditor rounds", query: ROUNDS, variables: { nation: names.nation } },
    { name: "auditor cycles", query: CYCLES, variables: { nation: names.nation, round: 1 } },
    { name: "auditor cycle detail", query: CYCLE_DETAIL, variables: { id: names.cycleId } },
    { name: "auditor statement detail", query: STATEMENT_DETAIL, variables: { id: names.statementId } },
    { name: "topics nations", query: topics.NATIONS, variables: {} },
    { name: "topics maps", query: topics.MAPS, variables: { nation: names.nation } },
    { name: "topics map", query: topics.MAP, variables: { id: names.mapId } },
    { name: "topics of map", query: topics.TOPICS, variables: { runId: names.runId, scope: names.scope } },
    { name: "topics of nation", query: topics.TOPICS_OF_NATION, variables: { nation: names.nation } },
    { name: "topics article", query: topics.ARTICLE, variables: { id: names.articleId } },
    ...[
      ["triples of a nation", names.nation, "", 0],
      ["quoted triples of a nation", names.nation, "quoted", 20],
      ["triples of all nations", "", "", 20],
      ["quoted triples of all nations", "", "quoted", 0],
    ].map(([name, nation, set, offset]) => ({
      name: String(name),
      query: triples.TRIPLES,
      variables: { where: triples.triplesWhere(String(nation), String(set)), offset },
    })),
    { name: "triple provenance", query: triples.PROVENANCE, variables: { id: names.tripleId } },
  ];
  for (const [name, query] of Object.entries(SANDBOX_EXAMPLES)) {
    const variables = { nation: names.nation, outlet: names.outlet, round: 1, topic: names.topicId, by: "tester" };
    const declared = Object.fromEntries(Object.entries(variables).filter(([key]) => query.includes(`$${key}`)));
    documents.push({ name: `sandbox: ${name}`, query, variables: declared });
  }
  return documents;
}
