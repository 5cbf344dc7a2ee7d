// Security test: the APOC functions the server has loaded.
SHOW FUNCTIONS YIELD name
WHERE name STARTS WITH "apoc."
RETURN collect(name) AS names;
