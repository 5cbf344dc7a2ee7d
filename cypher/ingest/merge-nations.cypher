// Merges the NaVAB Nation nodes (code, name); existing names are kept.
UNWIND $rows AS row
MERGE (nation:Nation {code: row.code})
ON CREATE SET nation.name = row.name
RETURN count(nation) AS nations;
