// Which of $ids are topic ids (the review guard refuses a review of a topic that does not exist).
UNWIND $ids AS id
MATCH (topic:Topic {id: id})
RETURN topic.id AS id
