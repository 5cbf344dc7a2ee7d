// The prebuilt node-llama-cpp binary for this platform (navab never builds llama.cpp from source): installed,
// and of the same version as node-llama-cpp (docs/dependencies.md: macOS/Windows get 3.21.1 prebuilts).
import type { DoctorCheck } from "../check.js";

/** @node-llama-cpp/<name> holding the CPU prebuilt per `${platform}-${architecture}`. */
export const PREBUILT_PACKAGES: Record<string, string> = {
  "linux-x64": "linux-x64",
  "linux-arm64": "linux-arm64",
  "linux-arm": "linux-armv7l",
  "darwin-arm64": "mac-arm64-metal",
  "darwin-x64": "mac-x64",
  "win32-x64": "win-x64",
  "win32-arm64": "win-arm64",
};

export const llamaBinaryCheck: DoctorCheck = {
  id: "llama-binary",
  async run({ probes }) {
    const title = "node-llama-cpp prebuilt";
    const fix = "npm ci (or use a served model: NAVAB_LLM_BASE_URL)";
    const library = probes.packageVersion("node-llama-cpp");
    if (library === undefined)
      return [{ title, status: "fail", detail: "node-llama-cpp is not installed", fix: "npm ci" }];
    const node = probes.node();
    const name = PREBUILT_PACKAGES[`${node.platform}-${node.architecture}`];
    if (name === undefined)
      return [
        {
          title,
          status: "warn",
          detail: `no prebuilt binary for ${node.platform} ${node.architecture}: the local model cannot run`,
          fix,
        },
      ];
    const prebuilt = probes.packageVersion(`@node-llama-cpp/${name}`);
    if (prebuilt === undefined)
      return [
        { title, status: "warn", detail: `@node-llama-cpp/${name} is not installed: the local model cannot run`, fix },
      ];
    if (prebuilt !== library)
      return [
        {
          title,
          status: "warn",
          detail: `@node-llama-cpp/${name} ${prebuilt} under node-llama-cpp ${library}: the local model may fail`,
          fix: "see docs/dependencies.md (Overrides)",
        },
      ];
    return [{ title, status: "ok", detail: `@node-llama-cpp/${name} ${prebuilt}` }];
  },
};
