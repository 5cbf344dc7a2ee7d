// A user's field mapping for the generic formats: a small JSON file (`--fields mapping.json`,
// `{"text": "content", "title": "headline"}`) with flags (`--text-field …`) on top, checked before anything is read.
import { readFileSync } from "node:fs";
import { GENERIC_FIELDS, type FieldMapping, type GenericField } from "../../ingest/field-mapping.js";
import { InputError } from "../shared/errors.js";

const isField = (name: string): name is GenericField => (GENERIC_FIELDS as readonly string[]).includes(name);

/** Checks a mapping object: navab field names as keys, the corpus's field names (non-empty strings) as values. */
export function checkFieldMapping(value: unknown, origin: string): FieldMapping {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new InputError(`ingest: ${origin} must be a JSON object like {"text": "content", "title": "headline"}`);
  const mapping: FieldMapping = {};
  for (const [field, name] of Object.entries(value)) {
    if (!isField(field))
      throw new InputError(`ingest: ${origin}: "${field}" is not a navab field; use ${GENERIC_FIELDS.join(", ")}`);
    if (typeof name !== "string" || name.trim() === "")
      throw new InputError(`ingest: ${origin}: "${field}" must name a field of your records (a non-empty string)`);
    mapping[field] = name.trim();
  }
  return mapping;
}

/** Reads a mapping file. */
export function readFieldMapping(path: string): FieldMapping {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`ingest: cannot read the field mapping ${path}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`ingest: the field mapping ${path} is not JSON: ${(error as Error).message}`);
  }
  return checkFieldMapping(value, path);
}

/** The mapping file (if any) with the single-field flags over it; undefined when neither was given. */
export function fieldMapping(file: string | undefined, flags: FieldMapping): FieldMapping | undefined {
  const given = Object.fromEntries(Object.entries(flags).filter(([, name]) => name !== undefined));
  if (file === undefined && Object.keys(given).length === 0) return undefined;
  return { ...(file === undefined ? {} : readFieldMapping(file)), ...checkFieldMapping(given, "the field flags") };
}
