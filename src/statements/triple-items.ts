// Which statement stands for a StatementGroup in its triple (one item per statement text): only members whose
// source was judged (quoted or official) count — a group whose members all have an unknown source gets no triple
// (issue 13 item 4); the item's set is the members' majority source (a tie goes to the earliest judged member), and
// its representative is the earliest member (by id) of that set.

export interface GroupMember {
  id: string;
  text: string;
  language: string | null;
  source: string | null;
  nation: string | null;
  articleId: string;
}

export type TripleSet = "quoted" | "official";

export interface TripleItem {
  groupId: string;
  representative: GroupMember;
  set: TripleSet;
  /** Every supported member's article (provenance of the item). */
  articleIds: string[];
}

const isKnown = (source: string | null): source is TripleSet => source === "quoted" || source === "official";

export function tripleItem(groupId: string, members: readonly GroupMember[]): TripleItem | undefined {
  const ordered = [...members].sort((left, right) => left.id.localeCompare(right.id));
  const judged = ordered.filter((member) => isKnown(member.source));
  const first = judged[0];
  if (first === undefined) return undefined;
  const quoted = judged.filter((member) => member.source === "quoted").length;
  const official = judged.length - quoted;
  const set: TripleSet = quoted === official ? (first.source as TripleSet) : quoted > official ? "quoted" : "official";
  const representative = judged.find((member) => member.source === set) ?? first;
  return { groupId, representative, set, articleIds: [...new Set(ordered.map((member) => member.articleId))].sort() };
}
