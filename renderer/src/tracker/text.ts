// The tracker's dictionary for components: its own keys, and the keys of warnings and issues that may
// come from the shared schemas (date.invalid, field.tooLong…), which the app dictionary translates.
import type { Params } from '../../../shared/i18n/core';
import { type TrackerKey, isTrackerKey, trackerText } from '../../../shared/i18n/tracker';
import type { AppError } from '../../../shared/contract/result';
import { type I18n, useI18n } from '../i18n';

export interface TrackerI18n extends I18n {
  tt(key: TrackerKey, params?: Params): string;
  /** A warning or issue key from the backend, in whichever dictionary has it. */
  message(key: string, params?: Params): string;
  /** A failed call: its first field issue when it has one, else the error's sentence. */
  failure(error: AppError): string;
}

export function useTrackerI18n(): TrackerI18n {
  return trackerI18n(useI18n());
}

/** The tracker's sentences in the given language (for a notice written when shown, not when made). */
export function trackerI18n(i18n: I18n): TrackerI18n {
  const tt = (key: TrackerKey, params?: Params) => trackerText(i18n.language, key, params);
  const message = (key: string, params?: Params) => (isTrackerKey(key) ? tt(key, params) : i18n.issue(key, params));
  return {
    ...i18n,
    tt,
    message,
    failure: (error) => {
      const first = error.issues?.[0];
      return first ? message(first.key, first.params) : i18n.error(error);
    },
  };
}
