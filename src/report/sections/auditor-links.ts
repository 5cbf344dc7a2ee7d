// Links into the auditor UI and the GraphQL sandbox that `navab serve` opens, per nation where the page takes one,
// and into the files the demo wrote (triples, DPO exports, evaluation pages).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

const FILES = [
  ["conflicts.md", "conflict report with sample cycles"],
  ["triples", "exported triples (JSONL, one file per set)"],
  ["dpo/pipeline", "DPO data from this run's own triples (LLaMA-Factory, TRL, OpenAI)"],
  ["dpo/reference", "DPO data from the authors' 75 reference triples"],
  ["demo-run.json", "the demo's run record"],
] as const;

async function load(context: ReportContext) {
  const evaluationPages = context.evaluationRuns.map((run) => [`${run}.html`, `evaluation report of ${run}`] as const);
  const files = [...FILES, ...evaluationPages].filter(([path]) => existsSync(join(context.out, path)));
  const nations = context.executor
    ? (await context.executor.read<{ nation: string }>("report/table1-counts", {})).map((row) => row.nation)
    : [];
  return { files, nations };
}

export const linksSection = defineSection({
  id: "links",
  title: "Explore: the auditor UI and the files of this run",
  producedBy: "`navab serve`",
  load,
  render({ files, nations }, context) {
    const base = escapeHtml(context.serveUrl);
    const pages = [
      [`${base}/ui/auditor.html`, "conflict-cycle auditor (click a statement for its source span, speaker, outlet)"],
      [`${base}/ui/triples.html`, "triple browser"],
      [`${base}/ui/topics.html`, "topic browser"],
      [`${base}/ui/sandbox.html`, "GraphQL sandbox (offline)"],
      ...nations.map((nation) => [
        `${base}/ui/triples.html?nation=${encodeURIComponent(nation)}`,
        `triples of ${escapeHtml(nation)}`,
      ]),
    ];
    const ui = table(
      ["page (start it with npx navab serve)", "what"],
      pages.map(([href, what]) => [`<a class="ui" href="${href}">${href}</a>`, what ?? ""]),
    );
    const local = table(
      ["file", "what"],
      files.map(([path, what]) => [
        `<a class="file" href="${escapeHtml(path)}">${escapeHtml(path)}</a>`,
        escapeHtml(what),
      ]),
    );
    return `${ui}${local}`;
  },
});
