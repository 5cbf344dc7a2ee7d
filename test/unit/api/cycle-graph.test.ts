import assert from "node:assert/strict";
import { test } from "node:test";
import { cycleElements, type CycleDetail } from "../../../ui/src/cycle-graph.js";
import { topicLabelNodes, topicMapPoints } from "../../../ui/src/topic-map.js";

const link = (id: string, target: string, active: boolean) => ({
  properties: {
    id,
    kind: "statement",
    weight: 1,
    why: "w",
    active,
    deactivatedRound: active ? null : 2,
    deactivatedReason: active ? null : "r",
  },
  node: { id: target },
});

const cycle: CycleDetail = {
  id: "c",
  round: 2,
  length: 2,
  dominantStance: "support",
  links: ["l1", "l2"],
  articles: [
    {
      id: "a",
      title: "A",
      outlet: [{ name: "O" }],
      statements: [{ id: "s1", text: "yes", stance: "support", active: true }],
      linksConnection: { edges: [link("l1", "b", true), link("l9", "b", true), link("l3", "elsewhere", true)] },
    },
    {
      id: "b",
      title: "B",
      outlet: [],
      statements: [{ id: "s2", text: "no", stance: "oppose", active: false }],
      linksConnection: { edges: [link("l2", "a", false)] },
    },
  ],
  deactivatedConnection: { edges: [{ properties: { round: 2, reason: "minority" }, node: { id: "s2" } }] },
};

test("a cycle becomes article boxes holding stance-coloured statements, its own links and its deactivations", () => {
  const elements = cycleElements(cycle);
  const byId = new Map(elements.map((element) => [element.data.id, element]));
  assert.equal(byId.get("statement:s1")?.data.parent, "article:a");
  assert.equal(byId.get("statement:s1")?.classes, "statement stance-support");
  assert.equal(byId.get("statement:s2")?.classes, "statement stance-oppose deactivated");
  const links = elements
    .filter((element) => element.data.kind === "link")
    .map((element) => [element.data.id, element.classes]);
  assert.deepEqual(
    links,
    [
      ["link:l1", "link"],
      ["link:l2", "link inactive"],
    ],
    "only the cycle's own links, inactive marked",
  );
  const removal = byId.get("deactivated:c->s2");
  assert.deepEqual(
    [removal?.data.source, removal?.data.target, removal?.classes],
    ["cycle:c", "statement:s2", "deactivated-edge"],
  );
  const placed = elements.filter((element) => element.data.kind === "statement" || element.data.kind === "cycle");
  assert.ok(
    placed.every((element) => element.position !== undefined),
    "statements and the cycle have preset positions",
  );
});

test("a topic map becomes points scaled into the box, coloured by topic rank, outliers marked", () => {
  const points = topicMapPoints(
    {
      id: "m",
      runId: "r",
      scope: "s",
      articleIds: ["a", "b", "c"],
      x: [0, 10, Number.NaN],
      y: [0, 5, 1],
      topicRanks: [0, -1, 1],
      clusterLabels: null,
    },
    100,
  );
  assert.deepEqual(
    points.map((point) => [point.data.articleId, point.position, point.classes]),
    [
      ["a", { x: 0, y: 100 }, "point"],
      ["b", { x: 100, y: 0 }, "point outlier"],
    ],
  );
});

test("each topic gets one label at the mean position of its points", () => {
  const points = topicMapPoints(
    {
      id: "m",
      runId: "r",
      scope: "s",
      articleIds: ["a", "b", "c"],
      x: [0, 10, 4],
      y: [0, 10, 4],
      topicRanks: [0, 0, -1],
      clusterLabels: null,
    },
    100,
  );
  const labels = topicLabelNodes(points, [
    { rank: 0, label: "Rivers" },
    { rank: 1, label: "Empty" },
    { rank: -1, label: "Outliers" },
  ]);
  assert.deepEqual(
    labels.map((label) => [label.data.label, label.position]),
    [["Rivers", { x: 50, y: 50 }]],
  );
});
