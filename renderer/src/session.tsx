// What every screen needs: the settings (language, current applicant) and the list of applicants.
import { createContext, useContext } from 'react';
import type { ApplicantSummary, Settings } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';

export interface Session {
  settings: Settings;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  /** null until the first load has answered. */
  applicants: ApplicantSummary[] | null;
  applicantsError: AppError | null;
  reloadApplicants(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

/** The name to show in sentences: the Chinese name, else the passport spelling. */
export function displayName(applicant: { nameZh: string; nameLatin: string }, unnamed: string): string {
  return applicant.nameZh.trim() || applicant.nameLatin.trim() || unnamed;
}
