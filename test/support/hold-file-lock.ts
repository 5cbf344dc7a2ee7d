// Child process for the lock tests: takes the lock named on the command line, prints "held", then waits forever
// (the test kills it with SIGKILL, as a crash or `kill -9` would).
import { withFileLock } from "../../src/database/server/file-lock.js";

const path = process.argv[2];
if (path === undefined) throw new Error("hold-file-lock: give the lock path");
await withFileLock(path, async () => {
  process.stdout.write("held\n");
  await new Promise(() => setInterval(() => {}, 60_000));
});
