// Public surface of the paper's experiments (issue 15): the paired with/without conflict-reduction comparison
// and the Table 3 block.
export { comparePaired, type PairedComparison, type PairedMetric } from "./paired-comparison.js";
export { pairedBootstrapDifference } from "./statistics/paired-bootstrap.js";
export { readPaperTable3, parsePaperTable3, type PaperTable3Row, type Table3Variant } from "./table3/paper-table3.js";
export { table3Cells, type Table3Data } from "./table3/table3-data.js";
export { renderTable3Block } from "./table3/table3-block.js";
export { loadTable3, type Table3Runs } from "./table3/load-table3.js";
