// Prices introspection by the schema it describes: each introspection list (`__Schema.types`, `__Type.fields`, …)
// multiplies its children by the largest such list in this schema, so nesting `fields { type { fields … } }` grows
// as fast as its real answer can. The budget is a small multiple of what the standard introspection query (the one
// GraphiQL and code generators send) costs, so that query passes and blown-up variants do not.
import {
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  parse,
  type GraphQLSchema,
} from "graphql";

const multipliers = new WeakMap<GraphQLSchema, Map<string, number>>();

/** Rows an introspection list field can return in `schema` (`__Type.fields`: the most fields of any type). */
export function introspectionMultiplier(schema: GraphQLSchema, field: string): number {
  let known = multipliers.get(schema);
  if (known === undefined) {
    known = measure(schema);
    multipliers.set(schema, known);
  }
  return known.get(field) ?? 1;
}

function measure(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const most = (count: (type: (typeof types)[number]) => number) => Math.max(1, ...types.map(count));
  const fieldsOf = (type: (typeof types)[number]) =>
    isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
  const directives = schema.getDirectives();
  return new Map([
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", most((type) => fieldsOf(type).length)],
    ["__Type.inputFields", most((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0))],
    ["__Type.enumValues", most((type) => (isEnumType(type) ? type.getValues().length : 0))],
    ["__Type.interfaces", most((type) => (isObjectType(type) ? type.getInterfaces().length : 0))],
    ["__Type.possibleTypes", most((type) => (isUnionType(type) ? type.getTypes().length : 0))],
    ["__Field.args", most((type) => Math.max(0, ...fieldsOf(type).map((field) => field.args.length)))],
    ["__Directive.args", Math.max(1, ...directives.map((directive) => directive.args.length))],
    ["__Directive.locations", 20],
  ]);
}

/** The standard introspection query (with descriptions, deprecations and repeatable directives) as a document. */
export const standardIntrospection = parse(
  getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, directiveIsRepeatable: true }),
);
