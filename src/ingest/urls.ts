// Article URLs are kept only as absolute http(s) URLs (issue 12 item 4, issue 17 item 5): anything else —
// `javascript:`, `data:`, `file:`, a relative or malformed address — is dropped from the record and the reason is
// recorded on the Article (`urlDropped`), so the text still lands and nothing unsafe is ever rendered as a link.

export interface CheckedUrl {
  /** The URL as WHATWG parses and serializes it, or null. */
  url: string | null;
  /** Why a given URL was dropped, or null. */
  dropped: string | null;
}

export function checkedUrl(value: string | undefined): CheckedUrl {
  const written = value?.trim() ?? "";
  if (written === "") return { url: null, dropped: null };
  let parsed: URL;
  try {
    parsed = new URL(written);
  } catch {
    return { url: null, dropped: "not an absolute URL" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return { url: null, dropped: `the scheme "${parsed.protocol}" is not http: or https:` };
  if (parsed.hostname === "") return { url: null, dropped: "no host name" };
  return { url: parsed.href, dropped: null };
}
