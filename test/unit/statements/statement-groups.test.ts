// One item per statement text: identical (after folding) and near-identical statements join one group whatever
// the order they arrive in; different languages and different texts stay apart; the triple's representative has a
// judged source and the item's set is the members' majority.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assignGroups, type GroupCandidate } from "../../../src/statements/statement-groups.js";
import { tripleItem, type GroupMember } from "../../../src/statements/triple-items.js";

const settings = { minimumSimilarity: 0.9 };
const boilerplate = "中方坚决反对任何形式的“台独”分裂活动，坚定维护国家主权和领土完整。";

test("identical and near-identical statements become one group; others and other languages stay apart", () => {
  const statements = [
    { id: "s3", text: boilerplate.replace("“台独”", "台独"), language: "zh" },
    { id: "s1", text: boilerplate, language: "zh" },
    { id: "s2", text: boilerplate.replace("坚定", "始终坚定"), language: "zh" },
    { id: "s4", text: "我们敦促美方停止干涉中国内政。", language: "zh" },
    { id: "s5", text: boilerplate, language: "en" },
  ];
  const assignments = assignGroups(statements, [], settings);
  const groupOf = (id: string) => assignments.find((assignment) => assignment.statementId === id)?.group.id;
  assert.equal(groupOf("s1"), groupOf("s2"), "one inserted word: near-identical");
  assert.equal(groupOf("s1"), groupOf("s3"), "identical after folding the quotes");
  assert.notEqual(groupOf("s1"), groupOf("s4"));
  assert.notEqual(groupOf("s1"), groupOf("s5"), "a group holds one language");
  assert.equal(assignments.filter((assignment) => assignment.created).length, 3);
  const reversed = assignGroups([...statements].reverse(), [], settings);
  assert.deepEqual(
    reversed.map((assignment) => [assignment.statementId, assignment.group.id]).sort(),
    assignments.map((assignment) => [assignment.statementId, assignment.group.id]).sort(),
    "the assignment does not depend on arrival order",
  );
});

test("a statement joins an existing group found by its prefix or suffix key", () => {
  const [first] = assignGroups([{ id: "a", text: boilerplate, language: "zh" }], [], settings);
  const existing: GroupCandidate[] = [first?.group as GroupCandidate];
  const [later] = assignGroups([{ id: "b", text: `${boilerplate} `, language: "zh" }], existing, settings);
  assert.equal(later?.created, false);
  assert.equal(later?.group.id, first?.group.id);
});

test("the triple item: judged members only, majority set, earliest representative of that set, every article", () => {
  const member = (id: string, source: string | null, articleId: string): GroupMember => ({
    id,
    text: boilerplate,
    language: "zh",
    source,
    nation: "CN",
    articleId,
  });
  assert.equal(
    tripleItem("g", [member("a", null, "x"), member("b", "unknown", "y")]),
    undefined,
    "all unknown: no triple",
  );
  const item = tripleItem("g", [
    member("d", "official", "a4"),
    member("b", "quoted", "a2"),
    member("c", "official", "a3"),
    member("a", null, "a1"),
  ]);
  assert.equal(item?.set, "official");
  assert.equal(item?.representative.id, "c");
  assert.deepEqual(item?.articleIds, ["a1", "a2", "a3", "a4"]);
  const tie = tripleItem("g", [member("b", "official", "a2"), member("a", "quoted", "a1")]);
  assert.equal(tie?.set, "quoted", "a tie goes to the earliest judged member");
});
