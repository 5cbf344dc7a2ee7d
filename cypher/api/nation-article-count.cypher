// Number of articles published by the outlets of one nation (`this` is the Nation; @neo4j/graphql @cypher field).
RETURN COUNT { (this)<-[:OF_NATION]-(:Outlet)<-[:PUBLISHED_BY]-(:Article) } AS articleCount
