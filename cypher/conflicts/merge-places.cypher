// Places of articles (gazetteer matches and the outlet's location): shared Place nodes with kind and coordinates, and
// MENTIONS_PLACE edges recording the gazetteer version.
UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
MERGE (place:Place {id: row.placeId})
SET place.name = row.name, place.country = row.country, place.kind = row.kind, place.latitude = row.latitude,
  place.longitude = row.longitude
MERGE (article)-[mention:MENTIONS_PLACE]->(place)
SET mention.gazetteer = $gazetteerVersion;
