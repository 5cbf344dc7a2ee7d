// Topic representation: c-TF-IDF candidates per topic over language-aware tokens, KeyBERT-style MMR keywords,
// then an LLM label (HDBSCAN topics) or the InsTag tag (InsTag topics). Labels keep the keywords as evidence.
import type { ChatModel } from "../../models/chat/chat-model.js";
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { ProgressReporter } from "../../shared/progress.js";
import { keywordLabel, labelTopic } from "../labels/label-topic.js";
import type { TopicOptions } from "../options.js";
import type { PromptFile } from "../../llm/prompt-file.js";
import { classTfIdf, termsOf } from "../representation/class-tf-idf.js";
import { centroid, selectKeywords } from "../representation/keywords.js";
import { baseLanguage } from "../../text/tokenization/stopwords.js";
import type { BuiltTopic, TopicLlmOptions, TopicMember } from "./types.js";

export interface TopicDraft {
  method: "hdbscan" | "instag";
  members: TopicMember[];
  /** The InsTag tag that made the topic. */
  tag?: string;
  /** InsTag: every normalized tag merged into the topic. */
  tags?: string[];
}

export interface RepresentInput {
  drafts: readonly TopicDraft[];
  tokens: readonly string[][];
  /** Language of each document (bigrams are glued per document language). */
  languages: readonly string[];
  texts: readonly string[];
  vectors: readonly Float32Array[];
  /** Majority language of the scope (tokenization joiner, label template, keyword embedding). */
  language: string;
}

export interface RepresentDependencies {
  embedder: EmbeddingModel;
  chat?: ChatModel;
  labelPrompt: PromptFile;
  progress: ProgressReporter;
  llm?: TopicLlmOptions;
}

export async function representTopics(
  input: RepresentInput,
  options: TopicOptions,
  dependencies: RepresentDependencies,
): Promise<BuiltTopic[]> {
  const { embedder, chat, labelPrompt, progress } = dependencies;
  const terms = input.tokens.map((tokens, position) =>
    termsOf(
      tokens,
      options.representation.bigrams,
      baseLanguage(input.languages[position] ?? input.language) === "zh" ? "" : " ",
    ),
  );
  const scored = classTfIdf(
    input.drafts.map((draft, index) => ({
      topic: index,
      documents: draft.members.map((member) => terms[member.document] ?? []),
    })),
    {
      top: options.representation.candidates,
      bigrams: false,
      minimumDocumentFrequency: options.representation.minimumDocumentFrequency,
    },
  );
  const topics: BuiltTopic[] = [];
  progress.start("represent", input.drafts.length);
  for (const [index, draft] of input.drafts.entries()) {
    const candidates = scored.get(index) ?? [];
    const memberVectors = draft.members.map(
      (member) => input.vectors[member.document] ?? new Float32Array(embedder.dimensions),
    );
    const topicVector = centroid(memberVectors, memberVectors[0]?.length ?? embedder.dimensions);
    const { keywords } = await selectKeywords(candidates, topicVector, embedder, input.language, {
      count: options.representation.keywords,
      diversity: options.representation.diversity,
    });
    const representative = [...draft.members].sort(
      (left, right) => right.probability - left.probability || left.document - right.document,
    );
    let label: Pick<BuiltTopic, "label" | "labelSource" | "labelFailure">;
    if (draft.method === "instag" && draft.tag !== undefined) label = { label: draft.tag, labelSource: "instag" };
    else if (chat !== undefined && options.labels.enabled) {
      const answer = await labelTopic(
        {
          documents: representative.map((member) => input.texts[member.document] ?? ""),
          keywords,
          language: input.language,
          seed: options.umap.seed,
        },
        chat,
        labelPrompt,
        dependencies.llm,
      );
      label = {
        label: answer.label,
        labelSource: answer.source,
        ...(answer.failure === undefined ? {} : { labelFailure: answer.failure }),
      };
    } else
      label = { label: keywordLabel(keywords, input.language), labelSource: "keywords", labelFailure: "no chat model" };
    topics.push({
      index,
      method: draft.method,
      ...label,
      keywords,
      evidence: candidates.slice(0, 15),
      members: draft.members,
      ...(draft.tags === undefined ? {} : { tags: draft.tags }),
    });
    progress.update(index + 1);
  }
  progress.stop();
  return topics;
}
