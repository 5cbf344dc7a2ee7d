// Compares the two GGUF candidates on zh/en/fr/de news snippets with the real extraction prompt and grammar:
// load time, seconds per answer, schema validity, and the answers themselves (for a sense check).
// Usage: nice -n 10 npx tsx bench/llm-smoke/compare-gguf.ts [smollm2 gemma3]
import { loadSettings } from "../../src/config/settings.js";
import { loadPrompt } from "../../src/llm/prompt-file.js";
import { structuredCompletion } from "../../src/llm/structured-completion.js";
import { LlamaChatModel } from "../../src/models/chat/llama-chat-model.js";
import { disposeLlamaRuntime } from "../../src/models/local/llama-runtime.js";
import { ensureLocalModel } from "../../src/models/local/local-model.js";
import { extractionAnswer } from "../../src/statements/answer-schemas.js";
import { languageName } from "../../src/statements/languages.js";
import { locateSpan } from "../../src/statements/span.js";

const INPUTS: Record<string, string> = {
  zh: "汪文斌表示，台湾是中国领土不可分割的一部分。中方坚决反对任何形式的官方往来。我们敦促美方停止干涉中国内政。",
  en: "The Prime Minister said the government will not tolerate attacks on press freedom. He added that Britain supports Ukraine's right to defend itself.",
  fr: "Le président a déclaré que la France soutient fermement l'accord de Paris sur le climat. Il s'oppose à toute remise en cause de la laïcité.",
  de: "Die Kanzlerin sagte, Deutschland lehnt neue Kohlekraftwerke ab. Die Regierung unterstützt die Aufnahme von Geflüchteten aus der Ukraine.",
};

const candidates = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["smollm2", "gemma3"];
const settings = loadSettings();
const prompt = loadPrompt("statements", "statement-extraction", process.env.PROMPT_VERSION ?? "v1");
for (const candidate of candidates) {
  const local = await ensureLocalModel(settings, { candidate, log: console.error });
  const chat = new LlamaChatModel(local);
  console.log(`\n## ${local.name} (${local.licence})`);
  for (const [language, article] of Object.entries(INPUTS)) {
    const started = performance.now();
    const variables = { language: languageName(language), maxStatements: "3", article };
    const result = await structuredCompletion(chat, prompt, variables, extractionAnswer, { retries: 0 });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.ok) {
      const exact = result.value.statements.filter((statement) => locateSpan(article, statement.text).exact).length;
      console.log(
        `${language}\t${seconds}s\tvalid\t${result.value.statements.length} statements (${exact} exact spans)\t${JSON.stringify(result.value.statements)}`,
      );
    } else {
      console.log(`${language}\t${seconds}s\tFAILED\t${result.error}\t${result.raw.slice(0, 300)}`);
    }
  }
  await chat.dispose();
}
await disposeLlamaRuntime();
