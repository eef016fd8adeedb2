// The words printed in the translation files, from the i18n dictionaries. The hand-out and the review copy go
// to a translator or a Chinese-speaking colleague, not to the authority: each label is printed in both
// languages, Chinese first.
import { bilingualEn, bilingualZh } from '../../../../shared/i18n/bilingual';

type FileKey = Extract<keyof typeof bilingualZh, `bilingual.file.${string}`>;

export const both = (key: FileKey): string => `${bilingualZh[key]} / ${bilingualEn[key]}`;
export const zh = (key: FileKey): string => bilingualZh[key];
export const en = (key: FileKey): string => bilingualEn[key];
