// Test of test/security/: how many topics each review of $by is connected to (one review, exactly one topic).
MATCH (review:Review {by: $by})
RETURN review.id AS id, COUNT { (review)-[:REVIEWS]->(:Topic) } AS topics
