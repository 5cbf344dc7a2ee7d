// The first gate of every GraphQL request, before Apollo parses and validates it: a token limit on parsing and
// limits on the shape of each operation (depth, selected fields after fragments are expanded, aliases, root
// fields). Each fragment is walked once and its shape reused at every spread, so a document of doubling fragments
// (`fragment F1 on Query { ...F2 ...F2 }`, 2ⁿ fields) is measured in linear time and refused. graphql-js's own
// validation is quadratic in repeated fields (OverlappingFieldsCanBeMerged), which is why the gate runs first.
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface ShapeLimits {
  /** Lexical tokens one document may hold (graphql-js parse option). */
  maxTokens: number;
  /** Deepest field nesting (the root field is depth 1; introspection is priced, not counted here). */
  maxDepth: number;
  /** Fields one operation selects once every fragment spread is expanded. */
  maxFields: number;
  /** Aliased fields of one operation, fragments expanded. */
  maxAliases: number;
  /** Root fields (each alias counts) of one operation, fragments expanded. */
  maxRootFields: number;
}

export interface ShapeRefusal {
  code: "QUERY_TOO_LARGE" | "QUERY_TOO_DEEP" | "TOO_MANY_FIELDS" | "TOO_MANY_ALIASES" | "TOO_MANY_ROOT_FIELDS";
  message: string;
  details: { found: number; limit: number };
}

interface Shape {
  depth: number;
  fields: number;
  aliases: number;
  /** Fields directly in this selection set (spreads and inline fragments expanded). */
  topFields: number;
}

const empty: Shape = { depth: 0, fields: 0, aliases: 0, topFields: 0 };

/** The refusal for `source`, or undefined when it may go on (syntax errors are left to Apollo to report). */
export function checkDocumentShape(source: string, limits: ShapeLimits): ShapeRefusal | undefined {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && /contains more th(?:an|at) \d+ tokens/.test(error.message)) {
      return {
        code: "QUERY_TOO_LARGE",
        message: `query too large: more than ${limits.maxTokens} tokens; split it into smaller queries`,
        details: { found: limits.maxTokens + 1, limit: limits.maxTokens },
      };
    }
    return undefined;
  }
  const shapes = new ShapeWalker(document);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const refusal = judge(definition, shapes.of(definition.selectionSet), limits);
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

function judge(operation: OperationDefinitionNode, shape: Shape, limits: ShapeLimits): ShapeRefusal | undefined {
  const name = operation.name?.value ?? "anonymous operation";
  const checks: [ShapeRefusal["code"], number, number, string][] = [
    ["QUERY_TOO_DEEP", shape.depth, limits.maxDepth, `query too deep: '${name}' nests {found} levels`],
    ["TOO_MANY_ROOT_FIELDS", shape.topFields, limits.maxRootFields, `too many root fields: '${name}' asks {found}`],
    ["TOO_MANY_ALIASES", shape.aliases, limits.maxAliases, `too many aliases: '${name}' has {found}`],
    [
      "TOO_MANY_FIELDS",
      shape.fields,
      limits.maxFields,
      `too many fields: '${name}' selects {found} (fragments expanded)`,
    ],
  ];
  for (const [code, found, limit, template] of checks) {
    if (found <= limit) continue;
    const shown = Number.isFinite(found) && found < 1e15 ? String(found) : "more than 10^15";
    return {
      code,
      message: `${template.replace("{found}", shown)}, the limit is ${limit}`,
      details: { found: Number.isFinite(found) ? found : Number.MAX_VALUE, limit },
    };
  }
  return undefined;
}

/** Shapes of selection sets, each named fragment measured once (cycles, refused later by graphql, count 0). */
class ShapeWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, Shape>();
  private readonly visiting = new Set<string>();

  constructor(document: DocumentNode) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(set: SelectionSetNode | undefined): Shape {
    if (set === undefined) return empty;
    let depth = 0;
    let fields = 0;
    let aliases = 0;
    let topFields = 0;
    for (const selection of set.selections) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const introspection = selection.name.value.startsWith("__");
        const child = this.of(selection.selectionSet);
        inner = {
          depth: introspection ? 0 : 1 + child.depth,
          fields: 1 + child.fields,
          aliases: (selection.alias === undefined ? 0 : 1) + child.aliases,
          topFields: 1,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.of(selection.selectionSet);
      } else {
        inner = this.fragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
      aliases += inner.aliases;
      topFields += inner.topFields;
    }
    return { depth, fields, aliases, topFields };
  }

  private fragment(name: string): Shape {
    const known = this.measured.get(name);
    if (known !== undefined) return known;
    const definition = this.fragments.get(name);
    if (definition === undefined || this.visiting.has(name)) return empty;
    this.visiting.add(name);
    const shape = this.of(definition.selectionSet);
    this.visiting.delete(name);
    this.measured.set(name, shape);
    return shape;
  }
}
