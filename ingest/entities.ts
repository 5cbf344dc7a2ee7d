// HTML/XML character references (&quot; &#233; &#x00e9; …) decoded with the entity table of node-html-parser's `he`.
import { TextNode } from "node-html-parser";

/** Decodes every named and numeric character reference in `text`. */
export function decodeEntities(text: string): string {
  return text.includes("&") ? new TextNode(text).text : text;
}
