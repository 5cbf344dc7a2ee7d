// OpenAI preference fine-tuning (DPO) JSONL (platform docs, "Direct preference optimization" → Data format):
// {input: {messages, tools?, parallel_tool_calls?}, preferred_output: [assistant message],
// non_preferred_output: [assistant message]}; no other top-level keys, so provenance goes in a sidecar file.
import { z } from "zod";

const messageSchema = z
  .object({ role: z.enum(["system", "developer", "user", "assistant"]), content: z.string().min(1) })
  .strict();
const assistantOutputSchema = z
  .array(z.object({ role: z.literal("assistant"), content: z.string().min(1) }).strict())
  .length(1);

export const openAiRecordSchema = z
  .object({
    input: z
      .object({
        messages: z.array(messageSchema).min(1),
        tools: z.array(z.unknown()).optional(),
        parallel_tool_calls: z.boolean().optional(),
      })
      .strict(),
    preferred_output: assistantOutputSchema,
    non_preferred_output: assistantOutputSchema,
  })
  .strict();
