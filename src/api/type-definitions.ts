// Loads the GraphQL type definitions from schema/*.graphql and fills every `@cypherFile(name, columnName)` with the
// text of cypher/<name>.cypher as a standard @neo4j/graphql `@cypher(statement, columnName)`, so no Cypher is
// written inside .graphql strings or code (cypher/README.md conventions).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, visit, type ConstArgumentNode, type DirectiveNode, type DocumentNode } from "graphql";
import { fromRepository } from "../config/paths.js";
import { QueryFiles } from "../database/query-files.js";
import { NavabError } from "../shared/errors.js";

export class SchemaFileError extends NavabError {
  override name = "SchemaFileError";
}

/** Reads and joins every `.graphql` file of `folder` (sorted by name), then resolves `@cypherFile` directives. */
export function loadTypeDefinitions(
  folder: string = fromRepository("schema"),
  queries: QueryFiles = new QueryFiles(),
): DocumentNode {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".graphql"))
    .sort();
  if (files.length === 0) throw new SchemaFileError(`no .graphql files in ${folder}`);
  const text = files.map((name) => readFileSync(join(folder, name), "utf8")).join("\n");
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    throw new SchemaFileError(`schema/*.graphql does not parse: ${(error as Error).message}`);
  }
  return resolveCypherFiles(document, queries);
}

/** Replaces `@cypherFile(name: "api/x", columnName: "c")` by `@cypher(statement: <file text>, columnName: "c")`. */
export function resolveCypherFiles(document: DocumentNode, queries: QueryFiles): DocumentNode {
  return visit(document, {
    Directive(directive: DirectiveNode): DirectiveNode | undefined {
      if (directive.name.value !== "cypherFile") return undefined;
      const name = stringArgument(directive, "name");
      const columnName = stringArgument(directive, "columnName");
      const statement = withoutCommentLines(queries.text(name));
      return {
        ...directive,
        name: { kind: Kind.NAME, value: "cypher" },
        arguments: [stringNode("statement", statement), stringNode("columnName", columnName)],
      };
    },
  });
}

function stringArgument(directive: DirectiveNode, argument: string): string {
  const found = directive.arguments?.find((candidate) => candidate.name.value === argument);
  if (found?.value.kind !== Kind.STRING) {
    throw new SchemaFileError(`@cypherFile needs a string argument '${argument}'`);
  }
  return found.value.value;
}

function stringNode(name: string, value: string): ConstArgumentNode {
  return { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value: { kind: Kind.STRING, value } };
}

function withoutCommentLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}
