// Writes one scope's topic model to the graph: Topic nodes (keywords, label + its evidence, size, params, run id,
// merged InsTag tags), (Article)-[:IN_TOPIC {probability, assignment, runId}]->(Topic), and a TopicMap with the 2-d
// projection, the outlier shares and the InsTag audit for the report. A re-run of the same run id replaces the
// scope's earlier output first (topics/replace-run-topics): a topic's identity is its member set, so reviews and
// screening follow the cluster they judged, not its rank.
import { createHash } from "node:crypto";
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { TopicDocument, TopicModelResult } from "./types.js";

export interface TopicScope {
  nation: string | null;
  outlet: string | null;
  /** "CN" | "CN/xinhua" | "*\/bbc": the key that names topic ids and report pages. */
  key: string;
}

export interface PersistContext {
  runId: string;
  scope: TopicScope;
  params: Record<string, unknown>;
  chatModel: string | null;
  promptVersions: string[];
  settingsVersion: string;
}

export function topicId(runId: string, scopeKey: string, rank: number): string {
  return `${runId}:${scopeKey}:${rank}`;
}

/** A topic's identity: its sorted member article ids, hashed (null for a topic without members). */
export function topicIdentity(articleIds: readonly string[]): string | null {
  if (articleIds.length === 0) return null;
  const hash = createHash("sha256");
  for (const id of [...articleIds].sort()) hash.update(`${id}\n`);
  return hash.digest("hex").slice(0, 24);
}

export async function persistTopics(
  executor: CypherExecutor,
  documents: readonly TopicDocument[],
  result: TopicModelResult,
  context: PersistContext,
): Promise<void> {
  const { runId, scope } = context;
  const common = { runId, scope: scope.key, nation: scope.nation, outlet: scope.outlet };
  const rows = result.topics.map((topic) => ({
    id: topicId(runId, scope.key, topic.index),
    identity: topicIdentity(topic.members.map((member) => documents[member.document]?.id ?? "")),
    rank: integer(topic.index),
    method: topic.method,
    label: topic.label,
    labelSource: topic.labelSource,
    labelFailure: topic.labelFailure ?? null,
    keywords: topic.keywords,
    evidenceTerms: topic.evidence.map((entry) => entry.term),
    evidenceScores: topic.evidence.map((entry) => entry.score),
    size: integer(topic.members.length),
    tags: topic.tags ?? null,
  }));
  await executor.write("topics/replace-run-topics", {
    runId,
    scope: scope.key,
    rows: rows.map((row) => ({ id: row.id, identity: row.identity })),
  });
  await executor.writeBatches("topics/write-topics", rows, {
    batchSize: 200,
    parameters: {
      ...common,
      params: JSON.stringify(context.params),
      embeddingModel: result.embeddingModelId,
      chatModel: context.chatModel,
      promptVersions: context.promptVersions,
      settingsVersion: context.settingsVersion,
    },
  });
  const memberships = result.topics.flatMap((topic) =>
    topic.members.map((member) => ({
      articleId: documents[member.document]?.id ?? "",
      topicId: topicId(runId, scope.key, topic.index),
      probability: member.probability,
      assignment: member.assignment,
    })),
  );
  await executor.writeBatches("topics/write-memberships", memberships, { batchSize: 2000, parameters: { runId } });
  const count = Math.max(1, documents.length);
  await executor.write("topics/write-map", {
    ...common,
    id: `${runId}:${scope.key}`,
    articleIds: documents.map((document) => document.id),
    x: result.projection.map((point) => point[0] ?? 0),
    y: result.projection.map((point) => point[1] ?? 0),
    clusterLabels: [...result.clusterLabels].map((label) => integer(label)),
    topicRanks: [...result.topicOfDocument].map((rank) => integer(rank)),
    outlierShareBefore: result.counts.outliersBeforeInstag / count,
    outlierShareAfter: result.counts.outliersAfterInstag / count,
    instag: result.instag === undefined ? null : JSON.stringify(result.instag),
    embeddingModel: result.embeddingModelId,
    minClusterSize: integer(result.minClusterSize),
  });
}
