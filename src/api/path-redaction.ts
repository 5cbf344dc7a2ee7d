// Keeps absolute file-system paths of the machine out of API answers (issue 12 item 9): an absolute path in a
// message or a served string (Article.sourceFile, Run.config, Run.error) becomes `…/<last part>`. URLs and relative
// paths (`uk-bbc/business/001.txt`) are left alone.
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";

const ABSOLUTE_PATH =
  /(?<![\w:/.~-])(?:\/(?:[\w.@+-]+\/)+[\w.@+-]*|[A-Za-z]:\\(?:[^\\\s"':*?<>|]+\\)+[^\\\s"':*?<>|]*)/g;

export function redactPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, (path) => {
    const parts = path.split(/[\\/]/).filter((part) => part !== "");
    return `…/${parts.at(-1) ?? ""}`;
  });
}

/** String fields that may hold a path of the machine that ingested or ran something. */
export const PATH_FIELDS: readonly [string, string][] = [
  ["Article", "sourceFile"],
  ["Run", "config"],
  ["Run", "error"],
];

/** Wraps the resolvers of PATH_FIELDS in `schema` so their values are served with paths redacted. */
export function installPathRedaction(schema: GraphQLSchema): void {
  for (const [typeName, fieldName] of PATH_FIELDS) {
    const type = schema.getType(typeName);
    const field = type !== undefined && "getFields" in type ? type.getFields()[fieldName] : undefined;
    if (field === undefined || !("resolve" in field)) continue;
    const original = field.resolve;
    const resolve: GraphQLFieldResolver<Record<string, unknown>, unknown> = async (source, args, context, info) => {
      const value = original === undefined ? source[info.fieldName] : await original(source, args, context, info);
      return typeof value === "string" ? redactPaths(value) : value;
    };
    field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
}
