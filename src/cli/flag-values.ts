// Integer values of command-line flags, parsed and rejected with one wording for every command.
import { InputError } from "../shared/errors.js";

/** An integer >= 1 ("must be a positive integer"); undefined stays undefined. */
export function positiveIntegerFlag(value: string, flag: string): number;
export function positiveIntegerFlag(value: string | undefined, flag: string): number | undefined;
export function positiveIntegerFlag(value: string | undefined, flag: string): number | undefined {
  return integerAtLeast(value, flag, 1, "a positive integer");
}

/** An integer >= 0 ("must be a non-negative integer"); undefined stays undefined. */
export function nonNegativeIntegerFlag(value: string | undefined, flag: string): number | undefined {
  return integerAtLeast(value, flag, 0, "a non-negative integer");
}

function integerAtLeast(value: string | undefined, flag: string, minimum: number, wording: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw new InputError(`${flag} must be ${wording}, got "${value}"`);
  return number;
}
