// A human label from the command line: append-only (a later label of the same rater wins in the report), with
// who and when; refused for a statement that is not an item of the set.
import type { CypherExecutor } from "../../database/executor.js";
import { InputError } from "../../shared/errors.js";
import { VERIFICATION_LABELS, type VerificationLabel } from "../report/verification-report.js";

export function parseLabel(value: string): VerificationLabel | undefined {
  const text = value.trim().toLowerCase();
  return VERIFICATION_LABELS.find((label) => label === text || label[0] === text);
}

export async function recordHumanLabel(
  executor: CypherExecutor,
  label: { setId: string; statementId: string; label: VerificationLabel; by: string },
): Promise<string> {
  if (label.by.trim() === "") throw new InputError("verify label: a label needs a rater (--rater or $USER)");
  const [row] = await executor.write<{ id: string }>("verify/write-label", label);
  if (!row)
    throw new InputError(`verify label: ${label.statementId} is not an item of ${label.setId} (run verify prepare)`);
  return row.id;
}
