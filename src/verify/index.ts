// Public surface of human verification of conflict reduction (NaVAB Table 7, issue 15).
export {
  prepareVerification,
  prepareStage,
  verificationSetId,
  type PrepareInput,
  type PreparedSet,
} from "./prepare-verification.js";
export { prelabelVerification, prelabelStage, type PrelabelInput } from "./prelabel/prelabel-items.js";
export { readVerificationSets, readVerificationLabels, type StoredSet } from "./read-sets.js";
export { labelQueue } from "./labels/label-queue.js";
export { recordHumanLabel, parseLabel } from "./labels/record-label.js";
export {
  verificationReport,
  VERIFICATION_LABELS,
  type NationReport,
  type VerificationLabel,
} from "./report/verification-report.js";
export { loadVerificationReport } from "./load-report.js";
export { renderTable7Block } from "./report/table7-block.js";
export { cohenKappa, fleissKappa } from "./agreement/kappa.js";
export { wilsonInterval } from "./report/wilson.js";
export { chooseReference } from "./reference/choose-reference.js";
export { sampleItems } from "./sampling/sample-items.js";
