import assert from "node:assert/strict";
import { test } from "node:test";
import { reviewInputProblem } from "../../../src/api/review-guard.js";

const review = (topic: unknown) => [{ decision: "accept", by: "alice", topic }];

test("a review must connect exactly one topic, named by its id", () => {
  assert.equal(reviewInputProblem(review({ connect: [{ where: { node: { id: { eq: "t1" } } } }] })), undefined);
  for (const topic of [
    { connect: [{ where: { node: {} } }] },
    { connect: [{ where: { node: { id: { in: ["t1", "t2"] } } } }] },
    { connect: [{ where: { node: { id: { eq: "t1" }, label: { eq: "x" } } } }] },
    { connect: [{ where: { node: { id: { eq: "t1" } } } }, { where: { node: { id: { eq: "t2" } } } }] },
    { connect: [{ where: { node: { id: { contains: "t" } } } }] },
    { connect: [] },
    undefined,
  ]) {
    assert.match(
      reviewInputProblem(review(topic)) ?? "",
      /must connect exactly one topic by its id/,
      JSON.stringify(topic),
    );
  }
});
