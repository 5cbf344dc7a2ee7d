// `navab topics run|report`: flags → the typed pipeline steps (src/pipeline/topics.ts) of the topic stage.
import type { Command } from "commander";
import { topicReportsStep, topicsStep } from "../../pipeline/topics.js";
import { InputError } from "../../shared/errors.js";
import type { TopicOptionOverrides } from "../../topics/options.js";
import type { CliContext } from "../context.js";
import { embedderChoice, withEmbedderFlags, type EmbedderFlags } from "../embedder-flags.js";
import { nonNegativeIntegerFlag } from "../flag-values.js";
import { optionalChatChoice, withOptionalChatFlags, type OptionalChatFlags } from "../optional-chat.js";

interface RunFlags extends EmbedderFlags, OptionalChatFlags {
  nation?: string;
  outlet?: string;
  runId?: string;
  kinds?: string;
  minClusterSize?: string;
  selection?: string;
  seed?: string;
  cache: boolean;
  instagLimit?: string;
  instagPrompt?: string;
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
    ...(flags.instagPrompt === undefined ? {} : { instagPrompt: flags.instagPrompt }),
  };
}

export function registerTopicsCommands(program: Command, context: CliContext): void {
  const topics = program
    .command("topics")
    .description("topic model per nation/outlet (embeddings, UMAP, HDBSCAN, InsTag, c-TF-IDF, labels)");
  withEmbedderFlags(withOptionalChatFlags(topics.command("run"), "label topics and InsTag outliers"))
    .description("build and store topics for one nation or outlet, or for every outlet when neither is given")
    .option("--nation <code>", "scope: every article of this nation (CN, US, GB, FR, DE)")
    .option("--outlet <id>", "scope: every article of this outlet")
    .option("--run-id <id>", "run id (reuse one to refresh that run in place)")
    .option("--kinds <list>", "only these article kinds, comma-separated (e.g. article,answer)")
    .option("--min-cluster-size <n>", "HDBSCAN min cluster size (default: the paper's 200 scaled to the scope)")
    .option("--selection <eom|leaf>", "HDBSCAN cluster selection (default eom, as the paper)")
    .option("--seed <n>", "UMAP seed (default 42)")
    .option("--no-cache", "recompute embeddings and LLM answers even when cached")
    .option("--instag-limit <n>", "InsTag tags at most n outliers over all its rounds (default: the settings' rounds)")
    .option("--instag-prompt <version>", "InsTag prompt version (src/prompts/topics/instag.<version>.json, e.g. v4)")
    .option("--json", "print the summary as JSON")
    .action(async (flags: RunFlags) => {
      const kinds = flags.kinds
        ?.split(",")
        .map((kind) => kind.trim())
        .filter(Boolean);
      const chat = optionalChatChoice(flags);
      await topicsStep(context, {
        ...(flags.nation === undefined ? {} : { nation: flags.nation }),
        ...(flags.outlet === undefined ? {} : { outlet: flags.outlet }),
        ...(flags.runId === undefined ? {} : { runId: flags.runId }),
        ...(kinds === undefined ? {} : { kinds }),
        embedder: embedderChoice(flags),
        ...(chat === undefined ? {} : { chat }),
        cache: flags.cache,
        settings: overridesOf(flags),
        json: flags.json === true,
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
      await topicReportsStep(context, {
        out: flags.out,
        ...(flags.runId === undefined ? {} : { runId: flags.runId }),
        ...(top === undefined ? {} : { top }),
      });
    });
}
