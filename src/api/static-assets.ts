// The auditor UI, topic and triple browsers and the offline GraphQL sandbox: HTML/CSS from ui/pages and the
// TypeScript of ui/src bundled in memory by esbuild at start-up (cytoscape included from node_modules; no CDN).
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { build } from "esbuild";
import { fromRepository } from "../config/paths.js";

export interface Asset {
  contentType: string;
  body: Buffer;
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Every UI file by its URL path (`/ui/auditor.html`, `/ui/assets/auditor.js`, ...). */
export async function buildUserInterface(folder: string = fromRepository("ui")): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  const pages = join(folder, "pages");
  for (const name of readdirSync(pages)) {
    const type = contentTypes[extname(name)];
    if (type !== undefined) assets.set(`/ui/${name}`, { contentType: type, body: readFileSync(join(pages, name)) });
  }
  const sources = join(folder, "src");
  const entryPoints = readdirSync(sources)
    .filter((name) => name.endsWith("-page.ts"))
    .map((name) => join(sources, name));
  const result = await build({
    entryPoints,
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: true,
    outdir: "/assets",
    logLevel: "silent",
  });
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    assets.set(`/ui/assets/${name}`, {
      contentType: contentTypes[".js"] ?? "text/javascript",
      body: Buffer.from(file.contents),
    });
  }
  return assets;
}
