// The ingest stage's versioned settings (settings/ingest.v1.json, loaded by the stage kernel): write batch sizes, and
// the caps that make a bad
// file a quarantined record instead of a failed run — a file read whole above maximumFileBytes, a record (or line)
// above maximumRecordBytes. Both stay far below V8's largest string (~512 M characters), which aborted whole runs.
import { constants } from "node:buffer";
import { z } from "zod";
import { resolveSettings, settingsFile } from "../kernel/index.js";

const settingsSchema = z.object({
  /** Articles (and quarantine rows) per write transaction. */
  batchSize: z.number().int().positive(),
  /** A batch is also written once its texts hold this many bytes, so large records keep memory bounded. */
  batchBytes: z.number().int().positive(),
  /** Files read whole (every format that is not line by line) above this size are quarantined unread. */
  maximumFileBytes: z.number().int().positive(),
  /** Records (and physical lines of line formats) above this size are quarantined. */
  maximumRecordBytes: z.number().int().positive(),
  /** Bytes read at a time from a line-format file. */
  streamChunkBytes: z.number().int().positive(),
  /** How many prepared records and quarantined records a run keeps for its preview (`navab ingest --dry-run`). */
  previewRecords: z.number().int().min(0),
  previewQuarantined: z.number().int().min(0),
});

export type IngestSettings = z.infer<typeof settingsSchema>;

export const INGEST_SETTINGS_FILE = settingsFile(
  "ingest",
  "ingest",
  1,
  settingsSchema.refine((settings) => settings.maximumFileBytes * 2 < constants.MAX_STRING_LENGTH, {
    message: "maximumFileBytes must stay well below V8's largest string",
  }),
);

/** The settings file's values (callers' overrides are merged by the kernel when the stage runs). */
export const INGEST_SETTINGS: IngestSettings = resolveSettings("ingest", INGEST_SETTINGS_FILE).settings;
