// Table 1 of the run (NaVAB Table 1 shape): per nation, the news in the graph, the articles that went through
// statement extraction, statements quoted / official, and triples — next to the paper's Table 1.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PAPER_NATIONS } from "../../evaluation/report/paper-table.js";
import { count, escapeHtml, table } from "../html.js";
import { defineSection, type ReportContext } from "../section.js";

interface CountRow {
  nation: string;
  articles: number;
  extractedArticles: number;
  statements: number;
  quoted: number;
  official: number;
  triples: number;
}

interface PaperCounts {
  news: number;
  quoted: number;
  official: number;
}

/** The paper's Table 1 by navab nation code (empty when the reference file is absent). */
export async function readPaperTable1(reference: string): Promise<Map<string, PaperCounts>> {
  const text = await readFile(join(reference, "navab-paper", "table1_sources.csv"), "utf8").catch(() => "");
  const rows = text.trim().split(/\r?\n/).slice(1);
  const byName = new Map(rows.map((line) => line.split(",")).map((cells) => [cells[0]?.toLowerCase() ?? "", cells]));
  const result = new Map<string, PaperCounts>();
  for (const [name, code] of Object.entries(PAPER_NATIONS)) {
    const cells = byName.get(name);
    if (cells) result.set(code, { news: Number(cells[1]), quoted: Number(cells[2]), official: Number(cells[3]) });
  }
  return result;
}

async function load(context: ReportContext) {
  if (!context.executor) return undefined;
  const rows = await context.executor.read<CountRow>("report/table1-counts", {});
  if (rows.every((row) => row.articles === 0)) return undefined;
  const paper = await readPaperTable1(context.reference);
  const present = new Set(rows.map((row) => row.nation));
  const missing = [...paper.keys()].filter((nation) => !present.has(nation));
  const empty = { articles: 0, extractedArticles: 0, statements: 0, quoted: 0, official: 0, triples: 0 };
  // Every nation of the paper gets its row (0 in this run when the graph has none), so the paper's table is whole.
  return { rows: [...rows, ...missing.map((nation) => ({ nation, ...empty }))], paper };
}

export const table1Section = defineSection({
  id: "table1",
  title: "Table 1: news and statements per nation, next to the paper",
  producedBy: "`navab ingest --all` and `navab statements run` (demo steps ingest and statements)",
  load,
  render({ rows, paper }) {
    const body = rows.map((row) => {
      const reference = paper.get(row.nation);
      return [
        escapeHtml(row.nation),
        count(row.articles),
        count(row.extractedArticles),
        count(row.statements),
        count(row.quoted),
        count(row.official),
        count(row.triples),
        `<span class="paper">${count(reference?.news)}</span>`,
        `<span class="paper">${count(reference?.quoted)}</span>`,
        `<span class="paper">${count(reference?.official)}</span>`,
      ];
    });
    const header = [
      "nation",
      "news (this run)",
      "articles extracted",
      "statements",
      "quoted",
      "official",
      "triples",
      "paper: raw news",
      "paper: quoted",
      "paper: official",
    ];
    return `${table(header, body, "table1")}<p class="small">This run extracts statements from a sample of each nation's articles (the demo's articlesPerNation); the paper ran the whole crawl. Quoted/official is the source judgment of the local model.</p>`;
  },
});
