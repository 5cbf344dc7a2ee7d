// The report is a list of sections: each loads its own data; absent data renders "not run" with its producer, a
// failing loader renders its error without hiding the others, and the page needs nothing from the network.
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderReport } from "../../../src/report/render-report.js";
import { defineSection } from "../../../src/report/section.js";
import { REPORT_SECTIONS } from "../../../src/report/sections/index.js";
import { reportContext } from "../../support/report/report-context.js";

const context = reportContext();

test("a section renders its data, 'not run' without data, and its error when loading fails", async () => {
  const shown = defineSection<number[]>({
    id: "shown",
    title: "Shown: numbers",
    producedBy: "a test",
    load: async () => [1, 2],
    render: (numbers) => `<p>${numbers.join("+")}</p>`,
  });
  const absent = defineSection<string>({
    id: "absent",
    title: "Absent",
    producedBy: "`navab something` <later>",
    load: async () => undefined,
    render: () => "never",
  });
  const broken = defineSection<string>({
    id: "broken",
    title: "Broken",
    producedBy: "a test",
    load: async () => {
      throw new Error("no such file <x>");
    },
    render: () => "never",
  });
  const { html, sections } = await renderReport([shown, absent, broken], context);
  assert.deepEqual(
    sections.map((section) => section.status),
    ["shown", "not run", "failed"],
  );
  assert.match(html, /<p>1\+2<\/p>/);
  assert.match(html, /Not run in this report: produced by `navab something` &#60;later&#62;/);
  assert.match(html, /Could not build this section: no such file &#60;x&#62;/);
  assert.match(html, /href="#absent"/);
  assert.doesNotMatch(html, /never/);
});

test("without a database or files every built-in section says 'not run' (or shows what needs no run)", async () => {
  const { html, sections } = await renderReport(REPORT_SECTIONS, context);
  const byId = new Map(sections.map((section) => [section.id, section.status]));
  for (const id of ["table1", "table2", "table3", "conflicts", "topics", "judge", "table7", "run", "records"])
    assert.equal(byId.get(id), "not run", id);
  assert.equal(byId.get("links"), "shown", "the UI links need no run");
  assert.doesNotMatch(
    html,
    /<script|<link |https?:\/\/(?!127\.0\.0\.1)/,
    "self-contained: no scripts, stylesheets or remote URLs",
  );
});
