import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ConstraintViolationError,
  CypherQueryError,
  DatabaseAuthenticationError,
  DatabaseUnavailableError,
} from "../../../src/database/errors.js";
import { translateDatabaseError } from "../../../src/database/translate-error.js";

const driverError = (code: string, message = "boom") => Object.assign(new Error(message), { code });

test("maps driver error codes to domain errors that name the query", () => {
  const uri = "bolt://127.0.0.1:7687";
  const cases: [string, new (...args: never[]) => Error][] = [
    ["ServiceUnavailable", DatabaseUnavailableError],
    ["Neo.ClientError.Security.Unauthorized", DatabaseAuthenticationError],
    ["Neo.ClientError.Schema.ConstraintValidationFailed", ConstraintViolationError],
    ["Neo.ClientError.Statement.SyntaxError", CypherQueryError],
  ];
  for (const [code, expected] of cases) {
    const translated = translateDatabaseError(driverError(code), "ingest/merge-articles", uri);
    assert.ok(translated instanceof expected, code);
    assert.match((translated as Error).message, /ingest\/merge-articles|Neo4j at/);
  }
});

test("leaves errors that are not from the driver untouched", () => {
  const plain = new TypeError("not a database problem");
  assert.equal(translateDatabaseError(plain, "q", "bolt://x"), plain);
});
