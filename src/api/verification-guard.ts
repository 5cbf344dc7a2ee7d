// Human verification labels (schema/verify.graphql) are created through @neo4j/graphql's generated
// `createVerificationLabels`; this wraps its resolver so one request creates a bounded number of labels and each
// names an existing item of a verification set (HTTP 400, code TOO_MANY_LABELS / LABEL_NEEDS_AN_ITEM otherwise).
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { refusal } from "./refusal.js";

export const MAXIMUM_LABELS_PER_REQUEST = 50;

type Value = Record<string, unknown>;

/** Wraps `Mutation.createVerificationLabels`; `existingItems` returns the item ids (`<setId>/<statementId>`) that exist. */
export function installVerificationGuard(
  schema: GraphQLSchema,
  existingItems: (ids: string[]) => Promise<string[]>,
): void {
  const field = schema.getMutationType()?.getFields().createVerificationLabels;
  const original = field?.resolve;
  if (field === undefined || original === undefined) return;
  const resolve: GraphQLFieldResolver<unknown, unknown> = async (source, args, context, info) => {
    const input = Array.isArray((args as Value).input) ? ((args as Value).input as Value[]) : [];
    if (input.length > MAXIMUM_LABELS_PER_REQUEST)
      throw refusal(
        `too many labels in one request: ${input.length}, the limit is ${MAXIMUM_LABELS_PER_REQUEST}`,
        "TOO_MANY_LABELS",
        400,
      );
    const wanted = [...new Set(input.map((label) => `${String(label.setId)}/${String(label.statementId)}`))];
    const found = new Set(await existingItems(wanted));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw refusal(`no verification item ${missing.map((id) => `'${id}'`).join(", ")}`, "LABEL_NEEDS_AN_ITEM", 400);
    return original(source, args, context, info);
  };
  field.resolve = resolve;
}
