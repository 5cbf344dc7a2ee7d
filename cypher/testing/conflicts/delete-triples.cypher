// Test helper: removes the triples attach-triples made for one run.
MATCH (triple:Triple) WHERE triple.id STARTS WITH $runId + ":triple:"
DETACH DELETE triple
RETURN count(*) AS deleted;
