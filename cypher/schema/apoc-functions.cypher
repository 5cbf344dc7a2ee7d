// Which of the APOC functions @neo4j/graphql needs are registered on this server.
SHOW FUNCTIONS YIELD name
WHERE name IN $names
RETURN collect(name) AS present;
