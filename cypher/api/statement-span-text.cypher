// The source span of a statement: characters spanStart..spanEnd of the article that states it (`this` = Statement).
OPTIONAL MATCH (article:Article)-[:STATES]->(this)
WITH this, article LIMIT 1
RETURN CASE
  WHEN article IS NULL OR this.spanStart IS NULL OR this.spanEnd IS NULL THEN null
  ELSE substring(article.text, toInteger(this.spanStart), toInteger(this.spanEnd - this.spanStart))
END AS spanText
