// Tiny DOM helpers shared by the UI pages (no framework): element lookup, element creation, text highlighting.
/// <reference lib="dom" />

/** The element with `id`, or an error naming it (a page template and its script disagree). */
export function byId<Kind extends HTMLElement = HTMLElement>(id: string): Kind {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`navab ui: the page has no element #${id}`);
  return found as Kind;
}

type Child = Node | string | null | undefined;

/** Creates `<tag>` with attributes and children (strings become text nodes, so nothing is parsed as HTML). */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
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

/** Shows an error message in `target` instead of failing silently. */
export function showError(target: HTMLElement, error: unknown): void {
  fill(target, element("p", { class: "error" }, error instanceof Error ? error.message : String(error)));
}
