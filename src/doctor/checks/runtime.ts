// Node.js and npm: navab runs on Node >= 20.10 (tested on 20 and 22); the lockfile and its allowScripts
// decisions are written for npm 11 (docs/dependencies.md).
import { versionAtLeast, type DoctorCheck, type Finding } from "../check.js";

const nodeFix =
  "install Node 20 or 22 (Debian: apt-get install -y nodejs from NodeSource; or `npm install -g node@22`)";

export const runtimeCheck: DoctorCheck = {
  id: "runtime",
  async run({ probes }) {
    const node = probes.node();
    const major = Number(node.version.replace(/^v/, "").split(".")[0]);
    const nodeFinding: Finding = !versionAtLeast(node.version, [20, 10])
      ? { title: "Node.js", status: "fail", detail: `${node.version}; navab needs >= 20.10`, fix: nodeFix }
      : major === 20 || major === 22
        ? { title: "Node.js", status: "ok", detail: `${node.version} (${node.platform} ${node.architecture})` }
        : {
            title: "Node.js",
            status: "warn",
            detail: `${node.version}: navab is tested on Node 20 and 22`,
            fix: nodeFix,
          };
    const npm = await probes.run("npm", ["--version"]);
    const npmVersion = npm?.output.trim() ?? "";
    const npmFinding: Finding =
      npm === undefined || npm.exitCode !== 0
        ? { title: "npm", status: "warn", detail: "npm not found", fix: "install npm 11: npm install -g npm@11" }
        : versionAtLeast(npmVersion, [11])
          ? { title: "npm", status: "ok", detail: npmVersion }
          : {
              title: "npm",
              status: "warn",
              detail: `${npmVersion}: the lockfile and allowScripts are written for npm 11`,
              fix: "npm install -g npm@11",
            };
    return [nodeFinding, npmFinding];
  },
};
