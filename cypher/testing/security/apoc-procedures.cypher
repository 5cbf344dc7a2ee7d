// Security test: the APOC procedures the server has loaded.
SHOW PROCEDURES YIELD name
WHERE name STARTS WITH "apoc."
RETURN collect(name) AS names;
