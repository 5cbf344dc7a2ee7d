// Reader for UN General Debate speeches (UNGDC): one speech per file named NATION_SESSION_YEAR.txt, where NATION is
// an ISO alpha-3 code; the nation comes from the file name and must be one of the five NaVAB nations.
import { basename } from "node:path";
import { decodeWithFallback } from "./decode.js";
import { rejected, type Reader } from "./records.js";

/** ISO alpha-3 codes of the five NaVAB nations, mapped to the alpha-2 codes of the graph's Nation nodes. */
export const UN_NATIONS: Readonly<Record<string, string>> = { CHN: "CN", USA: "US", GBR: "GB", FRA: "FR", DEU: "DE" };

const FILE_NAME = /^([A-Z]{3})_(\d+)_(\d{4})\.txt$/i;

export const readUnDebateText: Reader = (source) => {
  const name = basename(source.path);
  const match = FILE_NAME.exec(name);
  if (match === null)
    return [rejected(source, "file", "unparsable", `file name ${name} is not NATION_SESSION_YEAR.txt`, name)];
  const [, alpha3 = "", session = "", year = ""] = match;
  const nation = UN_NATIONS[alpha3.toUpperCase()];
  if (nation === undefined)
    return [
      rejected(
        source,
        "file",
        "unknown-nation",
        `nation ${alpha3} is not one of ${Object.keys(UN_NATIONS).join(", ")}`,
        name,
      ),
    ];
  const { text, decodedAs } = decodeWithFallback(source.bytes);
  if (text.trim() === "") return [rejected(source, "file", "empty-text", "the speech file is empty", name)];
  return [
    {
      type: "record",
      sourceFile: source.path,
      position: "file",
      title: `UN General Debate, session ${Number(session)} (${year}): ${alpha3.toUpperCase()}`,
      text: text.trim(),
      date: year,
      kind: "speech",
      nation,
      outlet: {
        name: `Delegation of ${alpha3.toUpperCase()} to the United Nations`,
        kind: "un",
        country: nation,
        nation,
      },
      ...(decodedAs === "utf-8" ? {} : { decodedAs }),
    },
  ];
};
