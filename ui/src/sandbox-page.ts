// The offline GraphQL sandbox: a query, its variables and an optional reviewer token, sent to /graphql; the answer
// (data or the server's clear error) is shown as JSON. No CDN, no Apollo landing page.
/// <reference lib="dom" />
import { byId } from "./dom.js";

const examples: Record<string, string> = {
  "Articles of a nation": `query Articles($nation: ID = "CN") {
  articles(where: { outlet: { some: { nation: { some: { code: { eq: $nation } } } } } }, limit: 5, sort: [{ date: DESC }]) {
    id title date outlet { name kind }
  }
}`,
  "Provenance of triples": `query {
  triples(limit: 3) {
    question statement reverseStatement
    source { text stance spanText speaker { name } article { title outlet { name nation { code } } } }
  }
}`,
  "Cycles and what they deactivated": `query {
  conflictCycles(limit: 5, sort: [{ round: ASC }]) {
    id round length dominantStance articles(limit: 5) { id title }
    deactivatedConnection(first: 5) { edges { properties { round reason } node { id text stance } } }
  }
}`,
  "Record a topic review (needs a token)": `mutation Review($topic: ID!, $by: String!) {
  createReviews(input: [{ decision: accept, reason: "value-related", by: $by,
    topic: { connect: [{ where: { node: { id: { eq: $topic } } } }] } }]) { reviews { id decision by at } }
}`,
};

const query = byId<HTMLTextAreaElement>("query");
const variables = byId<HTMLTextAreaElement>("variables");
const token = byId<HTMLInputElement>("token");
const output = byId("output");
const picker = byId<HTMLSelectElement>("examples");

for (const name of Object.keys(examples)) picker.append(new Option(name, name));
picker.addEventListener("change", () => {
  query.value = examples[picker.value] ?? query.value;
});
query.value = Object.values(examples)[0] ?? "";

byId("run").addEventListener("click", () => {
  let parsed: unknown = {};
  try {
    parsed = variables.value.trim() === "" ? {} : JSON.parse(variables.value);
  } catch (error) {
    output.textContent = `variables are not JSON: ${(error as Error).message}`;
    return;
  }
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token.value.trim() !== "") headers.authorization = `Bearer ${token.value.trim()}`;
  output.textContent = "…";
  fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query: query.value, variables: parsed }) })
    .then(async (response) => {
      output.textContent = `HTTP ${response.status}\n${JSON.stringify(await response.json(), null, 2)}`;
    })
    .catch((error: unknown) => {
      output.textContent = String(error);
    });
});
