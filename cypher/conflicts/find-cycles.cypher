// Conflicting cycles of 3..$maxLength active LINK hops through each seed link, inside its community, canonical and truncated per seed.
UNWIND $rows AS seed
MATCH (u:Article {id: seed.source})-[e:LINK {id: seed.linkId}]->(v:Article {id: seed.target})
CALL {
  WITH seed, u, v, e
  MATCH p = (v)-[hops:LINK*2..4]-(u)
  WHERE length(p) <= $maxLength - 1
    AND all(link IN hops WHERE link.runId = $runId AND link.active AND link.community = seed.community AND link.id <> seed.linkId)
    AND size(apoc.coll.toSet(nodes(p))) = size(nodes(p))
    AND (seed.hasDominantSide OR any(link IN hops WHERE link.kind = "statement" AND link.claim = seed.claim
         AND (link.sourceStance = seed.dominantStance OR link.targetStance = seed.dominantStance)))
  WITH [u.id] + [node IN nodes(p)[..-1] | node.id] AS ids, [e.id] + [link IN hops | link.id] AS linkIds
  WITH ids, linkIds, apoc.coll.indexOf(ids, apoc.coll.min(ids)) AS start
  WITH ids[start..] + ids[..start] AS rotated, linkIds[start..] + linkIds[..start] AS rotatedLinks
  WITH CASE WHEN rotated[1] < rotated[-1] THEN rotated ELSE [rotated[0]] + reverse(rotated[1..]) END AS cycleNodes,
       CASE WHEN rotated[1] < rotated[-1] THEN rotatedLinks ELSE reverse(rotatedLinks) END AS cycleLinks
  WITH cycleNodes, cycleLinks, size(cycleLinks) AS hopCount, reduce(joined = "", linkId IN cycleLinks | joined + toString(linkId) + ",") AS sortKey
  RETURN cycleNodes, cycleLinks
  ORDER BY hopCount, sortKey
  LIMIT $maxCyclesPerSeed
}
RETURN DISTINCT cycleNodes AS nodes, cycleLinks AS links;
