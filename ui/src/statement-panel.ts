// The side panel for one statement: its text, stance, the source span highlighted in its article, the speaker,
// the outlet and nation, and any deactivation (round and reason) — the provenance an auditor checks.
/// <reference lib="dom" />
import { element, externalLink, highlightedSpan } from "./dom.js";

/** The selection the panel needs (statement → speaker, article → outlet → nation, deactivations). */
export const STATEMENT_FIELDS = `id text valueClaim stance source spanStart spanEnd active status modelId promptVersion
  speaker(limit: 1) { name organizations(limit: 3) { name } }
  article(limit: 1) { id title text date url outlet(limit: 1) { name kind nation(limit: 1) { code name } } }
  deactivationsConnection(first: 5) { edges { properties { round reason } node { id round } } }`;

export interface StatementDetail {
  id: string;
  text: string | null;
  valueClaim: string | null;
  stance: string | null;
  source: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  active: boolean | null;
  modelId: string | null;
  promptVersion: string | null;
  speaker: { name: string | null; organizations: { name: string | null }[] }[];
  article: {
    id: string;
    title: string | null;
    text: string | null;
    date: string | null;
    url: string | null;
    outlet: { name: string | null; kind: string | null; nation: { code: string; name: string | null }[] }[];
  }[];
  deactivationsConnection: {
    edges: { properties: { round: number | null; reason: string | null }; node: { id: string } }[];
  };
}

function row(label: string, value: string | null | undefined): HTMLElement {
  return element("div", { class: "row" }, element("span", { class: "label" }, label), value ?? "—");
}

export function statementPanel(statement: StatementDetail): HTMLElement {
  const article = statement.article[0];
  const outlet = article?.outlet[0];
  const nation = outlet?.nation[0];
  const speaker = statement.speaker[0];
  const organizations = speaker?.organizations.map((organization) => organization.name).join(", ");
  const removals = statement.deactivationsConnection.edges;
  return element(
    "section",
    { class: "statement-panel", "data-statement": statement.id },
    element("h2", {}, "Statement"),
    element("blockquote", { "data-testid": "statement-text" }, statement.text ?? ""),
    row("stance", statement.stance),
    row("value claim", statement.valueClaim),
    row("source", statement.source),
    row(
      "speaker",
      speaker === undefined ? null : `${speaker.name ?? "?"}${organizations ? ` (${organizations})` : ""}`,
    ),
    row("outlet", outlet === undefined ? null : `${outlet.name ?? "?"} · ${outlet.kind ?? ""}`),
    row("nation", nation === undefined ? null : `${nation.code} ${nation.name ?? ""}`),
    row("made by", `${statement.modelId ?? "?"} · prompt ${statement.promptVersion ?? "?"}`),
    ...removals.map((removal) =>
      element(
        "p",
        { class: "deactivation" },
        `deactivated in round ${removal.properties.round ?? "?"} by cycle ${removal.node.id}: ${removal.properties.reason ?? ""}`,
      ),
    ),
    element("h3", {}, article?.title ?? "Article"),
    article?.url ? element("p", { class: "article-url" }, externalLink(article.url)) : null,
    highlightedSpan(article?.text ?? "", statement.spanStart, statement.spanEnd),
  );
}
