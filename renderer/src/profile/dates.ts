// Lenient date typing: people write 2020/9/1, 2020.9.1 or 20200901; the schema wants 2020-09-01.
// Tidied only when the field is left, so the caret never jumps while typing.
export function tidyDate(value: string): string {
  const trimmed = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const separated = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed);
  const match = compact ?? separated;
  if (!match) return trimmed;
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}
