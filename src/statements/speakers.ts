// Speaker and Organization identity for source judgment: reuse the Speaker ingest attached to a spoken text
// (MFA answers) when the model names that person or nobody; otherwise a stable id from the normalized name.
import { slug } from "../text/normalize.js";
import type { SourceAnswer } from "./answer-schemas.js";

export interface KnownSpeaker {
  id: string | null;
  name: string | null;
  organizationId: string | null;
}

export interface Attribution {
  source: "quoted" | "official";
  /** "metadata" when the ingest-known speaker decided it, else "llm". */
  by: "metadata" | "llm";
  speakerId: string | null;
  speakerName: string | null;
  organizationId: string | null;
  organizationName: string | null;
}

const UNKNOWN = /^(unknown|none|n\/a|null|quoted|official|speaker|未知|无|無|inconnu|unbekannt|)$/i;

export const isUnknownName = (name: string): boolean => UNKNOWN.test(name.trim());

/** Loose name match: one folded name contains the other (handles titles: "spokesperson Wang Wenbin"). */
export function sameName(left: string, right: string): boolean {
  const a = fold(left);
  const b = fold(right);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Decides the attribution. A name the model gives counts only if it occurs in the article (small models invent
 * names). A spoken text (MFA answer) belongs to its known speaker unless the model names another person of the
 * text as quoted.
 */
export function attribute(answer: SourceAnswer, known: KnownSpeaker, articleText = ""): Attribution {
  const name = answer.speaker.trim();
  const named = !isUnknownName(name) && (articleText === "" || fold(articleText).includes(fold(name)));
  const organizationName = isUnknownName(answer.organization) ? null : answer.organization.trim();
  const someoneElse = answer.source === "quoted" && named && !sameName(name, known.name ?? "");
  if (known.id !== null && !someoneElse) {
    return {
      source: "quoted",
      by: "metadata",
      speakerId: known.id,
      speakerName: known.name,
      organizationId: known.organizationId,
      organizationName: null,
    };
  }
  if (answer.source === "quoted" && named) {
    return {
      source: "quoted",
      by: "llm",
      // Same id shape as ingest's speakers ("<organization-slug>:<name-slug>"), so both merge onto one node.
      speakerId: organizationName ? `${slug(organizationName)}:${slug(name)}` : `speaker:${slug(name)}`,
      speakerName: name,
      organizationId: organizationName ? slug(organizationName) : null,
      organizationName,
    };
  }
  return {
    source: "official",
    by: "llm",
    speakerId: null,
    speakerName: null,
    organizationId: null,
    organizationName: null,
  };
}
