// Topic stage schema: TopicMap identity (the 2-d projection + outlier shares of one topic run per scope) and lookups.
CREATE CONSTRAINT topic_map_id IF NOT EXISTS FOR (n:TopicMap) REQUIRE n.id IS UNIQUE;
CREATE INDEX topic_run_id IF NOT EXISTS FOR (n:Topic) ON (n.runId);
CREATE INDEX topic_scope IF NOT EXISTS FOR (n:Topic) ON (n.scope);
CREATE INDEX topic_map_scope IF NOT EXISTS FOR (n:TopicMap) ON (n.scope);
