/** The schema's Language enum (codegen checks the resolvers that take it). */
export type Language = 'EN' | 'ZH';

/** A sentence or list of sentences in each language the API speaks (analytics reasons, import problems). */
export type InWords<T = string> = Record<Language, T>;

/** Picks the asked language of a composed text (English when none is asked). */
export const inLanguage = <T>(words: InWords<T>, language: Language | null | undefined): T => words[language ?? 'EN'];
