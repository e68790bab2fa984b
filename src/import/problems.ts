import type { InWords } from '../language.js';

/**
 * A problem with a file, in each language the API speaks: English for the CLI and
 * the API's default, Chinese for officers in the web app (`problems(language: ZH)`).
 */
export type Problem = InWords;

/** A problem of one row, starting with its line as people count them (the header is line 1). */
export const lineProblem = (line: number, words: InWords): Problem => ({
  EN: `line ${line}: ${words.EN}`,
  ZH: `第 ${line} 行：${words.ZH}`,
});

/**
 * An error an officer reads: `message` in English (logs, the CLI, the API's message) and
 * `zh` in Chinese, which the API passes on as `extensions.messageZh` for the web app.
 */
export class WordedError extends Error {
  readonly zh: string;
  constructor(words: InWords) {
    super(words.EN);
    this.zh = words.ZH;
  }
}
