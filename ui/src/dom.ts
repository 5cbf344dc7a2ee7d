// Tiny DOM helpers shared by the UI pages (no framework): element lookup, element creation, text highlighting,
// links. Everything stored in the graph is shown as text (never parsed as HTML); only http(s) URLs become links
// (a stored `javascript:` URL is shown as plain text), and no event-handler or style attribute is ever set from here.
/// <reference lib="dom" />

/** The element with `id`, or an error naming it (a page template and its script disagree). */
export function byId<Kind extends HTMLElement = HTMLElement>(id: string): Kind {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`navab ui: the page has no element #${id}`);
  return found as Kind;
}

type Child = Node | string | null | undefined;

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "srcdoc"]);

/** `text` as an absolute http(s) URL, or undefined for anything else (`javascript:`, `data:`, relative, junk). */
export function httpUrl(text: string | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates `<tag>` with attributes and children (strings become text nodes, so nothing is parsed as HTML).
 * Event-handler and style attributes are refused; URL attributes (href, src, …) must be http(s) or this site's own
 * paths, else they are left out.
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith("on") || lower === "style") {
      throw new Error(`navab ui: element() does not set '${name}' (use listeners and classes)`);
    }
    if (URL_ATTRIBUTES.has(lower) && httpUrl(value) === undefined && !/^\/(?!\/)/.test(value)) continue;
    created.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    created.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return created;
}

/** Replaces the children of `parent` with `children`. */
export function fill(parent: HTMLElement, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((child): child is Node | string => child !== null && child !== undefined));
}

/** `text` as a paragraph with characters start..end wrapped in <mark> (the statement's source span). */
export function highlightedSpan(text: string, start: number | null, end: number | null, context = 400): HTMLElement {
  if (start === null || end === null || start < 0 || end > text.length || end <= start) {
    return element("p", { class: "article-text" }, text.slice(0, context * 2));
  }
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return element(
    "p",
    { class: "article-text" },
    from > 0 ? "…" : "",
    text.slice(from, start),
    element("mark", { "data-testid": "source-span" }, text.slice(start, end)),
    text.slice(end, to),
    to < text.length ? "…" : "",
  );
}

/** A link to `url` when it is http(s) (opened without access to this page); otherwise the URL as plain text. */
export function externalLink(url: string, label: string = url): HTMLElement {
  const safe = httpUrl(url);
  if (safe === undefined) {
    return element("span", { class: "unsafe-url", title: "not an http(s) URL: shown as text" }, url);
  }
  return element("a", { href: safe, rel: "noopener noreferrer", target: "_blank" }, label);
}

/** Shows an error message in `target` instead of failing silently. */
export function showError(target: HTMLElement, error: unknown): void {
  fill(target, element("p", { class: "error" }, error instanceof Error ? error.message : String(error)));
}
