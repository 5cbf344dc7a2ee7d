// Stores this round's Louvain community on each LINK (null when its endpoints are in different communities).
UNWIND $rows AS row
MATCH (:Article)-[r:LINK {id: row.id}]->(:Article)
SET r.community = row.community;
