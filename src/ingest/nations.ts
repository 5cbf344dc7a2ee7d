// The five NaVAB nations (paper §3: China, the United States, the United Kingdom, France, Germany) and the names
// and codes users may write for them.
import { InputError } from "../shared/errors.js";

export const NATIONS: Readonly<Record<string, string>> = {
  CN: "China",
  US: "United States",
  GB: "United Kingdom",
  FR: "France",
  DE: "Germany",
};

const ALIASES: Readonly<Record<string, string>> = {
  CHN: "CN",
  CHINA: "CN",
  USA: "US",
  "UNITED STATES": "US",
  UK: "GB",
  GBR: "GB",
  "UNITED KINGDOM": "GB",
  FRA: "FR",
  FRANCE: "FR",
  DEU: "DE",
  GER: "DE",
  GERMANY: "DE",
};

/** The nation code for a code or name (CN, CHN, China, uk…), or undefined when it is not one of the five. */
export function resolveNation(value: string): string | undefined {
  const key = value.trim().toUpperCase();
  return Object.hasOwn(NATIONS, key) ? key : ALIASES[key];
}

/** Like resolveNation, for a user's flag: an unknown nation is an InputError. */
export function requireNation(value: string): string {
  const code = resolveNation(value);
  if (code === undefined)
    throw new InputError(`unknown nation "${value}": use one of ${Object.keys(NATIONS).join(", ")}`);
  return code;
}
