// The line-by-line RFC 4180 reader: multi-line quoted fields, doubled quotes, and recovery from broken records —
// each error at the line where its record starts, the lines after a broken quote parsed again.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CsvRecords, scanLine } from "../../../ingest/csv-records.js";
import { readGenericCsv } from "../../../ingest/generic-csv.js";

const events = (lines: string[], maximumRecordBytes?: number) => {
  const records = new CsvRecords(maximumRecordBytes);
  return [...lines.flatMap((text, index) => records.push({ line: index + 1, text })), ...records.end()].map((event) =>
    event.type === "record" ? `${event.line}: ${JSON.stringify(event.fields)}` : `${event.line}: ${event.reason}`,
  );
};

test("scanLine: commas, quotes, doubled quotes and an open quoted field", () => {
  assert.deepEqual(scanLine('a,"b, c","say ""hi""",', []), { fields: ["a", "b, c", 'say "hi"', ""] });
  assert.deepEqual(scanLine('1,"open', []), { fields: ["1"], openField: "open\n" });
  assert.deepEqual(scanLine('closed",2', ["1"], "open\n"), { fields: ["1", "open\nclosed", "2"] });
  assert.match((scanLine('a,b"c', []) as { error: string }).error, /quote inside an unquoted field \(column 4\)/);
  assert.match((scanLine('"a"b,c', []) as { error: string }).error, /followed by "b", not a comma/);
});

test("a quoted field may span lines; its record is at the line where it starts", () => {
  assert.deepEqual(events(["h1,h2", '1,"first', "second", 'third"', "", "2,x"]), [
    '1: ["h1","h2"]',
    '2: ["1","first\\nsecond\\nthird"]',
    '6: ["2","x"]',
  ]);
});

test("a broken quote is an error at its own line and the lines after it are parsed again", () => {
  assert.deepEqual(events(["h1,h2", '"unclosed,1', '"good",2', "plain,3"]), [
    '1: ["h1","h2"]',
    "2: unparsable",
    '3: ["good","2"]',
    '4: ["plain","3"]',
  ]);
  assert.deepEqual(events(["h", '"never closed', "a", "b"]), ['1: ["h"]', "2: unparsable", '3: ["a"]', '4: ["b"]']);
});

test("an open quote that runs past the record cap, and an over-long line, are errors; parsing goes on", () => {
  assert.deepEqual(events(["h", '"open', "x".repeat(40), "after"], 30), [
    '1: ["h"]',
    "2: unparsable",
    '3: ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]',
    '4: ["after"]',
  ]);
  const records = new CsvRecords(100);
  assert.deepEqual(
    records.push({ line: 7, oversizedBytes: 500 }).map((event) => `${event.line}: ${event.type}`),
    ["7: error"],
  );
});

test("generic-csv: the wrong number of fields is quarantined whole, with the header's line", () => {
  const bytes = Buffer.from('text,title\n"a,\nb",one\nonly one field\n"c",two\n');
  const outputs = readGenericCsv({ path: "f.csv", bytes });
  assert.deepEqual(
    outputs.map((output) =>
      output.type === "record"
        ? `${output.position} ${output.text}`
        : `${output.position} ${output.reason}: ${output.detail}`,
    ),
    ["line:2 a,\nb", "line:4 unparsable: 1 fields where the header (line 1) has 2", "line:5 c"],
  );
});
