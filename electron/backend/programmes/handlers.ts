// Handlers of the programme channels: shipped programmes come from templates/ through shared/programmes,
// user rounds and holiday years from the database; every write is validated by the shared schemas first.
import type { Channel } from '../../../shared/contract/channels';
import { fail, ok } from '../../../shared/contract/result';
import { BUNDLED_HOLIDAY_YEARS } from '../../../shared/calendar/holidayData';
import { deriveRound, getProgramme, isProgrammeId, listProgrammes, type Programme } from '../../../shared/programmes';
import type { Handlers } from '../handlerContext';

type ProgrammeChannel = Extract<Channel, `programmes.${string}` | `rounds.${string}` | `calendar.${string}` | `application.${string}`>;

const summary = (programme: Programme) => ({
  id: programme.id,
  name: programme.name,
  city: programme.city,
  userEntered: programme.userEntered,
  basedOn: programme.basedOn,
});

export const programmeHandlers: Pick<Handlers, ProgrammeChannel> = {
  'programmes.list': (_request, { programmes }) => {
    const rounds = programmes.rounds().flatMap((stored) => (stored.round ? [stored.round] : []));
    return ok([...listProgrammes(), ...rounds].map(summary));
  },
  'programmes.get': (request, { programmes }) => {
    if (isProgrammeId(request.id)) return getProgramme(request.id);
    const stored = programmes.round(request.id);
    if (!stored) return fail('not-found', `No programme with id ${request.id}`);
    return stored.round ? ok(stored.round) : fail('internal', `The stored round ${request.id} is invalid: ${stored.problem}`);
  },
  'rounds.create': (request, { programmes, now }) => {
    const base = isProgrammeId(request.baseId) ? getProgramme(request.baseId) : null;
    const baseRound = base ?? (() => {
      const stored = programmes.round(request.baseId);
      return stored?.round ? ok(stored.round) : fail('not-found', `No programme with id ${request.baseId}`);
    })();
    if (!baseRound.ok) return baseRound;
    if (programmes.round(request.edits.id)) {
      return fail('validation', `A round with id ${request.edits.id} exists`, [{ path: ['edits', 'id'], key: 'programme.idTaken' }]);
    }
    const derived = deriveRound(baseRound.value, request.edits);
    if (!derived.ok) return derived;
    programmes.insertRound(derived.value, now());
    return derived;
  },
  'rounds.update': (request, { programmes, now }) => {
    if (request.edits.id !== request.id) {
      return fail('validation', 'A round keeps its id', [{ path: ['edits', 'id'], key: 'programme.idTaken' }]);
    }
    const stored = programmes.round(request.id);
    if (!stored?.round) return fail('not-found', `No user round with id ${request.id}`);
    const base = stored.round.basedOn === null ? null : isProgrammeId(stored.round.basedOn) ? getProgramme(stored.round.basedOn) : null;
    // A round's rules come from the round it was copied from; when that is gone, from the round itself.
    const derived = deriveRound(base?.ok ? base.value : { ...stored.round, id: `${stored.round.id}-base` }, request.edits);
    if (!derived.ok) return derived;
    const round = { ...derived.value, basedOn: stored.round.basedOn };
    programmes.updateRound(round, now());
    return ok(round);
  },
  'rounds.delete': (request, { programmes }) => {
    const using = programmes.applicantsUsing(request.id);
    if (using > 0) return fail('conflict', `${using} applicant(s) apply for round ${request.id}`);
    return programmes.deleteRound(request.id) ? ok({ id: request.id }) : fail('not-found', `No user round with id ${request.id}`);
  },
  'calendar.years': (_request, { programmes }) => ok({ bundled: [...BUNDLED_HOLIDAY_YEARS], user: programmes.years().valid }),
  'calendar.saveYear': (request, { programmes, now }) => {
    const year = { ...request, userEntered: true };
    programmes.saveYear(year, now());
    return ok(year);
  },
  'calendar.deleteYear': (request, { programmes }) =>
    programmes.deleteYear(request.year) ? ok({ year: request.year }) : fail('not-found', `No user-entered year ${request.year}`),
  'application.get': (request, { programmes, applicants }) => {
    if (!applicants.exists(request.applicantId)) return fail('not-found', `No applicant with id ${request.applicantId}`);
    return ok(programmes.application(request.applicantId));
  },
  'application.save': (request, { programmes, applicants, now }) => {
    if (!applicants.exists(request.applicantId)) return fail('not-found', `No applicant with id ${request.applicantId}`);
    const id = request.application.programmeId;
    if (id !== null && !isProgrammeId(id) && !programmes.round(id)?.round) {
      return fail('validation', `No programme with id ${id}`, [{ path: ['application', 'programmeId'], key: 'field.invalid' }]);
    }
    programmes.saveApplication(request.applicantId, request.application, now());
    return ok(programmes.application(request.applicantId));
  },
};
