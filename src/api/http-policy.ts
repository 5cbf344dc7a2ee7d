// What every response says about itself, and which Host names the server answers (issue 12 item 4): a
// Content-Security-Policy that allows only this server's own scripts, styles and fetches (no inline script, no
// CDN, `javascript:` links do not run), no framing (frame-ancestors + X-Frame-Options), no MIME sniffing, no
// referrer; and a Host allow-list (loopback names, the address the server listens on, and configured names) so a
// DNS-rebinding page that resolves its own name to 127.0.0.1 is answered 421, never with data.
import { createHash } from "node:crypto";
import { isIP } from "node:net";

/**
 * The one inline stylesheet the UI needs: cytoscape adds it to <head> when it draws a graph
 * (node_modules/cytoscape, BRp.init). The CSP allows exactly this text by its hash, nothing else inline.
 */
export const CYTOSCAPE_CONTAINER_STYLE = ".__________cytoscape_container { position: relative; }";
const cytoscapeStyleHash = createHash("sha256").update(CYTOSCAPE_CONTAINER_STYLE).digest("base64");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${cytoscapeStyleHash}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; "),
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", ""]);

/** Host names the server answers: loopback, the listening address (unless a wildcard) and `configured` ones. */
export function allowedHosts(listeningHost: string, configured: readonly string[] = []): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  const listening = normalizeHost(listeningHost);
  if (!WILDCARD_ADDRESSES.has(listening)) names.add(listening);
  for (const name of configured) names.add(normalizeHost(name));
  return names;
}

/** Whether a request's Host header (`name[:port]`, `[v6]:port`) names an allowed host. */
export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined || header.trim() === "") return false;
  const text = header.trim();
  const name = text.startsWith("[") ? text.slice(1, text.indexOf("]")) : (text.split(":")[0] ?? "");
  return allowed.has(normalizeHost(name));
}

function normalizeHost(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, "");
  const bare = lower.startsWith("[") && lower.endsWith("]") ? lower.slice(1, -1) : lower;
  return isIP(bare) === 0 && bare.endsWith(".localhost") ? "localhost" : bare;
}
