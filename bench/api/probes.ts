// The read mix of the API load bench: the queries the auditor, topic and triple browsers send (their own documents,
// imported from ui/src), the sandbox's generic nation filter and articlesOfNation, each with a check of the answer
// against the seeded fixture (test/integration/api/api-fixture.ts).
import type { ApiFixture } from "../../test/integration/api/api-fixture.js";
import { CYCLE_DETAIL, CYCLES, STATEMENT_DETAIL } from "../../ui/src/auditor-queries.js";
import { MAPS, TOPICS } from "../../ui/src/topics-queries.js";
import { TRIPLES } from "../../ui/src/triples-queries.js";

export interface Probe {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  check(data: unknown): boolean;
}

export const reviewQuery = `mutation Review($topic: ID!, $reason: String!) {
  createReviews(input: [{ decision: accept, reason: $reason, by: "bench-reviewer",
    topic: { connect: [{ where: { node: { id: { eq: $topic } } } }] } }]) { reviews { reason } }
}`;

const text = (data: unknown) => JSON.stringify(data);

export function readMix(fixture: ApiFixture): Probe[] {
  const [supported, opposed] = fixture.statementIds;
  return [
    {
      name: "provenance",
      query: `query($id: ID!) { triples(where: { id: { eq: $id } }) { question source { text spanText article { title outlet { name nation { code } } } } } }`,
      variables: { id: fixture.tripleId },
      check: (data) =>
        text(data) ===
        JSON.stringify({
          triples: [
            {
              question: `Should rivers be protected? ${fixture.runId}`,
              source: [
                {
                  text: `Rivers are a shared heritage that must be protected ${fixture.runId}`,
                  spanText: `Rivers are a shared heritage that must be protected ${fixture.runId}`,
                  article: [
                    {
                      title: "Article 0 on rivers",
                      outlet: [{ name: "Daily Test", nation: [{ code: fixture.nation }] }],
                    },
                  ],
                },
              ],
            },
          ],
        }),
    },
    {
      name: "articles-of-nation",
      query: `query($nation: ID!) { articles(where: { outlet: { some: { nation: { some: { code: { eq: $nation } } } } } }, sort: [{ id: ASC }], limit: 10) { id outlet { name } } }`,
      variables: { nation: fixture.nation },
      check: (data) => (data as { articles: unknown[] }).articles.length === 3 && text(data).includes("Evening Test"),
    },
    {
      name: "articles-of-nation-cypher",
      query: `query($nation: ID!) { articlesOfNation(nation: $nation, limit: 10) { id outlet { name } } }`,
      variables: { nation: fixture.nation },
      check: (data) =>
        (data as { articlesOfNation: unknown[] }).articlesOfNation.length === 3 && text(data).includes("Evening Test"),
    },
    {
      name: "cycle-detail",
      query: CYCLE_DETAIL,
      variables: { id: fixture.cycleId },
      check: (data) =>
        text(data).includes("minority stance in the cycle") &&
        (data as { conflictCycles: { articles: unknown[] }[] }).conflictCycles[0]?.articles.length === 3,
    },
    {
      name: "statement-detail",
      query: STATEMENT_DETAIL,
      variables: { id: opposed },
      check: (data) =>
        text(data).includes(`Rivers should be opened to industry first ${fixture.runId}`) &&
        text(data).includes("Speaker 1"),
    },
    {
      name: "cycles-of-nation",
      query: CYCLES,
      variables: { nation: fixture.nation, round: 1 },
      check: (data) => text(data).includes(fixture.cycleId),
    },
    {
      name: "triples-of-nation",
      query: TRIPLES,
      variables: { where: { nation: { eq: fixture.nation } }, offset: 0 },
      check: (data) => (data as { triples: { id: string }[] }).triples[0]?.id === fixture.tripleId,
    },
    {
      name: "topic-maps-of-nation",
      query: MAPS,
      variables: { nation: fixture.nation },
      check: (data) => text(data).includes(`${fixture.runId}-map`),
    },
    {
      name: "topics-of-map",
      query: TOPICS,
      variables: { runId: fixture.runId, scope: `nation:${fixture.nation}` },
      check: (data) => text(data).includes("River protection"),
    },
    {
      name: "topic-articles",
      query: `query($id: ID!) { topics(where: { id: { eq: $id } }) { label keywords articles(sort: [{ id: ASC }]) { id } } }`,
      variables: { id: fixture.topicId },
      check: (data) =>
        text(data).includes(`${fixture.runId}-article-2`) &&
        text(data).includes("River protection") &&
        supported !== undefined,
    },
  ];
}
