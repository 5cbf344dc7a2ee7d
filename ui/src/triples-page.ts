// The triple browser: <Question, Statement, Reverse Statement> items (paper §3.5) by nation, set and status, a page
// at a time; click one for its provenance (statement, source span, article, speaker, outlet, nation).
/// <reference lib="dom" />
import { byId, element, fill, showError } from "./dom.js";
import { graphql } from "./graphql-client.js";
import { NATIONS, PAGE_SIZE, PROVENANCE, TRIPLES, triplesWhere } from "./triples-queries.js";
import { statementPanel, type StatementDetail } from "./statement-panel.js";
import { chooseFromUrl } from "./url-choice.js";

interface TripleRow {
  id: string;
  question: string | null;
  statement: string | null;
  reverseStatement: string | null;
  set: string | null;
  status: string | null;
  conflictReduced: boolean | null;
}

interface ProvenanceRow {
  id: string;
  checks: string[] | null;
  source: StatementDetail[];
  scoredByConnection: {
    edges: {
      properties: { correct: boolean | null; verdict: string | null };
      node: { model: string | null; method: string | null; variant: string | null };
    }[];
  };
}

const nationPicker = byId<HTMLSelectElement>("nation");
const setPicker = byId<HTMLSelectElement>("set");
const rows = byId("triples");
const details = byId("details");
const pageLabel = byId("page");
let offset = 0;
const fail = (error: unknown) => showError(details, error);

function filter(): Record<string, unknown> {
  return triplesWhere(nationPicker.value, setPicker.value);
}

async function loadPage(): Promise<void> {
  const data = await graphql<{ triples: TripleRow[] }>(TRIPLES, { where: filter(), offset });
  pageLabel.textContent =
    data.triples.length === 0 ? "no triples" : `items ${offset + 1}–${offset + data.triples.length}`;
  byId<HTMLButtonElement>("next").disabled = data.triples.length < PAGE_SIZE;
  byId<HTMLButtonElement>("previous").disabled = offset === 0;
  fill(
    rows,
    ...data.triples.map((triple) => {
      const row = element(
        "tr",
        { class: "selectable", "data-triple": triple.id },
        element("td", {}, triple.question ?? ""),
        element("td", {}, triple.statement ?? ""),
        element("td", {}, triple.reverseStatement ?? ""),
        element("td", {}, `${triple.set ?? ""} · ${triple.status ?? ""}${triple.conflictReduced ? " · reduced" : ""}`),
      );
      row.addEventListener("click", () => void showProvenance(triple.id).catch(fail));
      return row;
    }),
  );
}

async function showProvenance(id: string): Promise<void> {
  const data = await graphql<{ triples: ProvenanceRow[] }>(PROVENANCE, { id });
  const triple = data.triples[0];
  const source = triple?.source[0];
  if (triple === undefined || source === undefined)
    return fill(details, element("p", {}, `triple ${id} has no source statement`));
  const scores = triple.scoredByConnection.edges.map((edge) =>
    element(
      "li",
      {},
      `${edge.node.model ?? "?"} · ${edge.node.method ?? "?"} ${edge.node.variant ?? ""}: ${edge.properties.correct ? "correct" : "wrong"}${edge.properties.verdict ? ` (judge: ${edge.properties.verdict})` : ""}`,
    ),
  );
  fill(
    details,
    element("p", {}, `checks: ${(triple.checks ?? []).join(", ") || "none"}`),
    element("h3", {}, "Evaluations"),
    scores.length === 0 ? element("p", {}, "not evaluated yet") : element("ul", {}, ...scores),
    statementPanel(source),
  );
}

async function start(): Promise<void> {
  const data = await graphql<{ nations: { code: string; name: string | null }[] }>(NATIONS);
  fill(
    nationPicker,
    element("option", { value: "" }, "all nations"),
    ...data.nations.map((nation) => element("option", { value: nation.code }, `${nation.code} ${nation.name ?? ""}`)),
  );
  chooseFromUrl(nationPicker, "nation");
  await loadPage();
}

for (const picker of [nationPicker, setPicker]) {
  picker.addEventListener("change", () => {
    offset = 0;
    void loadPage().catch(fail);
  });
}
byId("previous").addEventListener("click", () => {
  offset = Math.max(0, offset - PAGE_SIZE);
  void loadPage().catch(fail);
});
byId("next").addEventListener("click", () => {
  offset += PAGE_SIZE;
  void loadPage().catch(fail);
});
start().catch(fail);
