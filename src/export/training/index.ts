// Public surface of the training hand-off written beside DPO exports (LLaMA-Factory YAML, TRL script, card header).
export { writeTrainingFiles, validateTrainingFile } from "./write-training-files.js";
export { PAPER_DPO_SETTINGS, type DpoTrainingSettings } from "./paper-settings.js";
export { huggingFaceHeader, sourcesSection } from "./card-header.js";
export { licenceOf, sourceOfFile, SOURCE_LICENCES } from "./source-licences.js";
export { LLAMA_FACTORY_CONFIG_FILE } from "./llamafactory-config.js";
export { TRL_SCRIPT_FILE } from "./trl-script.js";
