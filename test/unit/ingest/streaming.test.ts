// Bounded-memory reading (issue 12 item 6): lines split across chunks, CRLF, over-long lines counted but not kept;
// line formats streamed whatever the file size, UTF-16 with a byte-order mark transcoded on the way, binary refused.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { FORMATS } from "../../../ingest/formats.js";
import { LineSplitter } from "../../../ingest/line-splitter.js";
import type { ReaderOutput } from "../../../ingest/records.js";
import { readSourceFile } from "../../../src/ingest/read-file.js";

const folder = mkdtempSync(join(tmpdir(), "navab-stream-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("line splitter: lines across chunk boundaries, CRLF, an over-long line only counted", () => {
  const splitter = new LineSplitter(10);
  const lines = [
    ...splitter.push(Buffer.from("ab")),
    ...splitter.push(Buffer.from("c\r\nthis line is too long")),
    ...splitter.push(Buffer.from(" still\nlast")),
    ...splitter.end(),
  ];
  assert.deepEqual(lines, [
    { line: 1, text: "abc" },
    { line: 2, oversizedBytes: 27 },
    { line: 3, text: "last" },
  ]);
});

const limits = { maximumFileBytes: 100, maximumRecordBytes: 1000, streamChunkBytes: 16 };
const collect = async (outputs: AsyncIterable<ReaderOutput>) => {
  const all: ReaderOutput[] = [];
  for await (const output of outputs) all.push(output);
  return all;
};

test("a line-format file far above maximumFileBytes is streamed record by record, in 16-byte chunks", async () => {
  const path = join(folder, "big.jsonl");
  const count = 200;
  writeFileSync(
    path,
    Array.from({ length: count }, (_, index) => JSON.stringify({ text: `Record ${index}.` })).join("\n"),
  );
  const outputs = await collect(readSourceFile(path, FORMATS["generic-jsonl"], limits).outputs);
  assert.equal(outputs.length, count);
  assert.ok(outputs.every((output) => output.type === "record"));
  assert.equal(outputs[count - 1]?.position, `line:${count}`);
});

test("UTF-16BE JSONL with a byte-order mark is transcoded while streaming and recorded on each record", async () => {
  const path = join(folder, "utf16.jsonl");
  const text = `${JSON.stringify({ text: "Zürich, 北京 und Genève." })}\n${JSON.stringify({ text: "Zweiter Satz." })}\n`;
  const littleEndian = Buffer.from(text, "utf16le");
  const bigEndian = Buffer.alloc(littleEndian.length);
  for (let index = 0; index < littleEndian.length; index += 2) {
    bigEndian[index] = littleEndian[index + 1] ?? 0;
    bigEndian[index + 1] = littleEndian[index] ?? 0;
  }
  writeFileSync(path, Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]));
  const outputs = await collect(readSourceFile(path, FORMATS["generic-jsonl"], limits).outputs);
  assert.deepEqual(
    outputs.map((output) => (output.type === "record" ? [output.text, output.decodedAs] : output.reason)),
    [
      ["Zürich, 北京 und Genève.", "utf-16be"],
      ["Zweiter Satz.", "utf-16be"],
    ],
  );
});

test("binary data in a line-format file is one quarantined file, not thousands of broken lines", async () => {
  const path = join(folder, "archive.jsonl");
  writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 8]), Buffer.alloc(64, 10)]));
  const outputs = await collect(readSourceFile(path, FORMATS["generic-jsonl"], limits).outputs);
  assert.deepEqual(
    outputs.map((output) => (output.type === "rejected" ? `${output.position} ${output.reason}` : "record")),
    ["file binary"],
  );
  assert.match(outputs[0]?.type === "rejected" ? outputs[0].detail : "", /first bytes 50 4b 03 04/);
});
