// After sample-and-assign: each topic's size over the whole scope, and how many of its members were in the fitted sample.
UNWIND $rows AS row
MATCH (topic:Topic {id: row.id})
SET topic.size = row.size, topic.sampleSize = row.sampleSize
RETURN count(topic) AS written;
