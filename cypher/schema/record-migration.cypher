// Records that one schema migration was applied (idempotent).
MERGE (migration:Migration {version: $version})
SET migration.name = $name, migration.checksum = $checksum, migration.appliedAt = datetime();
