// Runtime import cycles among TypeScript files (relative imports; `import type` is erased and does not count):
// Tarjan's strongly connected components over the import graph. The same rule as /work/shared/tools/import-cycles.mjs,
// kept in the repository so the check runs wherever the tests run.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

function typeScriptFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules") files.push(...typeScriptFiles(path));
    } else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) files.push(resolve(path));
  }
  return files;
}

/** Each cycle as its files (strongly connected components of more than one file). */
export function importCycles(roots: readonly string[]): string[][] {
  const files = roots.flatMap(typeScriptFiles);
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const match of readFileSync(file, "utf8").matchAll(
      /^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s+["'](\.[^"']+)["']/gm,
    )) {
      let target = resolve(dirname(file), match[1] as string).replace(/\.js$/, ".ts");
      if (!target.endsWith(".ts")) target += ".ts";
      if (known.has(target)) targets.push(target);
    }
    edges.set(file, targets);
  }
  let counter = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) cycles.push(component);
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}
