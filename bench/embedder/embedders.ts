// The embedders the benchmark compares, by short name: the hashed baseline and multilingual-e5-small in both roles.
import { createEmbeddingModel } from "../../src/models/embedding/create-embedding-model.js";
import type { EmbeddingModel } from "../../src/models/embedding/embedding-model.js";

export function benchEmbedders(names: readonly string[], home: string): [string, EmbeddingModel][] {
  return names.map((name) => {
    if (name === "hashed") return [name, createEmbeddingModel({ backend: "hashed" }, home)];
    if (name === "e5-query" || name === "e5-passage")
      return [
        name,
        createEmbeddingModel(
          { backend: "multilingual-e5-small", role: name === "e5-query" ? "query" : "passage" },
          home,
        ),
      ];
    throw new Error(`bench/embedder: unknown embedder "${name}"; use hashed, e5-query or e5-passage`);
  });
}

export function cosine(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    dot += left[index]! * right[index]!;
    leftNorm += left[index]! ** 2;
    rightNorm += right[index]! ** 2;
  }
  return dot / (Math.sqrt(leftNorm * rightNorm) || 1);
}
