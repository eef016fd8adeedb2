// The interface languages. Their own module, imported by both the contract (settings carry a language)
// and the i18n mechanism, so that neither has to import the other.
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
