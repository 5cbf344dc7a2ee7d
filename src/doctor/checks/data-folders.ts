// The shared corpora and reference folders (NAVAB_CORPORA, NAVAB_REFERENCE): `navab ingest --all`, the demo and
// the reference evaluation sets read them; navab never copies them into the repository.
import type { DoctorCheck, Finding } from "../check.js";

export const dataFoldersCheck: DoctorCheck = {
  id: "data-folders",
  async run({ settings, probes }) {
    const folders = [
      { title: "corpora", path: settings.corpora, variable: "NAVAB_CORPORA" },
      { title: "reference", path: settings.reference, variable: "NAVAB_REFERENCE" },
    ];
    const findings: Finding[] = [];
    for (const folder of folders) {
      const entries = await probes.folderEntries(folder.path);
      findings.push(
        entries === undefined || entries === 0
          ? {
              title: folder.title,
              status: "warn",
              detail: `${folder.path} is ${entries === undefined ? "missing" : "empty"}`,
              fix: `set ${folder.variable}=/path/to/${folder.title} (default ../shared/${folder.title})`,
            }
          : { title: folder.title, status: "ok", detail: `${folder.path} (${entries} entries)` },
      );
    }
    return findings;
  },
};
