// Text normalization and Article identity: id = sha256 of the NFC text with all whitespace collapsed, so the same
// text merges into one Article whatever its line breaks; the stored text keeps its paragraphs.
import { createHash } from "node:crypto";

/** The stored form: NFC, \n line ends, spaces inside lines collapsed, blank-line runs collapsed to one. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The identity form: NFC with every whitespace run collapsed to one space. */
export function identityText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The folded form of a statement for identity across articles: NFKC, lower case, letters and digits only. */
export const foldedText = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "") || text.trim();

export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Article id: sha256 of the identity form of the text. */
export const articleId = (text: string): string => sha256(identityText(text));

/** A readable, stable id for a name: NFC, lower case, spaces and punctuation to "-". */
export function slug(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
