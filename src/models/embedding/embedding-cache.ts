// A file cache of embeddings keyed by (article id, model id), so re-runs never recompute a vector:
// one append-only binary pack per model under `.navab/cache/embeddings/` (records: uint16 id length, UTF-8 id,
// uint32 dimensions, float32 values). Chosen over (:Embedding) nodes because reading 2,225 × 384 floats back
// from a local pack takes milliseconds while shipping them through Bolt as lists costs far more (see bench README).
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export class EmbeddingCache {
  private readonly packs = new Map<string, Map<string, Float32Array>>();

  constructor(private readonly folder: string) {}

  /** The pack file of a model (its id hashed, so any id is a safe file name). */
  fileFor(modelId: string): string {
    const digest = createHash("sha256").update(modelId).digest("hex").slice(0, 16);
    return join(this.folder, `${modelId.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60)}-${digest}.bin`);
  }

  get(modelId: string, key: string): Float32Array | undefined {
    return this.pack(modelId).get(key);
  }

  set(modelId: string, entries: readonly { key: string; vector: Float32Array }[]): void {
    if (entries.length === 0) return;
    const pack = this.pack(modelId);
    const chunks: Buffer[] = [];
    for (const { key, vector } of entries) {
      if (pack.has(key)) continue;
      const id = Buffer.from(key, "utf8");
      const header = Buffer.alloc(6);
      header.writeUInt16LE(id.length, 0);
      header.writeUInt32LE(vector.length, 2);
      chunks.push(header.subarray(0, 2), id, header.subarray(2, 6), Buffer.from(Float32Array.from(vector).buffer));
      pack.set(key, vector);
    }
    if (chunks.length === 0) return;
    mkdirSync(this.folder, { recursive: true });
    appendFileSync(this.fileFor(modelId), Buffer.concat(chunks));
  }

  private pack(modelId: string): Map<string, Float32Array> {
    let pack = this.packs.get(modelId);
    if (pack !== undefined) return pack;
    pack = new Map();
    const file = this.fileFor(modelId);
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      let offset = 0;
      while (offset + 6 <= bytes.length) {
        const idLength = bytes.readUInt16LE(offset);
        const key = bytes.toString("utf8", offset + 2, offset + 2 + idLength);
        const dimensions = bytes.readUInt32LE(offset + 2 + idLength);
        const start = offset + 6 + idLength;
        const end = start + dimensions * 4;
        if (end > bytes.length) break;
        pack.set(key, new Float32Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + end)));
        offset = end;
      }
    }
    this.packs.set(modelId, pack);
    return pack;
  }
}
