// Test of test/integration/api/filter-plans, run with EXPLAIN only: its estimated rows tell whether the planner's
// index statistics have caught up with the articles written (a fresh test database starts nearly empty).
MATCH (article:Article)
WHERE article.id IS NOT NULL
RETURN article.id
