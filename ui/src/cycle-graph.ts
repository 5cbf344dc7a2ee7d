// Turns one conflict cycle (paper §3.4: cycles of conflicting articles, broken by deactivating statements) into
// cytoscape elements: articles as compound nodes holding their statement nodes (coloured by stance), LINK edges
// between member articles (inactive ones marked), and the cycle's DEACTIVATED edges to the statements it removed.

export interface CycleStatement {
  id: string;
  text: string | null;
  stance: string | null;
  active: boolean | null;
}

export interface CycleArticle {
  id: string;
  title: string | null;
  outlet: { name: string | null }[];
  statements: CycleStatement[];
  linksConnection: { edges: { properties: LinkProperties; node: { id: string } }[] };
}

export interface LinkProperties {
  id: string | null;
  kind: string | null;
  weight: number | null;
  why: string | null;
  active: boolean | null;
  deactivatedRound: number | null;
  deactivatedReason: string | null;
}

export interface CycleDetail {
  id: string;
  round: number | null;
  length: number | null;
  dominantStance: string | null;
  /** LINK ids closing the cycle; when present only these links are drawn, else every link between members. */
  links: string[] | null;
  articles: CycleArticle[];
  deactivatedConnection: {
    edges: { properties: { round: number | null; reason: string | null }; node: { id: string } }[];
  };
}

export interface GraphElement {
  group: "nodes" | "edges";
  data: Record<string, string | number | boolean | undefined>;
  classes: string;
  /** Preset layout: articles on a circle around the cycle node, their statements side by side inside them. */
  position?: { x: number; y: number };
}

const shorten = (text: string | null, length: number): string =>
  text === null ? "" : text.length <= length ? text : `${text.slice(0, length - 1)}…`;

/** Cytoscape element definitions for `cycle` (ids prefixed by kind so articles and statements never clash),
 * positioned for cytoscape's "preset" layout: the cycle reads as a ring. */
export function cycleElements(cycle: CycleDetail): GraphElement[] {
  const elements: GraphElement[] = [];
  const members = new Set(cycle.articles.map((article) => article.id));
  const cycleLinks = cycle.links !== null && cycle.links.length > 0 ? new Set(cycle.links) : undefined;
  const belongs = (link: { properties: LinkProperties; node: { id: string } }): boolean =>
    members.has(link.node.id) &&
    (cycleLinks === undefined || (link.properties.id !== null && cycleLinks.has(link.properties.id)));
  const deactivated = new Map(cycle.deactivatedConnection.edges.map((edge) => [edge.node.id, edge.properties]));
  elements.push({
    group: "nodes",
    data: { id: `cycle:${cycle.id}`, label: `cycle · round ${cycle.round ?? "?"}`, kind: "cycle", cycleId: cycle.id },
    classes: "cycle",
    position: { x: 0, y: 0 },
  });
  const radius = Math.max(200, cycle.articles.length * 80);
  cycle.articles.forEach((article, position) => {
    const angle = (2 * Math.PI * position) / Math.max(1, cycle.articles.length) - Math.PI / 2;
    const centre = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    const outlet = article.outlet[0]?.name ?? "unknown outlet";
    elements.push({
      group: "nodes",
      data: {
        id: `article:${article.id}`,
        label: `${outlet}: ${shorten(article.title, 40)}`,
        kind: "article",
        articleId: article.id,
      },
      classes: "article",
    });
    article.statements.forEach((statement, index) => {
      const offset = (index - (article.statements.length - 1) / 2) * 70;
      const removal = deactivated.get(statement.id);
      const stance = statement.stance === "support" || statement.stance === "oppose" ? statement.stance : "unknown";
      elements.push({
        group: "nodes",
        data: {
          id: `statement:${statement.id}`,
          parent: `article:${article.id}`,
          label: shorten(statement.text, 48),
          kind: "statement",
          statementId: statement.id,
          stance,
        },
        classes: `statement stance-${stance}${removal !== undefined || statement.active === false ? " deactivated" : ""}`,
        position: { x: centre.x + offset, y: centre.y },
      });
    });
    for (const link of article.linksConnection.edges) {
      if (!belongs(link)) continue;
      const active = link.properties.active !== false;
      const removal = active ? "" : ` (inactive r${link.properties.deactivatedRound ?? "?"})`;
      elements.push({
        group: "edges",
        data: {
          id: `link:${link.properties.id ?? `${article.id}->${link.node.id}:${link.properties.kind ?? ""}`}`,
          source: `article:${article.id}`,
          target: `article:${link.node.id}`,
          label: `${link.properties.kind ?? "link"}${removal}`,
          kind: "link",
          why: active ? (link.properties.why ?? "") : (link.properties.deactivatedReason ?? ""),
        },
        classes: active ? "link" : "link inactive",
      });
    }
  });
  const shown = new Set(elements.map((element) => element.data.id));
  for (const [statementId, removal] of deactivated) {
    if (!shown.has(`statement:${statementId}`)) continue;
    elements.push({
      group: "edges",
      data: {
        id: `deactivated:${cycle.id}->${statementId}`,
        source: `cycle:${cycle.id}`,
        target: `statement:${statementId}`,
        label: `deactivated r${removal.round ?? "?"}: ${shorten(removal.reason, 30)}`,
        kind: "deactivated",
      },
      classes: "deactivated-edge",
    });
  }
  return elements;
}
