// Model files and their hashes. Each entry of MODEL_FILES says which files one model backend expects, with the
// pinned sha256 and the command that provisions them: checking another model (e.g. the multilingual-e5
// embedder) is one more entry in this list.
import { join } from "node:path";
import { DEFAULT_GGUF_CANDIDATE, GGUF_CANDIDATES } from "../../models/local/gguf-candidates.js";
import type { DoctorCheck, DoctorContext, Finding } from "../check.js";

export interface ModelFile {
  title: string;
  path: string;
  /** The pinned sha256; undefined for a user-supplied file (its hash is printed instead). */
  sha256: string | undefined;
  fix: string;
}

/** The local GGUF chat/scoring model: NAVAB_GGUF, else the pinned candidate under <home>/models. */
export function localChatModel({ settings, environment }: DoctorContext): ModelFile[] {
  if (environment.gguf !== undefined)
    return [
      {
        title: "GGUF (NAVAB_GGUF)",
        path: environment.gguf,
        sha256: undefined,
        fix: "point NAVAB_GGUF at a readable .gguf file",
      },
    ];
  const key = environment.ggufCandidate ?? DEFAULT_GGUF_CANDIDATE;
  const candidate = GGUF_CANDIDATES[key];
  if (candidate === undefined) return [];
  const fix = `npx navab llm provision${key === DEFAULT_GGUF_CANDIDATE ? "" : ` (with NAVAB_GGUF_CANDIDATE=${key})`}`;
  return [
    {
      title: `GGUF ${candidate.name}`,
      path: join(settings.home, "models", candidate.fileName),
      sha256: candidate.sha256,
      fix,
    },
  ];
}

export const MODEL_FILES: ReadonlyArray<(context: DoctorContext) => ModelFile[]> = [localChatModel];

/** Missing or changed model files warn: navab fetches the pinned ones on first use. */
export const modelFilesCheck: DoctorCheck = {
  id: "models",
  async run(context) {
    const findings: Finding[] = [];
    if (
      context.environment.ggufCandidate !== undefined &&
      GGUF_CANDIDATES[context.environment.ggufCandidate] === undefined
    )
      findings.push({
        title: "GGUF",
        status: "fail",
        detail: `NAVAB_GGUF_CANDIDATE=${context.environment.ggufCandidate} is not one of ${Object.keys(GGUF_CANDIDATES).join(", ")}`,
        fix: `set NAVAB_GGUF_CANDIDATE to one of ${Object.keys(GGUF_CANDIDATES).join(", ")}`,
      });
    for (const file of MODEL_FILES.flatMap((entry) => entry(context))) {
      const sha256 = await context.probes.fileSha256(file.path);
      if (sha256 === undefined)
        findings.push({
          title: file.title,
          status: file.sha256 === undefined ? "fail" : "warn",
          detail: `${file.path} is missing`,
          fix: file.fix,
        });
      else if (file.sha256 !== undefined && sha256 !== file.sha256)
        findings.push({
          title: file.title,
          status: "warn",
          detail: `${file.path} has sha256 ${sha256}, expected ${file.sha256}`,
          fix: file.fix,
        });
      else
        findings.push({
          title: file.title,
          status: "ok",
          detail: `${file.path} sha256 ${sha256}${file.sha256 === undefined ? " (user-supplied, not pinned)" : " (pinned)"}`,
        });
    }
    return findings;
  },
};
