// Reader for the Chinese Ministry of Foreign Affairs press pages (mfa.gov.cn, 2020-2024). A regular press
// conference is split into items: a reporter's question ("法新社记者：…", "问：…") is attributed to the reporter's
// outlet, the spokesperson's answer ("毛宁：…", "答：…") to the spokesperson; remarks before the first question and
// after a "*****" line are spokesperson statements. A page without any question is one statement, kept whole.
// Questions are kept (kind "question", linked from their answers) but count for no nation (Outlet nation null,
// country recorded): a foreign reporter's question in the ministry's Chinese transcript is neither Chinese official
// text nor that outlet's own news, and counting it for GB/US/FR would put Chinese text into those nations' corpora.
import { parse, type HTMLElement } from "node-html-parser";
import { decodeLossy } from "./decode.js";
import { reporterCountry } from "./mfa-outlets.js";
import { rejected, type RawRecord, type Reader, type ReaderOutput, type SourceInput } from "./records.js";

/** Spokespeople of the period, recognised even when a page's keywords do not name them. */
const KNOWN_SPOKESPEOPLE = ["汪文斌", "毛宁", "林剑", "赵立坚", "华春莹"];
const GENERIC_SPOKESPERSON = "外交部发言人";
const UNKNOWN_REPORTER = "Unidentified reporter (MFA press conference)";
/** Script and style bodies are skipped, not parsed: a third faster on these pages. */
const PARSE_OPTIONS = { blockTextElements: { script: false, noscript: false, style: false, pre: true } };

interface Item {
  kind: "question" | "answer" | "statement";
  paragraphs: string[];
  outlet?: string;
  speaker?: string;
  answers?: string;
}

type Paragraph =
  | { type: "question"; outlet: string | undefined; text: string }
  | { type: "answer"; speaker: string; text: string }
  | { type: "separator" }
  | { type: "text"; text: string };

const clean = (text: string): string => text.replace(/[\s\u3000\u00a0]+/g, " ").trim();

function classify(text: string, speakers: PageSpeakers, previousOutlet: string | undefined): Paragraph {
  if (/^\*{3,}$/.test(text)) return { type: "separator" };
  const followUp = /^记者追问[：:]\s*/.exec(text);
  if (followUp) return { type: "question", outlet: previousOutlet, text: text.slice(followUp[0].length) };
  const anonymous = /^(?:问|会后有记者问及)[：:]\s*/.exec(text);
  if (anonymous) return { type: "question", outlet: undefined, text: text.slice(anonymous[0].length) };
  const reporter = /^(.{1,24}?)记者[：:]\s*/.exec(text);
  if (reporter)
    return {
      type: "question",
      outlet: (reporter[1] ?? "").replace(/[《》]/g, ""),
      text: text.slice(reporter[0].length),
    };
  const answer = /^(.{1,4}?)[：:]\s*/.exec(text);
  const name = answer?.[1] ?? "";
  if (answer && (name === "答" || speakers.names.includes(name))) {
    return { type: "answer", speaker: name === "答" ? speakers.main : name, text: text.slice(answer[0].length) };
  }
  return { type: "text", text };
}

function splitItems(paragraphs: string[], speakers: PageSpeakers): Item[] {
  const items: Item[] = [];
  const speaker = speakers.main;
  let current: Item | undefined;
  let lastQuestion: { outlet: string | undefined; index: number } | undefined;
  const open = (item: Item): void => {
    current = item;
    items.push(item);
  };
  for (const text of paragraphs) {
    const paragraph = classify(text, speakers, lastQuestion?.outlet);
    if (paragraph.type === "separator") current = undefined;
    else if (paragraph.type === "question") {
      open({
        kind: "question",
        paragraphs: [paragraph.text],
        ...(paragraph.outlet === undefined ? {} : { outlet: paragraph.outlet }),
      });
      lastQuestion = { outlet: paragraph.outlet, index: items.length };
    } else if (paragraph.type === "answer") {
      const answers = lastQuestion === undefined ? undefined : `item:${lastQuestion.index}`;
      open({
        kind: answers === undefined ? "statement" : "answer",
        paragraphs: [paragraph.text],
        speaker: paragraph.speaker,
        ...(answers === undefined ? {} : { answers }),
      });
    } else if (current === undefined) open({ kind: "statement", paragraphs: [paragraph.text], speaker });
    else current.paragraphs.push(paragraph.text);
  }
  return items;
}

