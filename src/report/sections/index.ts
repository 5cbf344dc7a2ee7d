// The report, in order: one entry per section. Adding a section = one file in this folder exporting a
// defineSection({...}) and one line here; a section whose data is absent renders "not run" with its producer.
import type { ReportSection } from "../section.js";
import { linksSection } from "./auditor-links.js";
import { conflictsSection } from "./conflicts.js";
import { table3Section, table7Section } from "./experiments.js";
import { judgeCalibrationSection } from "./judge-calibration.js";
import { runRecordsSection } from "./run-records.js";
import { runSection } from "./run.js";
import { table1Section } from "./table1.js";
import { table2Section } from "./table2.js";
import { topicMapsSection } from "./topic-maps.js";

export const REPORT_SECTIONS: readonly ReportSection[] = [
  table1Section,
  table2Section,
  table3Section,
  conflictsSection,
  topicMapsSection,
  judgeCalibrationSection,
  table7Section,
  linksSection,
  runSection,
  runRecordsSection,
];
