// The programme an applicant applies for, loaded for a banner (the applicant list and the tracker hold only
// its id). Null while loading, when none is chosen, or when it cannot be read: the banner then stays away.
import { useEffect, useState } from 'react';
import type { Programme } from '../../../shared/programmes';
import { call } from '../api';

export function useRound(programmeId: string | null): Programme | null {
  const [programme, setProgramme] = useState<Programme | null>(null);
  useEffect(() => {
    if (programmeId === null) {
      setProgramme(null);
      return;
    }
    let current = true;
    void call('programmes.get', { id: programmeId }).then((result) => {
      if (current) setProgramme(result.ok ? result.value : null);
    });
    return () => {
      current = false;
    };
  }, [programmeId]);
  return programme;
}

/** The applicant's chosen programme, through their application. */
export function useApplicantRound(applicantId: string): Programme | null {
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void call('application.get', { applicantId }).then((result) => {
      if (current) setProgrammeId(result.ok ? result.value.programmeId : null);
    });
    return () => {
      current = false;
    };
  }, [applicantId]);
  return useRound(programmeId);
}
