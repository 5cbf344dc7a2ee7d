// Removes the Topic and TopicMap nodes of ONE run id (their IN_TOPIC links go with them); used by tests only.
MATCH (node)
WHERE (node:Topic OR node:TopicMap) AND node.runId = $runId
DETACH DELETE node
RETURN count(*) AS deleted;
