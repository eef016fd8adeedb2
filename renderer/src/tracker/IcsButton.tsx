// "Add to calendar": the deadlines as an .ics file (one applicant's, or everyone's for HR), downloaded like
// the other exports. Importing a newer file updates the events (stable UIDs) instead of adding copies.
import { useState } from 'react';
import { call } from '../api';
import { saveBlob } from '../files';
import { today } from '../today';
import { useToast } from '../toasts';
import { trackerI18n, useTrackerI18n } from './text';

function downloadText(fileName: string, content: string): void {
  saveBlob(new Blob([content], { type: 'text/calendar;charset=utf-8' }), fileName);
}

export function IcsButton({ applicantId }: { applicantId: string | null }) {
  const { tt, language } = useTrackerI18n();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const scope = applicantId === null ? { all: true as const } : { applicantId };
    const result = await call('tracker.ics', { ...scope, language, today: today() });
    setBusy(false);
    if (!result.ok) {
      const error = result.error;
      return toast({ message: (i18n) => trackerI18n(i18n).failure(error) });
    }
    if (result.value.events === 0) return toast({ message: (i18n) => trackerI18n(i18n).tt('tracker.ics.noEvents') });
    downloadText(result.value.fileName, result.value.content);
    const { fileName, events } = result.value;
    toast({ message: (i18n) => trackerI18n(i18n).tt('tracker.ics.downloaded', { fileName, events }) });
  };
  return (
    <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy} title={tt('tracker.ics.hint')}>
      {applicantId === null ? tt('tracker.ics.downloadAll') : tt('tracker.ics.download')}
    </button>
  );
}
