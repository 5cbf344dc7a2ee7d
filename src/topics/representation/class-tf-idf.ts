// Class-based TF-IDF (c-TF-IDF, Grootendorst 2022, "BERTopic", eq. 1): all documents of a topic are joined into
// one class document; W(t,c) = tf(t,c) · log(1 + A / f(t)), with tf L1-normalised per class, A the average number
// of words per class and f(t) the frequency of term t across all classes. Terms are language-aware tokens
// (see tokenization/) plus bigrams of adjacent content words.

export interface ClassTerms {
  /** Topic key (cluster label). */
  topic: number;
  /** Token lists of the topic's documents. */
  documents: readonly (readonly string[])[];
}

export interface ClassTfIdfOptions {
  /** Include bigrams of adjacent content tokens (default true). */
  bigrams: boolean;
  /** Drop terms seen in fewer documents than this over all classes (default 2). */
  minimumDocumentFrequency: number;
  /** Keep this many top terms per class (default 30). */
  top: number;
}

export const CLASS_TF_IDF_DEFAULTS: ClassTfIdfOptions = { bigrams: true, minimumDocumentFrequency: 2, top: 30 };

export interface ScoredTerm {
  term: string;
  score: number;
}

/** Tokens plus bigrams of adjacent tokens glued by `joiner` (" " for alphabetic languages, "" for Chinese). */
export function termsOf(tokens: readonly string[], bigrams: boolean, joiner: string): string[] {
  if (!bigrams) return [...tokens];
  const terms = [...tokens];
  for (let position = 0; position + 1 < tokens.length; position += 1)
    terms.push(`${tokens[position]}${joiner}${tokens[position + 1]}`);
  return terms;
}

/** Top c-TF-IDF terms per class. `joiner` glues bigrams (" " for alphabetic languages, "" for Chinese). */
export function classTfIdf(
  classes: readonly ClassTerms[],
  options: Partial<ClassTfIdfOptions> = {},
  joiner = " ",
): Map<number, ScoredTerm[]> {
  const settings = { ...CLASS_TF_IDF_DEFAULTS, ...options };
  const documentFrequency = new Map<string, number>();
  const classCounts = classes.map((entry) => {
    const counts = new Map<string, number>();
    for (const tokens of entry.documents) {
      const terms = termsOf(tokens, settings.bigrams, joiner);
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    return counts;
  });
  const totalFrequency = new Map<string, number>();
  let totalWords = 0;
  for (const counts of classCounts) {
    for (const [term, count] of counts) {
      if ((documentFrequency.get(term) ?? 0) < settings.minimumDocumentFrequency) continue;
      totalFrequency.set(term, (totalFrequency.get(term) ?? 0) + count);
      totalWords += count;
    }
  }
  const averageWords = totalWords / Math.max(1, classes.length);
  const result = new Map<number, ScoredTerm[]>();
  classes.forEach((entry, position) => {
    const counts = classCounts[position] ?? new Map<string, number>();
    let classWords = 0;
    for (const [term, count] of counts) if (totalFrequency.has(term)) classWords += count;
    const scored: ScoredTerm[] = [];
    for (const [term, count] of counts) {
      const frequency = totalFrequency.get(term);
      if (frequency === undefined) continue;
      scored.push({ term, score: (count / Math.max(1, classWords)) * Math.log(1 + averageWords / frequency) });
    }
    scored.sort((left, right) => right.score - left.score || left.term.localeCompare(right.term));
    result.set(entry.topic, scored.slice(0, settings.top));
  });
  return result;
}
