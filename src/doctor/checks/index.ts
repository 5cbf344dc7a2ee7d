// Every `navab doctor` check, in the order they print. A new check is one file in this folder and one line here;
// a new model file is one entry in model-files.ts.
import type { DoctorCheck } from "../check.js";
import { dataFoldersCheck } from "./data-folders.js";
import { databaseCheck } from "./database.js";
import { javaCheck } from "./java.js";
import { llamaBinaryCheck } from "./llama-binary.js";
import { mavenCheck } from "./maven.js";
import { modelFilesCheck } from "./model-files.js";
import { portsCheck } from "./ports.js";
import { pythonCheck } from "./python.js";
import { resourcesCheck } from "./resources.js";
import { runtimeCheck } from "./runtime.js";

export const DOCTOR_CHECKS: readonly DoctorCheck[] = [
  runtimeCheck,
  javaCheck,
  mavenCheck,
  pythonCheck,
  resourcesCheck,
  portsCheck,
  databaseCheck,
  modelFilesCheck,
  llamaBinaryCheck,
  dataFoldersCheck,
];
