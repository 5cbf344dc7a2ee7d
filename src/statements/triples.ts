// Stage `statements.triples`: <Question, Statement, Reverse Statement> triples (NaVAB §3.4), one per StatementGroup
// (one item per statement text, issue 13 item 6) from a representative with a judged source (triple-items.ts);
// groups whose sources are all unknown are counted and skipped. Q and RS are generated in the statement's language;
// the lexical checks are the first filter, then the LLM verifier (the judge model, else the chat model) checks what
// is left (triple-verification.ts); a failed check flags the triple with its reason, unparseable answers give
// status "failed" with the raw answer kept. The Run records the verifier's latest calibration. Triples are built once
// for every usable item, whatever any conflict run decided. Resume rule "skip-done".
import { z } from "zod";
import { describeCalibration, latestCalibration } from "../judges/index.js";
import {
  count,
  executionSettings,
  forEachItem,
  llmCallOptions,
  requireModel,
  settingsFile,
  stageFunction,
  type StageDefinition,
} from "../kernel/index.js";
import { loadPrompt, promptVersionOf } from "../llm/prompt-file.js";
import { languageName } from "./languages.js";
import { stableId } from "./stable-id.js";
import { generateTriple } from "./triple-generation.js";
import { tripleItem, type GroupMember } from "./triple-items.js";
import { verificationSettings, verifierPromptVersion } from "./triple-verification.js";
import type { StageResult } from "./types.js";

const tripleSettings = z.object({
  /** Versions of prompts/statements/question-generation and reverse-statement. */
  prompts: z.object({ question: z.string().regex(/^v\d+$/), reverse: z.string().regex(/^v\d+$/) }),
  verification: verificationSettings,
  retries: z.number().int().min(0),
  seed: z.number().int().optional(),
  execution: executionSettings,
});
export type TripleSettings = z.infer<typeof tripleSettings>;

const prompts = (settings: TripleSettings) => ({
  question: loadPrompt("statements", "question-generation", settings.prompts.question),
  reverse: loadPrompt("statements", "reverse-statement", settings.prompts.reverse),
});
/** The recorded prompt version of a triple: both generation prompts and the verifier's. */
const tripleVersion = (settings: TripleSettings): string => {
  const { question, reverse } = prompts(settings);
  return `${promptVersionOf(question)}+${promptVersionOf(reverse)}+${verifierPromptVersion(settings.verification)}`;
};

export const tripleStage: StageDefinition<{ articleIds: string[] }, TripleSettings, StageResult> = {
  name: "statements.triples",
  settings: settingsFile("statements", "triples", 2, tripleSettings),
  resume: "skip-done",
  versions: async (_input, settings, dependencies) => {
    const verifier = dependencies.models.judge ?? dependencies.models.chat;
    const calibration =
      verifier === undefined
        ? undefined
        : await latestCalibration(dependencies.executor, {
            task: "contradiction",
            judgeModelId: verifier.id,
            promptVersion: `judges/contradiction.${settings.verification.prompts.contradiction}`,
          });
    return {
      prompt: tripleVersion(settings),
      model: dependencies.models.chat?.id ?? "none",
      verifier: verifier?.id ?? "none",
      verifierCalibration: describeCalibration(calibration),
    };
  },
  describeInput: (input) => ({ articles: input.articleIds.length }),
  seed: (settings) => settings.seed,
  async run(context) {
    const { settings, runId, counts } = context;
    const { executor, models } = context.dependencies;
    const chat = requireModel("statements.triples", models, "chat");
    const verifier = models.judge ?? chat;
    const promptVersion = tripleVersion(settings);
    const modelId = chat.id;
    const groups = await executor.read<{ groupId: string; members: GroupMember[] }>("statements/groups-for-triples", {
      articleIds: context.input.articleIds,
      promptVersion,
      modelId,
      force: context.options.force ?? false,
      retryFailed: context.options.retryFailed ?? false,
    });
    const call = llmCallOptions(context, settings);
    await forEachItem(context, "build triples", groups, settings.execution.concurrency, async (group) => {
      const item = tripleItem(group.groupId, group.members);
      if (item === undefined) {
        count(counts, "unknownSource");
        return;
      }
      const statement = item.representative;
      const language = statement.language ?? "und";
      const generated = await generateTriple(
        { chat, verifier, prompts: prompts(settings), verification: settings.verification, call },
        { statement: statement.text, language, languageName: languageName(language) },
      );
      const properties = {
        ...generated.properties,
        statement: statement.text,
        language,
        nation: statement.nation,
        set: item.set,
        groupId: item.groupId,
        articleCount: item.articleIds.length,
        promptVersion,
        modelId,
        verifierModelId: verifier.id,
        verifierPromptVersion: verifierPromptVersion(settings.verification),
      };
      count(counts, generated.status);
      const row = {
        id: stableId(item.groupId, promptVersion, modelId),
        statementId: statement.id,
        groupId: item.groupId,
        properties,
      };
      await executor.writeBatches("statements/write-triples", [row], { parameters: { runId } });
    });
    return { runId, counts };
  },
};

export const buildTriples = stageFunction(tripleStage);
