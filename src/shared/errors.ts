// The base of every error navab expects and explains to users (printed without a stack trace by the CLI).
export class NavabError extends Error {
  override name = "NavabError";
}

/** Bad user input: a file, flag or record that navab cannot use, with what to do about it. */
export class InputError extends NavabError {
  override name = "InputError";
}
