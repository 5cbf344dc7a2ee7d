// Reader for users' own corpora as JSON Lines: one JSON object per line in the generic schema (ingest/README.md).
import { genericRecord } from "./generic-fields.js";
import { jsonObjectLine, lineReader } from "./line-reader.js";
import type { Reader } from "./records.js";

export const readGenericJsonl: Reader = lineReader((source, position, text) => {
  const line = jsonObjectLine(source, position, text);
  return "rejected" in line ? line.rejected : genericRecord(source, position, line.object, text);
});
