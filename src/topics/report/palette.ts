// Topic colours shared by the HTML topic report and the UI's topic map, so a topic rank has one colour everywhere.
export const TOPIC_PALETTE: readonly string[] = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#bcbd22",
  "#17becf",
  "#393b79",
  "#ad494a",
  "#637939",
  "#7b4173",
  "#3182bd",
  "#e6550d",
  "#31a354",
];
