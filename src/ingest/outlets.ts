// Outlet identity (issue 12 item 5): the slug of the name and the nation the outlet's text counts for —
// `bbc-news@gb`, `路透社@none` — so records naming "BBC News" with another nation make a distinct outlet and can never
// move the existing one (with ids from the name alone, one record with `--nation US` moved 395 BBC articles to US).
import { slug } from "../text/normalize.js";

export function outletId(name: string, nation: string | null): string {
  return `${slug(name)}@${nation === null ? "none" : nation.toLowerCase()}`;
}
