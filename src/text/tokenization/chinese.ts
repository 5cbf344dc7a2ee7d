// Chinese word segmentation with @node-rs/jieba (the jieba dictionary, HMM for unknown words), loaded once.
import { Jieba } from "@node-rs/jieba";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { dict } = require("@node-rs/jieba/dict.js") as { dict: Uint8Array };

let jieba: Jieba | undefined;

/** Splits Chinese text into words (jieba precise mode with HMM). */
export function segmentChinese(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, true);
}
