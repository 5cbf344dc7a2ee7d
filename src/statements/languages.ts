// Language codes of navab's five nations' news and the names prompts use for the paper's [Language] slot.
const NAMES: Record<string, string> = { zh: "Chinese", en: "English", fr: "French", de: "German" };

export function languageName(code: string | null | undefined): string {
  return (code && NAMES[code]) || "the language of the text";
}
