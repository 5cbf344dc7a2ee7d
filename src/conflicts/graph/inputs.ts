// What the graph build reads from the statements and ingest stages (through cypher/conflicts/load-*).
import type { CypherExecutor } from "../../database/executor.js";
import { integer } from "../../database/values.js";
import type { Stance } from "../types.js";

export interface StatementInput {
  id: string;
  text: string;
  valueClaim: string;
  stance: Stance;
  language: string;
  articleId: string;
  nation: string;
  speakers: string[];
  organizations: string[];
}

export interface ArticleInput {
  id: string;
  title: string;
  text: string;
  language: string;
  /** Country code of the article's outlet (its location for geo links), or null. */
  outletCountry: string | null;
}

export function loadStatements(
  executor: CypherExecutor,
  filter: { nations: string[] | null; statementRunId: string | null },
): Promise<StatementInput[]> {
  return executor.read<StatementInput>("conflicts/load-statements", filter);
}

export async function loadArticles(
  executor: CypherExecutor,
  ids: readonly string[],
  characters: number,
): Promise<ArticleInput[]> {
  const articles: ArticleInput[] = [];
  for (let start = 0; start < ids.length; start += 1000) {
    const page = ids.slice(start, start + 1000);
    articles.push(
      ...(await executor.read<ArticleInput>("conflicts/load-articles", { ids: page, characters: integer(characters) })),
    );
  }
  return articles;
}
