// The environment settings `navab doctor` reports on besides loadSettings(): which Python provisions the GGUF
// and which GGUF is used (the same variables src/models/local/local-model.ts reads).
export interface DoctorEnvironment {
  python: string;
  /** NAVAB_GGUF: a user-supplied model file (no pinned hash). */
  gguf: string | undefined;
  /** NAVAB_GGUF_CANDIDATE: a key of GGUF_CANDIDATES. */
  ggufCandidate: string | undefined;
}

export function readDoctorEnvironment(environment: NodeJS.ProcessEnv = process.env): DoctorEnvironment {
  const nonEmpty = (value: string | undefined): string | undefined => (value === "" ? undefined : value);
  return {
    python: nonEmpty(environment.NAVAB_PYTHON) ?? "python3",
    gguf: nonEmpty(environment.NAVAB_GGUF),
    ggufCandidate: nonEmpty(environment.NAVAB_GGUF_CANDIDATE),
  };
}
