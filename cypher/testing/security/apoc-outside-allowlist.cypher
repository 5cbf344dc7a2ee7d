// Security test: an APOC procedure navab never calls (apoc.help lists APOC's own catalogue); must not be loaded.
CALL apoc.help($keyword) YIELD name
RETURN count(name) AS count;
