// Indexes for the rest of the filters the UI sends (issue 16 item 4): the topic browser lists a nation's topic maps.
CREATE INDEX topic_map_nation IF NOT EXISTS FOR (n:TopicMap) ON (n.nation);
