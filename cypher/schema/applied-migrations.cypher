// The versions of the schema migrations already applied to this database.
MATCH (migration:Migration)
RETURN migration.version AS version, migration.checksum AS checksum
ORDER BY version;
