// A notice that ends after the materials deadline (round 3: 2025-09-19) is said where its start date is
// entered and in the report before printing, as the progress page says it: late materials are refused.
import { describe, expect, it } from 'vitest';
import { BUNDLED_CALENDAR } from '../../../shared/calendar/workdays';
import { noticeTimingItems, noticeTimingWarnings } from '../../../shared/form/noticeTiming';
import { getProgramme } from '../../../shared/programmes';
import { sampleForm } from '../../support/forms';

const round3 = () => {
  const found = getProgramme('shanghai-c-r3');
  if (!found.ok) throw new Error('round 3 is bundled');
  return found.value;
};
const starting = (startDate: string | null) => ({ startDate, extraWorkdays: 0 });

describe('the public notice against the materials deadline', () => {
  it('a notice ending after the deadline is flagged with the latest start', () => {
    const [warning] = noticeTimingWarnings(round3(), starting('2025-09-16'), BUNDLED_CALENDAR);
    expect(warning).toEqual({ key: 'tracker.warning.noticeEndsAfterMaterials', params: { end: '2025-09-22', deadline: '2025-09-19', latestStart: '2025-09-15' } });
  });
  it('a notice ending on the deadline day itself is flagged as having no margin', () => {
    expect(noticeTimingWarnings(round3(), starting('2025-09-15'), BUNDLED_CALENDAR).map((warning) => warning.key)).toEqual(['tracker.warning.noticeEndsOnMaterialsDeadline']);
  });
  it('an early notice, no start or a half-typed date: nothing to say', () => {
    expect(noticeTimingWarnings(round3(), starting('2025-09-01'), BUNDLED_CALENDAR)).toEqual([]);
    expect(noticeTimingWarnings(round3(), starting(null), BUNDLED_CALENDAR)).toEqual([]);
    expect(noticeTimingWarnings(round3(), starting('2025-09'), BUNDLED_CALENDAR)).toEqual([]);
  });
  it('the report before printing points at the notice’s start date', () => {
    const form = sampleForm();
    form.publicNotice = { ...form.publicNotice, startDate: '2025-09-17', extraWorkdays: 0 };
    expect(noticeTimingItems(round3(), form, BUNDLED_CALENDAR)).toEqual([
      {
        target: { page: 'form', path: ['publicNotice', 'startDate'] },
        key: 'report.noticeEndsAfterMaterials',
        params: { end: '2025-09-23', deadline: '2025-09-19', latestStart: '2025-09-15' },
        severity: 'hint',
        parts: ['publicNotice'],
      },
    ]);
  });
});
