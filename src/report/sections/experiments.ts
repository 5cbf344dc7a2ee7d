// The experiments' sections (issue 15): Table 3 (with / without conflict reduction, with DPO) and Table 7 (human
// verification). Their data is built by `navab eval compare` and `navab verify`; until those write it, the
// sections say "not run". To fill one: give it a `load` that returns the data (or undefined) and a `render`.
import { loadVerificationReport, renderTable7Block, type NationReport } from "../../verify/index.js";
import { defineSection } from "../section.js";

export const table3Section = defineSection<never>({
  id: "table3",
  title: "Table 3: with and without conflict reduction",
  producedBy: "`navab eval compare` (issue 15)",
  load: async () => undefined,
  render: () => "",
});

export const table7Section = defineSection<NationReport[]>({
  id: "table7",
  title: "Table 7: human verification",
  producedBy: "`navab verify prepare|prelabel|label` on the reduced conflict run (issue 15)",
  load: async (context) => {
    if (!context.executor) return undefined;
    const reports = await loadVerificationReport(context.executor, context.conflictRuns.reduced);
    return reports.length === 0 ? undefined : reports;
  },
  render: (reports) => renderTable7Block(reports),
});
