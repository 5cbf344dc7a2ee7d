// Test helper: a deliberately invalid query, to check error translation.
RETURN THIS IS NOT CYPHER;
