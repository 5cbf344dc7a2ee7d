// The conflict-cycle auditor: pick a nation and a round, see each cycle as a cytoscape graph (statements coloured
// by stance inside their articles, inactive links and deactivations dashed red), click a statement for its text,
// source span in the article, speaker and outlet.
/// <reference lib="dom" />
import cytoscape from "cytoscape";
import { CYCLE_DETAIL, CYCLES, NATIONS, ROUNDS, STATEMENT_DETAIL } from "./auditor-queries.js";
import { cycleElements, type CycleDetail } from "./cycle-graph.js";
import { byId, element, fill, showError } from "./dom.js";
import { graphql } from "./graphql-client.js";
import { graphStyle } from "./graph-style.js";
import { statementPanel, type StatementDetail } from "./statement-panel.js";
import { chooseFromUrl } from "./url-choice.js";

const nationPicker = byId<HTMLSelectElement>("nation");
const roundPicker = byId<HTMLSelectElement>("round");
const cycleList = byId("cycles");
const details = byId("details");
const status = byId("status");
const graph = cytoscape({ container: byId("graph"), style: graphStyle, wheelSensitivity: 0.3 });
(window as unknown as { navabAuditor: unknown }).navabAuditor = { graph };

function options(select: HTMLSelectElement, values: { value: string; label: string }[]): void {
  fill(select, ...values.map((option) => element("option", { value: option.value }, option.label)));
}

async function loadNations(): Promise<void> {
  const data = await graphql<{ nations: { code: string; name: string | null }[] }>(NATIONS);
  options(
    nationPicker,
    data.nations.map((nation) => ({ value: nation.code, label: `${nation.code} ${nation.name ?? ""}` })),
  );
  chooseFromUrl(nationPicker, "nation");
  await loadRounds();
}

async function loadRounds(): Promise<void> {
  const data = await graphql<{ conflictRoundsOfNation: number[] }>(ROUNDS, { nation: nationPicker.value });
  const rounds = data.conflictRoundsOfNation;
  options(
    roundPicker,
    rounds.map((round) => ({ value: String(round), label: `round ${round}` })),
  );
  const wanted = new URLSearchParams(location.search).get("round");
  if (wanted !== null && rounds.includes(Number(wanted))) roundPicker.value = wanted;
  await loadCycles();
}

async function loadCycles(): Promise<void> {
  graph.elements().remove();
  fill(details, element("p", {}, "Pick a cycle, then click a statement."));
  if (roundPicker.value === "") return fill(cycleList, element("p", {}, "No conflict cycles for this nation."));
  const data = await graphql<{
    conflictCyclesOfNation: { id: string; length: number | null; dominantStance: string | null }[];
  }>(CYCLES, { nation: nationPicker.value, round: Number(roundPicker.value) });
  const cycles = data.conflictCyclesOfNation;
  fill(
    cycleList,
    ...cycles.map((cycle) => {
      const button = element(
        "button",
        { "data-cycle": cycle.id },
        `${cycle.id} · ${cycle.length ?? "?"} articles · ${cycle.dominantStance ?? ""}`,
      );
      button.addEventListener(
        "click",
        () => void showCycle(cycle.id).catch((error: unknown) => showError(details, error)),
      );
      return element("li", {}, button);
    }),
  );
  const first = cycles[0];
  if (first !== undefined) await showCycle(first.id);
}

async function showCycle(id: string): Promise<void> {
  const data = await graphql<{ conflictCycles: CycleDetail[] }>(CYCLE_DETAIL, { id });
  const cycle = data.conflictCycles[0];
  if (cycle === undefined) return showError(details, new Error(`cycle ${id} not found`));
  graph.elements().remove();
  graph.add(cycleElements(cycle));
  graph.layout({ name: "preset", padding: 30 }).run();
  graph.fit(undefined, 30);
  status.textContent = `cycle ${cycle.id}: round ${cycle.round ?? "?"}, ${cycle.articles.length} articles`;
  status.dataset.cycle = cycle.id;
}

graph.on("tap", "node.statement", (event) => {
  const statementId = String(event.target.data("statementId"));
  graphql<{ statements: StatementDetail[] }>(STATEMENT_DETAIL, { id: statementId })
    .then((data) => {
      const statement = data.statements[0];
      if (statement === undefined) throw new Error(`statement ${statementId} not found`);
      fill(details, statementPanel(statement));
    })
    .catch((error: unknown) => showError(details, error));
});

nationPicker.addEventListener("change", () => void loadRounds().catch((error: unknown) => showError(details, error)));
roundPicker.addEventListener("change", () => void loadCycles().catch((error: unknown) => showError(details, error)));
loadNations().catch((error: unknown) => showError(details, error));
