// The demo's own run record (<out>/demo-run.json): profile, sizes, settings version, per-step estimates, seconds
// and outcome, load averages at start and end — what the report shows and what the estimates are checked against.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

export interface DemoStepRecord {
  number: number;
  title: string;
  stage: string;
  estimate: number;
  seconds: number;
  status: "done" | "failed";
  error?: string;
}

export interface DemoRecord {
  profile: string;
  settingsVersion: string;
  settings: object;
  startedAt: string;
  finishedAt?: string;
  minutes?: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
  node: string;
  steps: DemoStepRecord[];
}

export const demoRecordPath = (out: string): string => join(out, "demo-run.json");

export function writeDemoRecord(out: string, record: DemoRecord): void {
  writeFileSync(demoRecordPath(out), `${JSON.stringify(record, null, 2)}\n`);
}

export function readDemoRecord(out: string): DemoRecord | undefined {
  const path = demoRecordPath(out);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as DemoRecord) : undefined;
}
