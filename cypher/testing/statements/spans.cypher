// Test check: each statement of a test's articles with its article text and span offsets.
MATCH (article:Article {testId: $testId})-[:STATES]->(statement:Statement)
RETURN statement.text AS text, article.text AS articleText, statement.spanStart AS spanStart, statement.spanEnd AS spanEnd,
  statement.spanExact AS spanExact;
