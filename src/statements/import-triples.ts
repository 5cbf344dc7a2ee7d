// Stage `statements.import` (`navab import triples <file>`): loads triples through the same record schema as the
// export, from navab's own JSONL export or from the NaVAB authors' pipeline samples (JSON arrays with raw_news,
// statement, "generated Q", "generated reverse statement", source), writing the full provenance chain to the graph.
// Resume rule "replace": ids are content hashes, so importing a file again writes the same nodes.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { integer } from "../database/values.js";
import { settingsFile, stageFunction, type StageDefinition } from "../kernel/index.js";
import { InputError } from "../shared/errors.js";
import { detectLanguage } from "../text/language.js";
import { articleId, cleanText } from "../text/normalize.js";
import { stableId } from "./stable-id.js";
import { checkTriple } from "./triple-checks.js";
import { NATIONS, tripleRecordSchema, type TripleRecord } from "./triple-record.js";

const importSettings = z.object({
  /** Nation of the authors' samples (they carry none). */
  nation: z.enum(NATIONS),
  /** Outlet id of the authors' samples. */
  outletId: z.string().min(1),
});
export type ImportSettings = z.infer<typeof importSettings>;
type ImportOptions = ImportSettings & { runId: string };

export interface ImportedTriple {
  record: TripleRecord;
  articleText: string | null;
}

const authorsSampleSchema = z.object({
  raw_news: z.string().min(1),
  statement: z.string().min(1),
  source: z.string(),
  "generated Q": z.string().min(1),
  "generated reverse statement": z.string().min(1),
});

/** Parses a file's text into validated records; throws InputError naming the first bad row. */
export function parseTripleFile(text: string, file: string, options: ImportOptions): ImportedTriple[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const rows = z.array(z.unknown()).parse(JSON.parse(trimmed));
    return rows.map((row, index) => fromAuthorsSample(row, index, file, options));
  }
  return trimmed
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = tripleRecordSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new InputError(`${file} line ${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      return { record: parsed.data, articleText: null };
    });
}

function fromAuthorsSample(row: unknown, index: number, file: string, options: ImportOptions): ImportedTriple {
  const parsed = authorsSampleSchema.safeParse(row);
  if (!parsed.success)
    throw new InputError(
      `${file} item ${index}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`,
    );
  const sample = parsed.data;
  const articleText = cleanText(sample.raw_news);
  const article = articleId(articleText);
  const statement = sample.statement.trim();
  const question = sample["generated Q"].trim();
  const reverseStatement = sample["generated reverse statement"].trim();
  const source = sample.source.trim();
  const quoted = source !== "" && !source.toLowerCase().startsWith("unknown");
  const language = detectLanguage(question);
  const statementId = stableId("import", article, statement);
  const checks = checkTriple({ question, statement, reverseStatement, language });
  const record = tripleRecordSchema.parse({
    tripleId: stableId("import", statementId, question, reverseStatement),
    question,
    statement,
    reverseStatement,
    language,
    nation: options.nation,
    set: quoted ? "quoted" : "official",
    status: checks.length === 0 ? "valid" : "flagged",
    checks,
    statementId,
    stance: null,
    valueClaim: null,
    spanStart: null,
    spanEnd: null,
    articleId: article,
    articleIds: [article],
    outletId: options.outletId,
    speaker: quoted ? source : null,
    runId: options.runId,
    modelId: `imported:${basename(file)}`,
    promptVersion: null,
  });
  return { record, articleText };
}

export const importStage: StageDefinition<
  { file: string },
  ImportSettings,
  { runId: string; imported: number; flagged: number }
> = {
  name: "statements.import",
  settings: settingsFile("statements", "import", 1, importSettings),
  resume: "replace",
  versions: (input) => ({ source: basename(input.file) }),
  describeInput: (input) => ({ file: basename(input.file) }),
  async run(context) {
    const { file } = context.input;
    const { runId } = context;
    const text = await readFile(file, "utf8").catch((error: unknown) => {
      throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const triples = parseTripleFile(text, file, { ...context.settings, runId });
    const rows = toRows(triples, file);
    await context.dependencies.executor.writeBatches("statements/import-triples", rows, {
      batchSize: 200,
      parameters: { runId },
    });
    const flagged = triples.filter((triple) => triple.record.status === "flagged").length;
    Object.assign(context.counts, { imported: rows.length, flagged });
    return { runId, imported: rows.length, flagged };
  },
};

export const importTriples = stageFunction(importStage);

function toRows(triples: readonly ImportedTriple[], file: string) {
  return triples.map(({ record, articleText }) => ({
    nation: record.nation,
    outletId: record.outletId,
    outletName: record.outletId,
    articleId: record.articleId,
    articleText,
    language: record.language,
    sourceFile: basename(file),
    statementId: record.statementId,
    statementProperties: {
      text: record.statement,
      language: record.language,
      stance: record.stance,
      valueClaim: record.valueClaim,
      source: record.set,
      importedSpeaker: record.speaker,
      status: "valid",
      spanStart: record.spanStart === null ? null : integer(record.spanStart),
      spanEnd: record.spanEnd === null ? null : integer(record.spanEnd),
      modelId: record.modelId,
    },
    tripleId: record.tripleId,
    tripleProperties: {
      question: record.question,
      statement: record.statement,
      reverseStatement: record.reverseStatement,
      language: record.language,
      nation: record.nation,
      set: record.set,
      status: record.status,
      checks: record.checks,
      modelId: record.modelId,
      promptVersion: record.promptVersion,
      importedFrom: basename(file),
    },
  }));
}
