// Where the applicant's round stands today: a closed round says so at the top ("第三批已于2025年9月19日截止")
// with a way to prepare the next one; a round not open yet says when it opens; a round without published
// dates asks for them from the new notice. An open round needs no banner.
import { roundStatusOf } from '../../../shared/eligibility/roundStatus';
import { longDate } from '../../../shared/programmes/citation';
import type { Programme } from '../../../shared/programmes';
import { useI18n } from '../i18n';
import { hrefOf } from '../router';
import { useRulesText } from '../rulesText';
import { useApplicantRound } from './useRound';

/** The part of a programme the banner needs (the tracker's view carries no full programme). */
export type BannerRound = Pick<Programme, 'id' | 'name' | 'dates' | 'userEntered'>;

export function RoundBanner({ round, today }: { round: BannerRound; today: string }) {
  const { pick, language } = useI18n();
  const rt = useRulesText();
  const status = roundStatusOf(round, today);
  const window = round.dates.materialsWindow.value;
  const name = pick(round.name);
  if (status === 'open') return null;
  if (status === 'closed' && window) {
    return (
      <div className="banner banner-warning round-banner" role="status" data-round-status="closed">
        <div>
          <p>
            <strong>{rt('rules.round.closed', { round: name, date: longDate(window.to, language) })}</strong> {rt('rules.round.closedHint')}
          </p>
          <a className="button" href={hrefOf({ name: 'programmes', nextFrom: round.id })}>
            {rt('rules.round.prepareNext')}
          </a>
        </div>
      </div>
    );
  }
  if (status === 'upcoming' && window) {
    return (
      <div className="banner banner-info round-banner" role="status" data-round-status="upcoming">
        <p>{rt('rules.round.upcoming', { round: name, date: longDate(window.from, language) })}</p>
      </div>
    );
  }
  // Unknown: only a user's round lacks dates; a shipped one without (Guangzhou) says so on its own pages.
  if (!round.userEntered) return null;
  return (
    <div className="banner banner-info round-banner" role="status" data-round-status="unknown">
      <p>{rt('rules.round.unknown', { round: name })}</p>
      <a href={hrefOf({ name: 'programmes' })}>{rt('rules.round.enterFromNotice')}</a>
    </div>
  );
}

/** On the applicant list: one line when the applicant's round has closed, with the way to the next one. */
export function ApplicantRoundStatus({ applicantId, today }: { applicantId: string; today: string }) {
  const { pick, language } = useI18n();
  const rt = useRulesText();
  const round = useApplicantRound(applicantId);
  const window = round?.dates.materialsWindow.value ?? null;
  if (!round || !window || roundStatusOf(round, today) !== 'closed') return null;
  return (
    <span className="round-closed" data-round-status="closed">
      {rt('rules.round.closed', { round: pick(round.name), date: longDate(window.to, language) })}{' '}
      <a href={hrefOf({ name: 'programmes', nextFrom: round.id })}>{rt('rules.round.prepareNext')}</a>
    </span>
  );
}
