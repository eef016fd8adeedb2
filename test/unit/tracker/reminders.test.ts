// The reminders of one applicant: a round that has closed (its materials window passed) has no overdue
// reminders left, only the fact that it closed; a date of it still ahead stays (issue 11).
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../shared/tracker/deadlines';
import { nextOf, overdueCount, remindersOf } from '../../../shared/tracker/reminders';

const deadline = (id: string, date: string, state: Deadline['state']) => ({ id, date, state }) as Deadline;
const deadlines = [
  deadline('certificate-verification', '2025-08-31', 'overdue'),
  deadline('materials-submission', '2025-09-19', 'overdue'),
  deadline('interview', '2026-12-10', 'due-soon'),
  deadline('result', '2027-03-01', 'upcoming'),
];

describe('reminders of a closed round', () => {
  it('a closed round: the missed deadlines are counted, not listed; a date still ahead stays', () => {
    const { due, closedRoundMissed } = remindersOf(deadlines, 'closed');
    expect(due.map((entry) => entry.id)).toEqual(['interview']);
    expect(closedRoundMissed).toBe(2);
  });

  it.each(['open', 'upcoming', 'unknown'] as const)('a round %s: overdue deadlines are reminders, earliest first', (status) => {
    const { due, closedRoundMissed } = remindersOf(deadlines, status);
    expect(due.map((entry) => entry.id)).toEqual(['certificate-verification', 'materials-submission', 'interview']);
    expect(closedRoundMissed).toBe(0);
  });
});

describe('the tracker\'s "next" and the dashboard\'s overdue count of a closed round', () => {
  it('a closed round: the next thing is a date still ahead, never a missed one; nothing counts as overdue', () => {
    expect(nextOf(deadlines, 'closed')?.id).toBe('interview');
    expect(overdueCount(deadlines, 'closed')).toBe(0);
  });

  it('an open round: the earliest missed date comes first and counts', () => {
    expect(nextOf(deadlines, 'open')?.id).toBe('certificate-verification');
    expect(overdueCount(deadlines, 'open')).toBe(2);
  });
});
