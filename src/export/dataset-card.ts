// The dataset card (README.md) written beside every DPO export: what the rows are, where they came from,
// how they were split and by which run, in the Hugging Face dataset-card layout (YAML header with configs,
// splits and licences + sections).
import type { PreferenceRow } from "./preference-rows.js";
import type { Split } from "./split-by-article.js";
import { huggingFaceHeader, sourcesSection } from "./training/card-header.js";

export interface CardFacts {
  name: string;
  format: string;
  variant: string;
  source: string;
  seed: number;
  trainShare: number;
  runId: string;
  files: string[];
  createdAt: string;
}

function counts(rows: readonly PreferenceRow[]): string {
  const table = new Map<string, number>();
  for (const row of rows) table.set(`${row.nation} | ${row.set}`, (table.get(`${row.nation} | ${row.set}`) ?? 0) + 1);
  return [...table.entries()]
    .sort()
    .map(([key, value]) => `| ${key} | ${value} |`)
    .join("\n");
}

export function datasetCard(facts: CardFacts, split: Split): string {
  const articles = (rows: readonly PreferenceRow[]): number => new Set(rows.map((row) => row.articleId ?? row.id)).size;
  return `${huggingFaceHeader(facts.name, facts.files, split)}
# ${facts.name}

Preference pairs for value alignment built by navab, a re-implementation of NaVAB ("Benchmarking Multi-National
Value Alignment for LLMs", arXiv 2504.12911). Each row is a <Question, Statement, Reverse Statement> triple:
the question is the prompt, the statement found in the news is **chosen**, its generated reverse is **rejected**.

- Format: **${facts.format}** (${facts.files.join(", ")})
- Variant: **${facts.variant}** (${facts.variant === "conflict-reduced" ? "training rows: only triples that survived conflict reduction; test rows: the shared test items" : "every valid triple"})
- Source: ${facts.source}; export run \`${facts.runId}\`, created ${facts.createdAt}
- Split: ${Math.round(facts.trainShare * 100)}/${Math.round((1 - facts.trainShare) * 100)} by article, seed ${facts.seed}: train ${split.train.length} rows from ${articles(split.train)} articles, test ${split.test.length} rows from ${articles(split.test)} articles; no article appears on both sides. One split for all variants (\`../../split.json\`): rows sharing an article or an identical statement text stay on one side, and the conflict-reduced variant filters only its training side, so every variant has the same test items.

## Provenance
Every row keeps \`tripleId\`, \`statementId\`, \`articleId\`, \`tripleRunId\`, \`nation\`, \`set\` and \`conflictReduced\`
(in the row itself for LLaMA-Factory and TRL, in the line-aligned \`*.provenance.jsonl\` sidecar for OpenAI, whose
format allows no extra keys). Follow \`(:Triple)-[:FROM]->(:Statement)<-[:STATES]-(:Article)\` in the navab graph.

## Rows per nation and set
| nation | set | rows |
|---|---|---|
${counts([...split.train, ...split.test])}

${sourcesSection(split)}

## Limitations
Statements are opinions reported in news, not ground truth; "chosen" means "the stance the outlet's nation
expressed", so training on these pairs aligns a model to that nation's reported values, not to facts.
`;
}
