// Security test: an APOC function navab never calls; must not be loaded.
RETURN apoc.version() AS version;
