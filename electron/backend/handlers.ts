// The contract's implementation: one handler per channel. Handlers receive requests already validated
// against the channel's schema and return a Result (or, for work that is asynchronous by nature, such as
// laying out a document, a promise of one); backend.ts turns exceptions into typed errors.
import { randomUUID } from 'node:crypto';
import type { Handlers } from './handlerContext';
import { fail, ok } from '../../shared/contract/result';
import { programmeHandlers } from './programmes/handlers';
import { summaryHandlers } from './summary/handlers';
import { documentHandlers } from './documents/handlers';
import { formHandlers } from './form/handlers';
import { printHandlers } from './print/handlers';
import { backupHandlers } from './backups/handlers';
import { trackerHandlers } from './tracker/handlers';
import { materialsHandlers } from './materials/handlers';
import { attachmentHandlers } from './attachments/handlers';
import { handoverHandlers } from './handover/handlers';
import { reviewHandlers } from './review/handlers';

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);

export const handlers: Handlers = {
  'app.info': (_request, { info }) => ok(info),
  'settings.get': (_request, { settings }) => ok(settings.get()),
  'settings.update': (request, { settings, applicants }) => {
    const id = request.currentApplicantId;
    if (id != null && !applicants.exists(id)) return notFound(id);
    return ok(settings.update(request));
  },
  'applicants.list': (_request, { applicants }) => ok(applicants.list()),
  'applicants.create': (request, { applicants, now }) => ok(applicants.create(randomUUID(), request, now())),
  'applicants.rename': (request, { applicants, now }) => {
    const renamed = applicants.rename(request.id, request, now());
    return renamed ? ok(renamed) : notFound(request.id);
  },
  'applicants.delete': (request, { applicants, settings, now }) => {
    if (!applicants.softDelete(request.id, now())) return notFound(request.id);
    if (settings.get().currentApplicantId === request.id) settings.update({ currentApplicantId: null });
    return ok({ id: request.id });
  },
  'applicants.restore': (request, { applicants, now }) => {
    const restored = applicants.restore(request.id, now());
    return restored ? ok(restored) : notFound(request.id);
  },
  'profile.get': (request, { applicants }) => {
    const stored = applicants.getProfile(request.applicantId);
    return stored ? ok(stored) : notFound(request.applicantId);
  },
  'profile.save': (request, { applicants, now }) => {
    const saved = applicants.saveProfile(request.applicantId, request.profile, request.baseRevision, now());
    return saved ? ok(saved) : notFound(request.applicantId);
  },
  ...programmeHandlers,
  ...summaryHandlers,
  ...documentHandlers,
  ...formHandlers,
  ...printHandlers,
  ...backupHandlers,
  ...trackerHandlers,
  ...materialsHandlers,
  ...attachmentHandlers,
  ...handoverHandlers,
  ...reviewHandlers,
};
