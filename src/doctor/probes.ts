// What `navab doctor` may ask of the machine, as one small interface: the real probes live in system-probes.ts,
// tests pass fakes, so every check is a pure function of these answers.
import type { Settings } from "../config/settings.js";

export interface CommandOutput {
  exitCode: number | null;
  /** stdout and stderr together (java -version prints to stderr). */
  output: string;
}

export type DatabaseProbe =
  | { reachable: true; missingApocFunctions: string[] }
  | { reachable: false; reason: "unreachable" | "authentication" | "other"; message: string };

export interface DoctorProbes {
  /** Runs a program; undefined when it is not installed. */
  run(command: string, parameters: string[]): Promise<CommandOutput | undefined>;
  node(): { version: string; platform: string; architecture: string };
  /** Bytes free for unprivileged users on the filesystem holding `path` (or its nearest existing parent). */
  freeDiskBytes(path: string): Promise<number>;
  memory(): { totalBytes: number; availableBytes: number };
  /** True when something accepts TCP connections on 127.0.0.1:port. */
  portOpen(port: number): Promise<boolean>;
  embeddedServer(settings: Settings): { running: boolean; pid: number | undefined };
  database(settings: Settings): Promise<DatabaseProbe>;
  /** sha256 of a file, or undefined when there is no such file. */
  fileSha256(path: string): Promise<string | undefined>;
  /** Number of entries in a folder, or undefined when there is no such folder. */
  folderEntries(path: string): Promise<number | undefined>;
  /** Version of an installed npm package, or undefined when it is not installed. */
  packageVersion(name: string): string | undefined;
}
