// Embeds the scope's documents, cached per (article id, model id); documents are grouped by language so
// per-language backends pick their model. A model that can be fitted to a corpus (hashed-ngram-v1's IDF) is fitted
// to the scope first.
import type { EmbeddingModel } from "../../models/embedding/embedding-model.js";
import type { EmbeddingCache } from "../../models/embedding/embedding-cache.js";
import type { ProgressReporter } from "../../shared/progress.js";
import type { TopicDocument } from "./types.js";

export interface EmbeddedDocuments {
  vectors: Float32Array[];
  model: EmbeddingModel;
  fresh: number;
  cached: number;
}

/** The text that represents a document for embedding and keywords (title + body, cut to `characters`). */
export function documentText(document: TopicDocument, characters: number): string {
  const joined =
    document.title && !document.text.startsWith(document.title) ? `${document.title}\n${document.text}` : document.text;
  return joined.slice(0, characters);
}

export async function embedDocuments(
  documents: readonly TopicDocument[],
  embedder: EmbeddingModel,
  /** `fitIdf: false` embeds with the embedder as given (a hashed model already fitted on the scope's sample). */
  options: { batchSize: number; textCharacters: number; fitIdf?: boolean },
  cache: EmbeddingCache | undefined,
  progress: ProgressReporter,
): Promise<EmbeddedDocuments> {
  const texts = documents.map((document) => documentText(document, options.textCharacters));
  const model =
    options.fitIdf === false
      ? embedder
      : (embedder.fitToCorpus?.(
          documents.map((document, position) => ({ text: texts[position] ?? "", language: document.language })),
        ) ?? embedder);
  const vectors: (Float32Array | undefined)[] = documents.map((document) => cache?.get(model.id, document.id));
  const missingByLanguage = new Map<string, number[]>();
  vectors.forEach((vector, position) => {
    if (vector !== undefined) return;
    const language = documents[position]?.language ?? "en";
    missingByLanguage.set(language, [...(missingByLanguage.get(language) ?? []), position]);
  });
  const cached = vectors.filter(Boolean).length;
  progress.start("embed", documents.length);
  let done = cached;
  for (const [language, positions] of [...missingByLanguage.entries()].sort(([left], [right]) =>
    left.localeCompare(right),
  )) {
    for (let start = 0; start < positions.length; start += options.batchSize) {
      const batch = positions.slice(start, start + options.batchSize);
      const embedded = await model.embed(
        batch.map((position) => texts[position] ?? ""),
        { language },
      );
      const entries = batch.map((position, offset) => ({
        key: documents[position]?.id ?? "",
        vector: embedded[offset] ?? new Float32Array(model.dimensions),
      }));
      entries.forEach((entry, offset) => (vectors[batch[offset] ?? 0] = entry.vector));
      cache?.set(model.id, entries);
      done += batch.length;
      progress.update(done);
    }
  }
  progress.stop();
  return {
    vectors: vectors.map((vector) => vector ?? new Float32Array(model.dimensions)),
    model,
    fresh: documents.length - cached,
    cached,
  };
}
