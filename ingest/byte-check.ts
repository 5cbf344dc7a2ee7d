// Checks a file's bytes before any reader decodes them (issue 12 item 6): UTF-16 with a byte-order mark is decoded
// to UTF-8 and recorded; binary data (NUL bytes, control characters) and UTF-16 without a byte-order mark are refused
// with a reason, so they are quarantined instead of becoming Latin-1 "articles" full of NUL characters.

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface ByteProblem {
  reason: "binary" | "bad-encoding";
  detail: string;
}

/** Share of control bytes (other than tab, line feed, vertical tab, form feed, carriage return) that marks binary data. */
const CONTROL_SHARE = 0.01;

/** The encoding a byte-order mark announces (UTF-8 when there is none) and the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return { encoding: "utf-8", length: 0 };
}

const firstBytes = (bytes: Uint8Array): string =>
  [...bytes.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join(" ");

/** Why these (UTF-8 or single-byte) bytes are not text, or undefined when they look like text. */
export function binaryProblem(bytes: Uint8Array): ByteProblem | undefined {
  let nul = 0;
  let nulAtOdd = 0;
  let control = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte >= 0x20 && byte !== 0x7f) continue;
    if (byte === 0) {
      nul += 1;
      if (index % 2 === 1) nulAtOdd += 1;
    } else if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control += 1;
  }
  if (nul >= 4 && Math.max(nulAtOdd, nul - nulAtOdd) >= nul * 0.9) {
    const order = nulAtOdd > nul / 2 ? "UTF-16LE" : "UTF-16BE";
    return {
      reason: "bad-encoding",
      detail: `NUL bytes at every other position: ${order} text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)`,
    };
  }
  if (nul > 0 || control > bytes.length * CONTROL_SHARE)
    return {
      reason: "binary",
      detail: `binary data, not text: ${nul} NUL and ${control} other control bytes in ${bytes.length} (first bytes ${firstBytes(bytes)})`,
    };
  return undefined;
}

/** A whole file's bytes as UTF-8 for the readers, with the encoding when it was not UTF-8, or why it cannot be read. */
export function textBytes(bytes: Uint8Array): { bytes: Uint8Array; decodedAs?: TextEncoding } | ByteProblem {
  const { encoding } = byteOrderMark(bytes);
  if (encoding === "utf-8") return binaryProblem(bytes) ?? { bytes };
  const utf8 = Buffer.from(new TextDecoder(encoding).decode(bytes), "utf8");
  return binaryProblem(utf8) ?? { bytes: utf8, decodedAs: encoding };
}

/** Transcodes a streamed file chunk by chunk to UTF-8 (UTF-16 with a BOM; UTF-8 passes through untouched). */
export class Utf8Transcoder {
  private readonly decoder: TextDecoder | undefined;
  constructor(readonly encoding: TextEncoding) {
    this.decoder = encoding === "utf-8" ? undefined : new TextDecoder(encoding);
  }
  push(chunk: Uint8Array): Uint8Array {
    return this.decoder === undefined ? chunk : Buffer.from(this.decoder.decode(chunk, { stream: true }), "utf8");
  }
  end(): Uint8Array {
    return this.decoder === undefined ? new Uint8Array(0) : Buffer.from(this.decoder.decode(), "utf8");
  }
}
