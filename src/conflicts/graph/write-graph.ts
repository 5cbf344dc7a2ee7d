// Writes a built conflict graph: places, canonical claims with their members' stances, SAME_VALUE pairs, LINK edges
// and the run's scope (every statement it judges), all under the conflict run id.
import type { CypherExecutor } from "../../database/executor.js";
import type { MemberStance, SignedPair } from "../stance/claim-stances.js";
import type { CanonicalClaim } from "./canonical-claims.js";
import type { LinkRow } from "./link-rows.js";
import type { Gazetteer } from "./places.js";
import type { SameValuePair } from "./same-value.js";

export interface BuiltGraph {
  statements: readonly { id: string }[];
  pairs: readonly SameValuePair[];
  signed: readonly SignedPair[];
  claims: readonly CanonicalClaim[];
  stances: ReadonlyMap<string, MemberStance>;
  judge: { modelId: string; promptVersion: string };
  links: readonly LinkRow[];
  places: ReadonlyMap<string, ReadonlySet<string>>;
  gazetteer: Gazetteer;
}

export async function writeGraph(executor: CypherExecutor, runId: string, graph: BuiltGraph): Promise<void> {
  const parameters = { runId, gazetteerVersion: graph.gazetteer.version };
  const placeById = new Map(graph.gazetteer.places.map((place) => [place.id, place]));
  const placeRows = [...graph.places].flatMap(([articleId, ids]) =>
    [...ids].map((id) => ({
      articleId,
      placeId: `place:${id}`,
      name: placeById.get(id)?.names[0] ?? id,
      country: placeById.get(id)?.country ?? null,
      kind: placeById.get(id)?.kind ?? null,
      latitude: placeById.get(id)?.latitude ?? null,
      longitude: placeById.get(id)?.longitude ?? null,
    })),
  );
  await executor.writeBatches("conflicts/merge-places", placeRows, { parameters });
  const claimRows = graph.claims.map((claim) => ({
    id: claim.id,
    statementId: claim.statementId,
    method: claim.method,
    why: claim.why,
    centrality: claim.centrality,
    members: claim.members.length,
    stances: claim.members.flatMap((member) => {
      const stance = graph.stances.get(member);
      return stance
        ? [{ statementId: member, stance: stance.stance, verdict: stance.verdict, reason: stance.reason }]
        : [];
    }),
  }));
  await executor.writeBatches("conflicts/merge-value-claims", claimRows, {
    parameters: { runId, judgeModelId: graph.judge.modelId, judgePromptVersion: graph.judge.promptVersion },
    batchSize: 200,
  });
  const signOf = new Map(graph.signed.map((pair) => [`${pair.left}\u0000${pair.right}`, pair.sign]));
  const pairRows = graph.pairs.map((pair) => ({
    ...pair,
    sign: signOf.get(`${pair.left}\u0000${pair.right}`) ?? null,
  }));
  await executor.writeBatches("conflicts/merge-same-value", pairRows, { parameters });
  const rows = graph.links.map((link) => ({
    claim: null,
    sourceStatement: null,
    targetStatement: null,
    sourceStance: null,
    targetStance: null,
    sign: null,
    ...link,
  }));
  await executor.writeBatches("conflicts/merge-links", rows, { parameters, batchSize: 5000 });
  await executor.writeBatches(
    "conflicts/merge-scope",
    graph.statements.map((statement) => statement.id),
    { parameters, batchSize: 5000 },
  );
}
