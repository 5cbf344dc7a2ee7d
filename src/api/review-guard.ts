// A review is one human decision on one topic. @neo4j/graphql's generated `createReviews` accepts any connect
// filter, so `topic: { connect: [{ where: { node: {} } }] }` would attach one review to every topic; this wraps the
// resolver so each review must connect exactly one existing topic, named by its id, and one request creates a
// bounded number of reviews (HTTP 400, code REVIEW_NEEDS_ONE_TOPIC / TOO_MANY_REVIEWS otherwise).
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { refusal } from "./refusal.js";

export const MAXIMUM_REVIEWS_PER_REQUEST = 50;

type Value = Record<string, unknown>;
const isObject = (value: unknown): value is Value =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Why `input` (the coerced `createReviews` argument) is refused, or undefined when every review names one topic. */
export function reviewInputProblem(input: unknown): string | undefined {
  const reviews = Array.isArray(input) ? input : [];
  for (const [position, review] of reviews.entries()) {
    const topic = isObject(review) ? review.topic : undefined;
    const connect = isObject(topic) ? topic.connect : undefined;
    const single = Array.isArray(connect) && connect.length === 1 ? connect[0] : undefined;
    const where = isObject(single) ? single.where : undefined;
    const node = isObject(where) ? where.node : undefined;
    const id = isObject(node) ? node.id : undefined;
    const onlyIdEquals =
      isObject(node) &&
      Object.keys(node).length === 1 &&
      isObject(id) &&
      Object.keys(id).length === 1 &&
      typeof id.eq === "string" &&
      id.eq !== "" &&
      Object.keys(where as Value).length === 1 &&
      Object.keys(single as Value).length === 1;
    if (!onlyIdEquals) {
      return (
        `review ${position + 1} must connect exactly one topic by its id: ` +
        "topic: { connect: [{ where: { node: { id: { eq: <topic id> } } } }] }"
      );
    }
  }
  return undefined;
}

function topicIds(input: unknown): string[] {
  const reviews = Array.isArray(input) ? (input as Value[]) : [];
  return reviews.map((review) => {
    const connect = ((review.topic as Value).connect as Value[])[0] as Value;
    return (((connect.where as Value).node as Value).id as Value).eq as string;
  });
}

/** Wraps `Mutation.createReviews` of `schema` with the one-topic check; `existingTopics` returns the ids that exist. */
export function installReviewGuard(schema: GraphQLSchema, existingTopics: (ids: string[]) => Promise<string[]>): void {
  const field = schema.getMutationType()?.getFields().createReviews;
  const original = field?.resolve;
  if (field === undefined || original === undefined) return;
  const resolve: GraphQLFieldResolver<unknown, unknown> = async (source, args, context, info) => {
    const input = (args as Value).input;
    if (Array.isArray(input) && input.length > MAXIMUM_REVIEWS_PER_REQUEST) {
      throw refusal(
        `too many reviews in one request: ${input.length}, the limit is ${MAXIMUM_REVIEWS_PER_REQUEST}`,
        "TOO_MANY_REVIEWS",
        400,
      );
    }
    const problem = reviewInputProblem(input);
    if (problem !== undefined) throw refusal(problem, "REVIEW_NEEDS_ONE_TOPIC", 400);
    const wanted = [...new Set(topicIds(input))];
    const found = new Set(await existingTopics(wanted));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw refusal(`no topic with id ${missing.map((id) => `'${id}'`).join(", ")}`, "REVIEW_NEEDS_ONE_TOPIC", 400);
    }
    return original(source, args, context, info);
  };
  field.resolve = resolve;
}
