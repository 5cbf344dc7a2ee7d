// Tests: how many Article and Statement nodes still carry ids with a prefix (benchmarks must leave none behind).
CALL {
  MATCH (n:Article) WHERE n.id STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Statement) WHERE n.id STARTS WITH $prefix RETURN n
}
RETURN count(n) AS count;
