// The example queries the offline sandbox offers. Each is index-backed on a large graph (checked by EXPLAIN in
// test/integration/api/filter-plans.test.ts): a nation's articles come from articlesOfNation (which walks from the
// nation), and the generic `outlet: { some: { nation: … } } }` filter is answered through a filter anchor.
export const SANDBOX_EXAMPLES: Record<string, string> = {
  "Articles of a nation": `query Articles($nation: ID = "CN") {
  articlesOfNation(nation: $nation, limit: 5) { id title date outlet { name kind } }
}`,
  "Articles of an outlet (generic filter)": `query OutletArticles($outlet: ID = "bbc-news") {
  articles(where: { outlet: { some: { id: { eq: $outlet } } } }, limit: 5, sort: [{ date: DESC }]) {
    id title date outlet { name kind nation { code } }
  }
}`,
  "Provenance of triples": `query {
  triples(limit: 3) {
    question statement reverseStatement
    source { text stance spanText speaker { name } article { title outlet { name nation { code } } } }
  }
}`,
  "Cycles of a nation and round": `query Cycles($nation: ID = "CN", $round: Int = 1) {
  conflictCyclesOfNation(nation: $nation, round: $round, limit: 5) {
    id round length dominantStance articles(limit: 5) { id title }
    deactivatedConnection(first: 5) { edges { properties { round reason } node { id text stance } } }
  }
}`,
  "Record a topic review (needs a token)": `mutation Review($topic: ID!, $by: String!) {
  createReviews(input: [{ decision: accept, reason: "value-related", by: $by,
    topic: { connect: [{ where: { node: { id: { eq: $topic } } } }] } }]) { reviews { id decision by at } }
}`,
};
