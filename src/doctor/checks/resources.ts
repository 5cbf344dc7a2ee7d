// Free disk under the navab home (Neo4j store, models, caches) and memory for the embedded Neo4j's heap and page
// cache plus the Node process and the local model (about 1 GiB together).
import type { DoctorCheck, Finding } from "../check.js";

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
/** Below this much free disk navab cannot store a Neo4j database and models; below the second it warns. */
export const DISK_FAIL_BYTES = 1 * GIB;
export const DISK_WARN_BYTES = 5 * GIB;
const PROCESS_BYTES = 1 * GIB;

const gib = (bytes: number): string => `${(bytes / GIB).toFixed(1)} GiB`;

/** "2g" / "1536m" → bytes. */
export function heapBytes(heap: string): number {
  const value = Number.parseInt(heap, 10);
  return /g$/i.test(heap) ? value * GIB : value * MIB;
}

export const resourcesCheck: DoctorCheck = {
  id: "resources",
  async run({ settings, probes }) {
    const free = await probes.freeDiskBytes(settings.home);
    const disk: Finding =
      free < DISK_FAIL_BYTES
        ? {
            title: "disk",
            status: "fail",
            detail: `${gib(free)} free under ${settings.home}`,
            fix: "free disk space or set NAVAB_HOME to a larger disk",
          }
        : free < DISK_WARN_BYTES
          ? {
              title: "disk",
              status: "warn",
              detail: `${gib(free)} free under ${settings.home} (5 GiB recommended)`,
              fix: "free disk space or set NAVAB_HOME to a larger disk",
            }
          : { title: "disk", status: "ok", detail: `${gib(free)} free under ${settings.home}` };
    const { totalBytes, availableBytes } = probes.memory();
    const server = settings.embeddedServer;
    const wanted =
      PROCESS_BYTES + (settings.database.embedded ? heapBytes(server.heap) + server.pageCacheMegabytes * MIB : 0);
    const shrink = "lower NAVAB_NEO4J_HEAP / NAVAB_NEO4J_PAGE_CACHE_MB (e.g. 1g and 256)";
    const memory: Finding =
      totalBytes < wanted
        ? {
            title: "memory",
            status: "fail",
            detail: `${gib(totalBytes)} in total, navab wants ${gib(wanted)}`,
            fix: shrink,
          }
        : availableBytes < wanted
          ? {
              title: "memory",
              status: "warn",
              detail: `${gib(availableBytes)} available of ${gib(totalBytes)}, navab wants ${gib(wanted)}`,
              fix: `close other programs or ${shrink}`,
            }
          : {
              title: "memory",
              status: "ok",
              detail: `${gib(availableBytes)} available of ${gib(totalBytes)} (navab wants ${gib(wanted)})`,
            };
    return [disk, memory];
  },
};
