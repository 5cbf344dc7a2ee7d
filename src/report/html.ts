// HTML helpers of the report: escaping, number formats, tables with a header row, the page shell (inline CSS, no
// scripts, no CDN: the file opens offline).
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export const rate = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(3);

export const count = (value: number | undefined | null): string =>
  value === undefined || value === null || !Number.isFinite(value) ? "–" : value.toLocaleString("en-US");

/** A table; cells are HTML (escape text before). */
export function table(header: string[], rows: string[][], className = ""): string {
  const head = `<tr>${header.map((cell) => `<th>${cell}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return `<table${className ? ` class="${className}"` : ""}>${head}${body}</table>`;
}

const style = `body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#1f3a5f;color:#fff;padding:1em 2em}header a{color:#cde}
nav{padding:.5em 2em;background:#e8eef5;font-size:13px}nav a{margin-right:1em}
main{padding:0 2em 2em;max-width:1200px}section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5em 1.2em 1em;margin:1.2em 0}
section.not-run{background:#f3f3f3;color:#666}table{border-collapse:collapse;font-size:12px;margin:.6em 0}
td,th{border:1px solid #ccc;padding:2px 6px;text-align:right;vertical-align:top;max-width:380px;overflow-wrap:anywhere}th{background:#f0f3f7}
td:first-child,th:first-child{text-align:left}.paper{color:#666;font-style:italic}.maps{display:flex;flex-wrap:wrap;gap:1em}
.maps figure{margin:0;max-width:340px}header code{background:#2e4f7a;color:#fff}.small{font-size:12px;color:#555}code{background:#f0f0f0;padding:0 3px}`;

export function page(title: string, headerHtml: string, navigation: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${style}</style></head><body><header>${headerHtml}</header><nav>${navigation}</nav><main>
${body}
</main></body></html>
`;
}
