// Makes the common relationship filters index-backed. @neo4j/graphql turns `articles(where: { outlet: { some:
// { nation: … } } })` into `MATCH (this:Article) WHERE EXISTS {…}`, which Neo4j can only answer by checking every
// Article (1 s at 110k articles). When a root filter requires (through AND, with `some`) a path ending at one
// indexed key — a nation's code, an outlet's or topic's id — the ids of the nodes at the far end of that path are
// read first from the key's index (cypher/api/anchor-*.cypher, at most `limit`), and the filter is sent as
// `{ AND: [<the filter, unchanged>, { id: { in: ids } }] }`: an index seek on the ids, with the same answer, order
// and pages. More ids than the limit means the filter is not selective; it then runs as written (and is priced as
// a scan by query-cost.ts).
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import type { CypherExecutor } from "../database/executor.js";
import { integer } from "../database/values.js";

export interface FilterAnchor {
  /** Node type whose root queries (`articles`, `articlesConnection`) the anchor narrows. */
  type: string;
  /** Keys inside `where` leading to the anchoring value. */
  path: readonly string[];
  /** cypher/<query>.cypher: `id`s of the `type` nodes the path reaches from `$value`, at most `$limit`. */
  query: string;
}

export const FILTER_ANCHORS: readonly FilterAnchor[] = [
  { type: "Article", path: ["outlet", "some", "nation", "some", "code", "eq"], query: "api/anchor-articles-of-nation" },
  { type: "Article", path: ["outlet", "some", "id", "eq"], query: "api/anchor-articles-of-outlet" },
  { type: "Article", path: ["topics", "some", "id", "eq"], query: "api/anchor-articles-of-topic" },
  {
    type: "ConflictCycle",
    path: ["articles", "some", "outlet", "some", "nation", "some", "code", "eq"],
    query: "api/anchor-cycles-of-nation",
  },
];

/** Root query fields each anchored type answers (the list and the connection). */
const ROOT_FIELDS: ReadonlyMap<string, string> = new Map([
  ["articles", "Article"],
  ["articlesConnection", "Article"],
  ["conflictCycles", "ConflictCycle"],
  ["conflictCyclesConnection", "ConflictCycle"],
]);

export interface AnchorMatch {
  anchor: FilterAnchor;
  value: string;
}

type Value = Record<string, unknown>;
const isObject = (value: unknown): value is Value =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The anchor a root field's `where` requires, if any: at its top level or inside a top-level AND. */
export function findAnchor(rootField: string, where: unknown): AnchorMatch | undefined {
  const type = ROOT_FIELDS.get(rootField);
  if (type === undefined || !isObject(where)) return undefined;
  for (const anchor of FILTER_ANCHORS) {
    if (anchor.type !== type) continue;
    const value = follow(where, anchor.path);
    if (value !== undefined) return { anchor, value };
  }
  const parts = Array.isArray(where.AND) ? where.AND : [];
  for (const part of parts) {
    const found = findAnchor(rootField, part);
    if (found !== undefined) return found;
  }
  return undefined;
}

function follow(value: unknown, path: readonly string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return typeof current === "string" ? current : undefined;
}

/** Reads anchor ids once per request and value; `undefined` when there are more than `limit`. */
export class AnchorResolver {
  private readonly found = new Map<string, Promise<string[] | undefined>>();

  constructor(
    private readonly executor: CypherExecutor,
    readonly limit: number,
  ) {}

  ids(match: AnchorMatch): Promise<string[] | undefined> {
    const key = `${match.anchor.query}\u0000${match.value}`;
    let pending = this.found.get(key);
    if (pending === undefined) {
      pending = this.executor
        .read<{ id: string }>(match.anchor.query, { value: match.value, limit: integer(this.limit + 1) })
        .then((rows) => (rows.length > this.limit ? undefined : rows.map((row) => row.id)));
      this.found.set(key, pending);
    }
    return pending;
  }
}

/** `where` narrowed to `ids`, the original filter kept whole. */
export function anchoredWhere(where: unknown, ids: readonly string[]): Value {
  return { AND: [where, { id: { in: ids } }] };
}

/** Wraps the anchored root resolvers of `schema` so they send anchored filters; `anchors` comes from the context. */
export function installFilterAnchors(
  schema: GraphQLSchema,
  anchorsOf: (context: unknown) => AnchorResolver | undefined,
): void {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of ROOT_FIELDS.keys()) {
    const field = fields[name];
    const original = field?.resolve;
    if (field === undefined || original === undefined) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> = async (source, args, context, info) => {
      const match = findAnchor(name, (args as Value).where);
      const resolver = anchorsOf(context);
      const ids = match === undefined || resolver === undefined ? undefined : await resolver.ids(match);
      const narrowed = ids === undefined ? args : { ...args, where: anchoredWhere((args as Value).where, ids) };
      return original(source, narrowed, context, info);
    };
    field.resolve = resolve;
  }
}