interface PageSpeakers {
  /** The page's spokesperson (title, else keywords), else the generic "外交部发言人": speaker of "答：" and remarks. */
  main: string;
  /** Names recognised as an answer prefix ("毛宁：…"). */
  names: string[];
}

function speakersOf(root: HTMLElement, title: string): PageSpeakers {
  const keywords = (root.querySelector('meta[name="Keywords"]')?.getAttribute("content") ?? "").split(/[;；]/);
  const fromTitle = /发言人(\S{2,3}?)主持/.exec(title)?.[1];
  const main = fromTitle ?? keywords.find((word) => KNOWN_SPOKESPEOPLE.includes(word)) ?? GENERIC_SPOKESPERSON;
  return { main, names: [...new Set([main, ...KNOWN_SPOKESPEOPLE])] };
}

/**
 * The page's <head> and the slice from the article body's <div> to the footer: the site's menus are 90% of a page,
 * and parsing only these parts is ~30× faster. Without the markers, the whole page is parsed.
 */
function pageParts(html: string): { head: string; article: string } {
  const headEnd = html.indexOf("</head>");
  const bodyMarker = html.indexOf('id="News_Body_Txt_A"');
  if (headEnd < 0 || bodyMarker < 0) return { head: html, article: html };
  const footer = html.indexOf('class="news-foot"', bodyMarker);
  return {
    head: html.slice(0, headEnd + 7),
    article: html.slice(html.lastIndexOf("<div", bodyMarker), footer < 0 ? undefined : footer),
  };
}

const meta = (root: HTMLElement, name: string): string | undefined =>
  root.querySelector(`meta[name="${name}"]`)?.getAttribute("content") || undefined;

export const readMfaPressHtml: Reader = (source: SourceInput) => {
  const html = decodeLossy(source.bytes);
  const { head, article } = pageParts(html);
  const root = parse(head, PARSE_OPTIONS);
  const body = parse(article, PARSE_OPTIONS).querySelector("#News_Body_Txt_A");
  if (body === null)
    return [
      rejected(source, "page", "unparsable", "no #News_Body_Txt_A article body in the page", html.slice(0, 2000)),
    ];
  const title = clean(
    (meta(root, "ArticleTitle") ?? root.querySelector("title")?.text ?? "").replace(/<br\s*\/?>/gi, ""),
  );
  const date = meta(root, "PubDate");
  const url = meta(root, "Url");
  const paragraphs = body
    .querySelectorAll("p")
    .map((paragraph) => clean(paragraph.text))
    .filter((text) => text !== "");
  const speakers = speakersOf(root, title);
  const shared = {
    type: "record" as const,
    sourceFile: source.path,
    title,
    language: "zh",
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
  };
  const items = splitItems(paragraphs, speakers);
  if (!items.some((item) => item.kind === "question")) {
    const text = paragraphs.join("\n");
    if (text === "") return [rejected(source, "page", "empty-text", "the page body has no text", html.slice(0, 2000))];
    return [{ ...shared, position: "page", text, kind: "statement", speaker: speakers.main }];
  }
  return items.map((item, index): ReaderOutput => {
    const position = `item:${index + 1}`;
    const text = item.paragraphs.join("\n").trim();
    if (text === "")
      return rejected(source, position, "empty-text", `the ${item.kind} has no text`, item.paragraphs.join("\n"));
    const record: RawRecord = { ...shared, position, text, kind: item.kind };
    if (item.speaker !== undefined) record.speaker = item.speaker;
    if (item.answers !== undefined) record.answers = item.answers;
    if (item.kind === "question") {
      const outlet = item.outlet ?? UNKNOWN_REPORTER;
      record.outlet = {
        name: outlet,
        kind: "press-agency",
        country: item.outlet === undefined ? "unknown" : reporterCountry(outlet),
        nation: null,
      };
    }
    return record;
  });
};
