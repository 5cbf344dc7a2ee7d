// One lazily-created node-llama-cpp runtime and model cache shared by local chat and log-likelihood scoring.
import type { Llama, LlamaModel } from "node-llama-cpp";
import { NavabError } from "../../shared/errors.js";

let llamaPromise: Promise<Llama> | undefined;
const models = new Map<string, Promise<LlamaModel>>();

/** The shared runtime: prebuilt CPU binary only (never builds from source, never downloads). */
export function sharedLlama(): Promise<Llama> {
  llamaPromise ??= import("node-llama-cpp")
    .then(({ getLlama, LlamaLogLevel }) => getLlama({ build: "never", gpu: false, logLevel: LlamaLogLevel.error }))
    .catch((error: unknown) => {
      llamaPromise = undefined;
      const detail = error instanceof Error ? error.message : String(error);
      throw new NavabError(`cannot start node-llama-cpp (prebuilt @node-llama-cpp/linux-x64 binary): ${detail}`);
    });
  return llamaPromise;
}

/** Loads a GGUF once per process; later callers with the same path get the same model. */
export function sharedModel(path: string): Promise<LlamaModel> {
  let model = models.get(path);
  if (model === undefined) {
    model = sharedLlama().then((llama) => llama.loadModel({ modelPath: path }));
    model.catch(() => models.delete(path));
    models.set(path, model);
  }
  return model;
}

/** Frees every loaded model and the runtime (tests and CLI exit). */
/** How long disposing the local model may take before navab goes on without waiting. */
const DISPOSE_TIMEOUT_MILLISECONDS = 15_000;

export async function disposeLlamaRuntime(): Promise<void> {
  const loaded = [...models.values()];
  models.clear();
  const llama = llamaPromise;
  llamaPromise = undefined;
  const dispose = async (): Promise<void> => {
    for (const model of loaded) await (await model.catch(() => undefined))?.dispose();
    if (llama !== undefined) await (await llama.catch(() => undefined))?.dispose();
  };
  // A native dispose that never settles must not end the process silently (an empty event loop exits Node in the
  // middle of `navab demo`): the timer keeps the loop alive and bounds the wait.
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, DISPOSE_TIMEOUT_MILLISECONDS);
  });
  try {
    await Promise.race([dispose(), bound]);
  } finally {
    clearTimeout(timer);
  }
}
