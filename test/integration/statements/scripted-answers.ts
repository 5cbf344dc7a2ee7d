// Scripted LLM answers for the statement pipeline tests: each step recognised by its system prompt (extraction v1
// and v2, screening, source judgment, Q, RS, and the triple verifier), answers derived from the delimited data so
// they are deterministic and plausible.
import type { RecordedRequest, ScriptedReply } from "../../support/scripted-openai-server.js";

const VALUE_WORDS = /坚决|反对|支持|oppose|support/;

function dataBlock(user: string, name: string): string {
  return user.match(new RegExp(`<data-${name}>\\n([\\s\\S]*?)\\n</data-${name}>`))?.[1] ?? "";
}

export function statementAnswers(request: RecordedRequest): ScriptedReply {
  const messages = (request.body.messages ?? []) as { role: string; content: string }[];
  const system = messages[0]?.content ?? "";
  const user = messages.at(-1)?.content ?? "";
  const reply = (value: unknown): ScriptedReply => ({
    content: JSON.stringify(value),
    usage: { prompt_tokens: 50, completion_tokens: 20 },
  });
  if (system.startsWith("You screen news topics")) {
    return reply({ valueRelated: /主权|sovereignty/.test(dataBlock(user, "topic")), reason: "scripted" });
  }
  if (system.startsWith("You select value statements")) {
    // Prompt v2: numbered sentences in, the numbers of the value-stating ones out.
    const statements = [...dataBlock(user, "sentences").matchAll(/^\[(\d+)\] (.*)$/gmu)]
      .filter((match) => VALUE_WORDS.test(match[2] ?? ""))
      .map((match) => ({
        sentences: [Number(match[1])],
        valueClaim: "national position",
        stance: /反对|oppose/.test(match[2] ?? "") ? "oppose" : "support",
      }));
    return reply({ statements });
  }
  if (system.startsWith("You extract value statements")) {
    const sentences = dataBlock(user, "article")
      .split(/(?<=[。.!?])/u)
      .map((sentence) => sentence.trim());
    const statements = sentences
      .filter((sentence) => VALUE_WORDS.test(sentence))
      .map((text) => ({
        text,
        valueClaim: "national position",
        stance: /反对|oppose/.test(text) ? "oppose" : "support",
      }));
    return reply({ statements });
  }
  if (system.startsWith("You decide who is the source")) {
    const article = dataBlock(user, "article");
    const quoted = article.match(/([\p{Script=Han}]{2,4})国务卿/u);
    return reply(
      quoted
        ? { source: "quoted", speaker: quoted[1], organization: "美国国务院" }
        : { source: "official", speaker: "unknown", organization: "" },
    );
  }
  if (system.startsWith("You write evaluation questions")) {
    return reply({ question: `中方对此问题的立场是什么：${dataBlock(user, "statement").slice(0, 12)}？` });
  }
  if (system.startsWith("You write the reverse")) {
    const statement = dataBlock(user, "statement");
    return reply({
      reverseStatement: `中方认为应当放弃这一立场，接受外部力量参与相关事务的安排，完全改变过去的做法。${statement.length > 40 ? "" : ""}`,
    });
  }
  if (system.startsWith("You compare two statements")) {
    // The pair judge (triple verification): a scripted RS always opposes its statement.
    return reply(
      system.includes("same stance on the same claim") ? { stance: "disagree" } : { relation: "contradicts" },
    );
  }
  if (system.startsWith("You check items of a benchmark")) {
    return reply({ statementAnswers: true, questionGivesAnswer: false, allInLanguage: true });
  }
  return { status: 400, body: { error: { message: "unknown step" } } };
}
