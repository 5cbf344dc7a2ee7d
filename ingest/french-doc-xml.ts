// Reader for the French-language "gilets jaunes" press files: pseudo-XML `<doc title=".." source="..">text</doc>`
// records (attribute values quoted or, in the Swiss file, unquoted and ending at whitespace or `>`), text with HTML
// entities. Not well-formed XML, so a small scanner reads it; the outlet comes from `source` or the url host.
import { decodeLossy, hasUndecodableBytes } from "./decode.js";
import { decodeEntities } from "./entities.js";
import { rejected, type OutletHint, type Reader, type ReaderOutput, type SourceInput } from "./records.js";

/** The outlets of the corpus; country is the outlet's own (Belgium, Switzerland), the text counts as French press. */
const OUTLETS: Readonly<Record<string, OutletHint>> = {
  LaLibre: { name: "La Libre Belgique", kind: "private", country: "BE" },
  "La DH": { name: "La DH (La Dernière Heure)", kind: "private", country: "BE" },
  "www.lematin.ch": { name: "Le Matin", kind: "private", country: "CH" },
  "www.lenouvelliste.ch": { name: "Le Nouvelliste", kind: "private", country: "CH" },
  "www.letemps.ch": { name: "Le Temps", kind: "private", country: "CH" },
  "www.tdg.ch": { name: "Tribune de Genève", kind: "private", country: "CH" },
};

const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export function parseAttributes(header: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of header.matchAll(ATTRIBUTE)) {
    attributes[match[1] ?? ""] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function outletOf(attributes: Record<string, string>): OutletHint | undefined {
  const key = attributes.source ?? (attributes.url === undefined ? undefined : hostOf(attributes.url));
  if (key === undefined) return undefined;
  return OUTLETS[key] ?? { name: key, kind: "private", country: "unknown" };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url.startsWith("http") ? url : `https://${url}`).host;
  } catch {
    return undefined;
  }
}

/** Line numbers of offsets visited in increasing order, counted incrementally (linear in the file size). */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let from = 0;
  return (offset) => {
    for (let index = text.indexOf("\n", from); index !== -1 && index < offset; index = text.indexOf("\n", index + 1))
      line += 1;
    from = Math.max(from, offset);
    return line;
  };
}

export const readFrenchDocXml: Reader = (source: SourceInput) => {
  const text = decodeLossy(source.bytes);
  const records: ReaderOutput[] = [];
  const documents = /<doc\b([^>]*)>([\s\S]*?)(?:<\/doc>|(?=<doc\b)|$)/g;
  const lineAt = lineCounter(text);
  let index = 0;
  for (const match of text.matchAll(documents)) {
    index += 1;
    const position = `doc:${index}@line:${lineAt(match.index)}`;
    const raw = match[0];
    const body = decodeEntities(match[2] ?? "").trim();
    if (!raw.endsWith("</doc>")) records.push(rejected(source, position, "unparsable", "<doc> without </doc>", raw));
    else if (hasUndecodableBytes(raw))
      records.push(rejected(source, position, "bad-encoding", "the record is not valid UTF-8", raw));
    else if (body === "") records.push(rejected(source, position, "empty-text", "the <doc> has no text", raw));
    else {
      const attributes = parseAttributes(match[1] ?? "");
      const outlet = outletOf(attributes);
      records.push({
        type: "record",
        sourceFile: source.path,
        position,
        text: body,
        kind: "article",
        ...(attributes.title === undefined ? {} : { title: attributes.title }),
        ...(attributes.url === undefined
          ? {}
          : { url: attributes.url.startsWith("http") ? attributes.url : `https://${attributes.url}` }),
        ...(outlet === undefined ? {} : { outlet }),
      });
    }
  }
  return records;
};
