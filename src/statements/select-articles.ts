// Which articles the statement stages work on: explicit ids, the members of accepted topics, or a filter
// (nation/kind/language) so extraction also runs before topics exist.
import type { CypherExecutor } from "../database/executor.js";
import { integer } from "../database/values.js";
import { InputError } from "../shared/errors.js";
import { acceptedTopics, listTopicDecisions } from "./review.js";

export interface ArticleSelection {
  articleIds?: string[];
  topicIds?: string[];
  /** Use all topics (or the given ones) accepted by a human, or by the LLM screening when trustScreening. */
  acceptedTopics?: boolean;
  trustScreening?: boolean;
  nation?: string;
  kind?: string;
  language?: string;
  limit?: number;
}

export async function selectArticles(
  executor: CypherExecutor,
  selection: ArticleSelection,
): Promise<{ articleIds: string[]; topics: { id: string; acceptedBy: "human" | "llm" }[] }> {
  if (selection.articleIds && selection.articleIds.length > 0) return { articleIds: selection.articleIds, topics: [] };
  if (selection.acceptedTopics || selection.topicIds) {
    const decisions = await listTopicDecisions(executor, selection.topicIds);
    const topics = acceptedTopics(decisions, selection.trustScreening ?? false);
    if (topics.length === 0) {
      throw new InputError(
        "no accepted topics: review them (navab review topics --accept <id>) or pass --trust-screening",
      );
    }
    // The nation/kind/language filters narrow the topics' articles too (the demo selects per nation).
    const rows = await executor.read<{ id: string }>("statements/topic-articles", {
      topicIds: topics.map((topic) => topic.id),
      nation: selection.nation ?? null,
      kind: selection.kind ?? null,
      language: selection.language ?? null,
    });
    // Rows come topic by topic, largest first, most representative first (topic-articles.cypher); an article of
    // two topics keeps its first place.
    const articleIds = [...new Set(rows.map((row) => row.id))].slice(0, selection.limit ?? Number.MAX_SAFE_INTEGER);
    return { articleIds, topics };
  }
  if (!selection.nation && !selection.kind && !selection.language) {
    throw new InputError(
      "choose articles: --article <id>, --topic <id>, --accepted-topics, or a filter such as --nation CN --kind answer",
    );
  }
  const rows = await executor.read<{ id: string }>("statements/articles-by-filter", {
    nation: selection.nation ?? null,
    kind: selection.kind ?? null,
    language: selection.language ?? null,
    limit: integer(selection.limit ?? 20),
  });
  return { articleIds: rows.map((row) => row.id), topics: [] };
}
