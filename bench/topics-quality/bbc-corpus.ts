// Reads the BBC News corpus (Greene & Cunningham 2006) from settings.corpora/uk-bbc: folder name = category,
// line 1 = title; non-UTF-8 files (sport/199.txt) are decoded as Latin-1.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TopicDocument } from "../../src/topics/stage/types.js";

export interface LabelledDocument extends TopicDocument {
  category: string;
}

function decode(bytes: Buffer): string {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return text.includes("\uFFFD") ? bytes.toString("latin1") : text;
}

export function readBbc(corpora: string): LabelledDocument[] {
  const root = join(corpora, "uk-bbc");
  const documents: LabelledDocument[] = [];
  for (const category of readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const file of readdirSync(join(root, category))
      .filter((name) => name.endsWith(".txt"))
      .sort()) {
      const text = decode(readFileSync(join(root, category, file)));
      const [title = "", ...body] = text.split("\n");
      documents.push({
        id: `bbc/${category}/${file}`,
        title: title.trim(),
        text: body.join("\n").trim(),
        language: "en",
        category,
      });
    }
  }
  return documents;
}
