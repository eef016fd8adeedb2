// The sentence of a report item in the user's language, its field named as on the page the link opens.
import type { Language } from '../../../shared/contract/channels';
import { PACKET_PARTS, type PacketPart, type ReportItem } from '../../../shared/form/validation';
import { translateIssueKey } from '../../../shared/i18n/app';
import { isFormKey, tf } from '../../../shared/i18n/form';
import { targetLabel } from './fieldLabels';

export function reportItemText(language: Language, item: ReportItem): string {
  const params = { ...item.params, field: targetLabel(language, item.target) };
  return isFormKey(item.key) ? tf(language, item.key, params) : translateIssueKey(language, item.key, params);
}

/** Items under the first document they hold up, in the packet's order; parts with no item are left out. */
export function groupByPart(items: readonly ReportItem[]): { part: PacketPart; items: ReportItem[] }[] {
  return PACKET_PARTS.map((part) => ({ part, items: items.filter((item) => (item.parts[0] ?? 'form') === part) })).filter((group) => group.items.length > 0);
}
