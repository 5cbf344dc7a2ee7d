// Records the LLM screening of topics: valueRelated with its reason, or a failed status with the raw answer.
UNWIND $rows AS row
MATCH (topic:Topic {id: row.topicId})
SET topic.valueRelated = row.valueRelated, topic.screeningReason = row.reason, topic.screeningStatus = row.status,
  topic.screeningRaw = row.raw, topic.screeningError = row.error, topic.screeningPromptVersion = $promptVersion,
  topic.screeningModelId = $modelId, topic.screeningRunId = $runId, topic.screenedAt = datetime()
RETURN count(topic) AS written;
