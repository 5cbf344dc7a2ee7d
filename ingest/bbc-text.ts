// Reader for the BBC News text folders (Greene & Cunningham 2006): one article per file, title on line 1,
// category = parent folder name. Files that are not UTF-8 are decoded as Latin-1 and marked `decodedAs`.
import { basename, dirname } from "node:path";
import { decodeWithFallback } from "./decode.js";
import { rejected, type Reader } from "./records.js";

export const readBbcText: Reader = (source) => {
  const { text, decodedAs } = decodeWithFallback(source.bytes);
  const lines = text.split(/\r?\n/);
  const title = (lines[0] ?? "").trim();
  const body = lines.slice(1).join("\n").trim();
  if (body === "") return [rejected(source, "file", "empty-text", "no text after the title line", text)];
  return [
    {
      type: "record",
      sourceFile: source.path,
      position: "file",
      title,
      text: body,
      kind: "article",
      category: basename(dirname(source.path)),
      ...(decodedAs === "utf-8" ? {} : { decodedAs }),
    },
  ];
};
