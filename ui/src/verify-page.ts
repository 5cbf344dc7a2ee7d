// The verification page (NaVAB Table 7, issue 15): one statement at a time against its nation's reference, three
// keys (a / c / u); each label is written through the API behind the reviewer JWT (its subject is the rater) and
// the queue is rebuilt from the stored labels, so a reload resumes where the rater stopped.
/// <reference lib="dom" />
import { byId, element, fill, showError } from "./dom.js";
import { graphql } from "./graphql-client.js";
import { chooseFromUrl } from "./url-choice.js";
import { CREATE_LABEL, MY_LABELS, SET_DETAIL, SETS } from "./verify-queries.js";

interface Item {
  statementId: string;
  position: number;
  raters: string[] | null;
  statement: { text: string | null }[];
}

const setPicker = byId<HTMLSelectElement>("set");
const tokenInput = byId<HTMLInputElement>("token");
const reference = byId("reference");
const statement = byId("statement");
const status = byId("status");
const progress = byId("progress");
const raterLine = byId("rater");
const TOKEN_KEY = "navab.reviewerToken";
let queue: Item[] = [];
let labelled = 0;
let total = 0;
let busy = false;

/** The JWT's subject (the rater's name), read from its payload; the server checks the signature. */
function subjectOf(token: string): string {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    return String((JSON.parse(json) as { sub?: unknown }).sub ?? "");
  } catch {
    return "";
  }
}

function show(): void {
  const current = queue[0];
  progress.textContent = `${labelled} of ${total} labelled by you; ${queue.length} left`;
  progress.dataset.labelled = String(labelled);
  statement.dataset.statementId = current?.statementId ?? "";
  fill(statement, current ? (current.statement[0]?.text ?? current.statementId) : "All your statements are labelled.");
}

async function loadSet(): Promise<void> {
  const rater = subjectOf(tokenInput.value);
  fill(
    raterLine,
    rater ? `Labelling as ${rater}` : element("span", { class: "error" }, "Paste a reviewer token to label."),
  );
  if (setPicker.value === "") return fill(statement, "No verification sets yet (navab verify prepare).");
  const detail = await graphql<{
    verificationSets: { referenceMethod: string | null; reference: { text: string | null }[] }[];
    verificationItems: Item[];
  }>(SET_DETAIL, { set: setPicker.value, setId: setPicker.value });
  const set = detail.verificationSets[0];
  fill(reference, `${set?.reference[0]?.text ?? "?"} (${set?.referenceMethod ?? ""})`);
  const mine = rater
    ? (await graphql<{ verificationLabels: { statementId: string }[] }>(MY_LABELS, { set: setPicker.value, rater }))
        .verificationLabels
    : [];
  const done = new Set(mine.map((label) => label.statementId));
  const assigned = detail.verificationItems.some((item) => (item.raters ?? []).includes(rater));
  const items = detail.verificationItems.filter((item) => !assigned || (item.raters ?? []).includes(rater));
  total = items.length;
  queue = items.filter((item) => !done.has(item.statementId));
  labelled = total - queue.length;
  show();
}

async function label(choice: string): Promise<void> {
  const current = queue[0];
  const rater = subjectOf(tokenInput.value);
  if (!current || busy) return;
  if (!rater) return showError(status, new Error("paste a reviewer token first"));
  busy = true;
  try {
    await graphql(
      CREATE_LABEL,
      { set: setPicker.value, statement: current.statementId, label: choice, by: rater },
      tokenInput.value,
    );
    queue.shift();
    labelled += 1;
    status.textContent = `${current.statementId}: ${choice}`;
    show();
  } finally {
    busy = false;
  }
}

const KEYS: Record<string, string> = {
  a: "align",
  c: "conflict",
  u: "unrelated",
  "1": "align",
  "2": "conflict",
  "3": "unrelated",
};
document.addEventListener("keydown", (event) => {
  if (event.target === tokenInput || event.ctrlKey || event.metaKey || event.altKey) return;
  const choice = KEYS[event.key.toLowerCase()];
  if (choice) void label(choice).catch((error: unknown) => showError(status, error));
});
for (const id of ["align", "conflict", "unrelated"])
  byId(id).addEventListener("click", () => void label(id).catch((error: unknown) => showError(status, error)));
tokenInput.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
tokenInput.addEventListener("change", () => {
  sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
  tokenInput.blur(); // the three keys label from here on
  void loadSet().catch((error: unknown) => showError(status, error));
});
setPicker.addEventListener("change", () => void loadSet().catch((error: unknown) => showError(status, error)));

async function start(): Promise<void> {
  const data = await graphql<{ verificationSets: { id: string; nation: string | null }[] }>(SETS);
  fill(setPicker, ...data.verificationSets.map((set) => element("option", { value: set.id }, set.id)));
  chooseFromUrl(setPicker, "set");
  await loadSet();
}
start().catch((error: unknown) => showError(status, error));
