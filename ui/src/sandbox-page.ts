// The offline GraphQL sandbox: a query, its variables and an optional reviewer token, sent to /graphql; the answer
// (data or the server's clear error) is shown as JSON. No CDN, no Apollo landing page.
/// <reference lib="dom" />
import { byId } from "./dom.js";
import { SANDBOX_EXAMPLES as examples } from "./sandbox-examples.js";

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
