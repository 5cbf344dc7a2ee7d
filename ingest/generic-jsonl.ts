// Reader for users' own corpora as JSON Lines: one JSON object per line in the generic schema (ingest/README.md),
// its fields found by a per-file FieldResolver (mapped, navab-named or guessed).
import { FieldResolver } from "./field-mapping.js";
import { genericRecord } from "./generic-fields.js";
import { jsonObjectLine, lineFormat } from "./line-reader.js";

const genericJsonl = lineFormat({
  start: (options) => new FieldResolver(options?.fields),
  parseLine(source, position, text, resolver) {
    const line = jsonObjectLine(source, position, text);
    return "rejected" in line ? line.rejected : genericRecord(source, position, line.object, text, resolver);
  },
  notes: (resolver) => resolver.notes(),
});

export const readGenericJsonl = genericJsonl.reader;
export const genericJsonlLines = genericJsonl.lines;
