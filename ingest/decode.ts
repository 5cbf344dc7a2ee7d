// Byte decoding for corpus files: strict UTF-8 first, Windows-1252/Latin-1 as a recorded fallback for whole files,
// and lossy UTF-8 for line formats where an undecodable line is quarantined instead.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const lossyUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
const latin1 = new TextDecoder("windows-1252");

export interface DecodedText {
  text: string;
  /** "utf-8" or "latin1" (the fallback was needed). */
  decodedAs: "utf-8" | "latin1";
}

/** Decodes a whole file; when it is not valid UTF-8, decodes it as Latin-1 (Windows-1252) and says so. */
export function decodeWithFallback(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), decodedAs: "utf-8" };
  } catch {
    return { text: latin1.decode(bytes), decodedAs: "latin1" };
  }
}

/** Decodes as UTF-8, replacing invalid sequences with U+FFFD (see `hasUndecodableBytes`). */
export function decodeLossy(bytes: Uint8Array): string {
  return lossyUtf8.decode(bytes);
}

/** True when lossy decoding had to replace bytes, i.e. the record's bytes were not valid UTF-8. */
export function hasUndecodableBytes(text: string): boolean {
  return text.includes("\uFFFD");
}

/** Splits text into lines with their 1-based line numbers (\n, \r\n). */
export function numberedLines(text: string): { line: number; text: string }[] {
  return text.split(/\r?\n/).map((line, index) => ({ line: index + 1, text: line }));
}
