// Conflicting cycles of 3..$maxLength active LINK hops through each seed link u→v (a − statement link), inside its
// community: meet in the middle (paths v..m and u..m of ≤2 hops hash-joined on m, p2 no longer than p1, so each cycle
// is built once); conflicting = unbalanced on the seed's claim (odd count of − links on it, so with the seed's own −
// the rest holds an even count); canonical rotation/direction, truncated per seed (shortest first, then by key).
UNWIND $rows AS seed
MATCH (u:Article {id: seed.source})-[e:LINK {id: seed.linkId}]->(v:Article {id: seed.target})
CALL {
  WITH seed, u, v, e
  MATCH p1 = (v)-[h1:LINK*1..2]-(m:Article), p2 = (u)-[h2:LINK*1..2]-(m)
  USING JOIN ON m
  WHERE all(link IN h1 WHERE link.runId = $runId AND link.active AND link.community = seed.community AND link.id <> seed.linkId)
    AND all(link IN h2 WHERE link.runId = $runId AND link.active AND link.community = seed.community AND link.id <> seed.linkId)
    AND length(p2) <= length(p1) AND length(p1) + length(p2) + 1 <= $maxLength
    AND size(apoc.coll.toSet(nodes(p1) + nodes(p2))) = length(p1) + length(p2) + 1
    AND size([link IN h1 + h2 WHERE link.kind = "statement" AND link.claim = seed.claim AND link.sign < 0]) % 2 = 0
  WITH [u.id] + [node IN nodes(p1) | node.id] + [node IN reverse(nodes(p2))[1..-1] | node.id] AS ids,
       [e.id] + [link IN h1 | link.id] + [link IN reverse(h2) | link.id] AS linkIds
  WITH ids, linkIds, apoc.coll.indexOf(ids, apoc.coll.min(ids)) AS start
  WITH ids[start..] + ids[..start] AS rotated, linkIds[start..] + linkIds[..start] AS rotatedLinks
  WITH CASE WHEN rotated[1] < rotated[-1] THEN rotated ELSE [rotated[0]] + reverse(rotated[1..]) END AS cycleNodes,
       CASE WHEN rotated[1] < rotated[-1] THEN rotatedLinks ELSE reverse(rotatedLinks) END AS cycleLinks
  WITH cycleNodes, cycleLinks, size(cycleLinks) AS hopCount,
       reduce(joined = "", linkId IN cycleLinks | joined + toString(linkId) + ",") AS sortKey
  RETURN cycleNodes, cycleLinks
  ORDER BY hopCount, sortKey
  LIMIT $maxCyclesPerSeed
}
RETURN DISTINCT cycleNodes AS nodes, cycleLinks AS links;
