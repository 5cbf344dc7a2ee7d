// Places named in articles (gazetteer matches): shared Place nodes and MENTIONS_PLACE edges recording the gazetteer version.
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MERGE (place:Place {id: row.placeId})
ON CREATE SET place.name = row.name, place.country = row.country
MERGE (article)-[mention:MENTIONS_PLACE]->(place)
SET mention.gazetteer = $gazetteerVersion;
