// Converts values coming back from Neo4j (Integer, temporal, graph types) into plain JavaScript values.
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";

/** Plain JSON-like view of a Neo4j value: integers become numbers, nodes their properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return value;
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as object) };
  if (neo4j.isPath(value))
    return value.segments.map((segment) => toPlain([segment.start, segment.relationship, segment.end]));
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) plain[key] = toPlain(inner);
  return plain;
}

/** One driver record as a plain object keyed by the RETURN column names. */
export function recordToObject<Row>(record: Neo4jRecord): Row {
  const row: Record<string, unknown> = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row as Row;
}

/** Marks a JavaScript number as a Cypher INTEGER parameter (plain numbers are sent as FLOAT). */
export const integer = (value: number): ReturnType<typeof neo4j.int> => neo4j.int(value);
