// Where a user's own corpus keeps each generic field (issue 17 item 5): an explicit mapping (`--text-field content`,
// `--fields mapping.json`), else the navab name, else a common name guessed per record (text from content, body,
// article…; title from headline…; date from published…; url from link…). Which field was used is counted per file
// and reported, so a user sees at once whether navab read the right column.

export const GENERIC_FIELDS = [
  "text",
  "title",
  "date",
  "url",
  "language",
  "nation",
  "outlet",
  "kind",
  "category",
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];
export type FieldMapping = Partial<Record<GenericField, string>>;

/** Names tried in order for an unmapped field (compared without case, spaces, "_", "-" and "."); the first is navab's. */
export const FIELD_GUESSES: Readonly<Record<GenericField, readonly string[]>> = {
  text: ["text", "content", "body", "article", "articleText", "articleBody", "mainText", "fullText", "story"],
  title: ["title", "headline", "heading", "head", "subject"],
  date: [
    "date",
    "published",
    "publishedAt",
    "publishDate",
    "publicationDate",
    "datePublished",
    "pubDate",
    "datetime",
    "timestamp",
    "createdAt",
    "time",
  ],
  url: ["url", "link", "href", "uri", "permalink", "sourceUrl", "articleUrl", "webUrl"],
  language: ["language", "lang"],
  nation: ["nation"],
  outlet: ["outlet"],
  kind: ["kind"],
  category: ["category"],
};

const normalized = (name: string): string => name.toLowerCase().replace(/[\s_.-]+/g, "");

/** A value at a dotted path (`source.name`), matching each key exactly or, failing that, without case. */
function valueAt(record: Record<string, unknown>, path: string): { key: string; value: unknown } | undefined {
  let current: unknown = record;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) return undefined;
    const object = current as Record<string, unknown>;
    const key = Object.hasOwn(object, part)
      ? part
      : Object.keys(object).find((name) => name.toLowerCase() === part.toLowerCase());
    if (key === undefined) return undefined;
    current = object[key];
  }
  return current === undefined || current === null ? undefined : { key: path, value: current };
}

/** The first of a field's usual names that the record has (with a value). */
function guessed(
  record: Record<string, unknown>,
  byName: ReadonlyMap<string, string>,
  field: GenericField,
): { key: string; value: unknown } | undefined {
  for (const guess of FIELD_GUESSES[field]) {
    const key = byName.get(normalized(guess));
    const value = key === undefined ? undefined : record[key];
    if (key !== undefined && value !== undefined && value !== null) return { key, value };
  }
  return undefined;
}

/** Finds each generic field of a file's records and counts which of the record's fields it came from. */
export class FieldResolver {
  private readonly used = new Map<GenericField, Map<string, number>>();
  private records = 0;

  constructor(private readonly mapping: FieldMapping = {}) {}

  /** The record's value for every field it has (mapped, navab-named or guessed). */
  resolve(record: Record<string, unknown>): Partial<Record<GenericField, unknown>> {
    this.records += 1;
    const byName = new Map(Object.keys(record).map((key) => [normalized(key), key]));
    const values: Partial<Record<GenericField, unknown>> = {};
    for (const field of GENERIC_FIELDS) {
      const mapped = this.mapping[field];
      const found = mapped !== undefined ? valueAt(record, mapped) : guessed(record, byName, field);
      if (found === undefined) continue;
      values[field] = found.value;
      const counts = this.used.get(field) ?? new Map<string, number>();
      counts.set(found.key, (counts.get(found.key) ?? 0) + 1);
      this.used.set(field, counts);
    }
    return values;
  }

  /** Why a record has no text: the names tried and the record's own field names. */
  missingText(record: Record<string, unknown>): string {
    const tried = this.mapping.text === undefined ? FIELD_GUESSES.text.join(", ") : `"${this.mapping.text}"`;
    const keys = Object.keys(record);
    const listed = keys.slice(0, 12).join(", ") + (keys.length > 12 ? ", …" : "");
    return `no text field (tried ${tried}); the record has ${listed || "no fields"}: name it with --text-field <field> or --fields mapping.json`;
  }

  /** One line per field read from another name than navab's, and per mapped field that no record had. */
  notes(): string[] {
    const notes: string[] = [];
    for (const field of GENERIC_FIELDS) {
      const counts = this.used.get(field);
      const mapped = this.mapping[field];
      if (mapped !== undefined && counts === undefined && this.records > 0)
        notes.push(`${field}: the mapped field "${mapped}" is in none of the ${this.records} records`);
      for (const [key, count] of counts ?? []) {
        if (key === field && mapped === undefined) continue;
        const how = mapped === undefined ? "guessed" : "mapped";
        notes.push(`${field} from field "${key}" (${how}; ${count} of ${this.records} records)`);
      }
    }
    return notes;
  }
}
