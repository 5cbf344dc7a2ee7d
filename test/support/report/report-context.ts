// A report context for unit tests: nothing on disk, no database unless one is given.
import type { ReportContext } from "../../../src/report/section.js";

export function reportContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    home: "/nonexistent/home",
    out: "/nonexistent/out",
    reference: "/nonexistent/reference",
    serveUrl: "http://127.0.0.1:4000",
    evaluationRuns: [],
    runPrefix: "demo-",
    conflictRuns: { reduced: "r", ablation: "a" },
    ...overrides,
  };
}
