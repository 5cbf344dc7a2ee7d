// Reviews stored for one topic, grouped by reason (the load bench checks every acknowledged write exists once).
MATCH (review:Review)-[:REVIEWS]->(:Topic {id: $topicId})
RETURN review.reason AS reason, count(*) AS copies;
