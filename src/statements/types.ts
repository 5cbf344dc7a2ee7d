// What the statement-pipeline stages return: the run id and the counts recorded on its Run.
export interface StageResult {
  runId: string;
  counts: Record<string, number>;
}
