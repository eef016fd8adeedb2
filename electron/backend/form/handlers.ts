// Handlers of the form channels: the applicant must exist; saves are whole documents checked against the
// revision they started from.
import type { Channel } from '../../../shared/contract/channels';
import { fail, ok } from '../../../shared/contract/result';
import type { Handlers } from '../handlerContext';
import { loadApplicationFile } from './load';

type FormChannel = Extract<Channel, `form.${string}`>;

const notFound = (id: string) => fail('not-found', `No applicant with id ${id}`);

export const formHandlers: Pick<Handlers, FormChannel> = {
  'form.get': (request, { applicants, forms }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok(forms.get(request.applicantId));
  },
  'form.save': (request, { applicants, forms, now }) => {
    if (!applicants.exists(request.applicantId)) return notFound(request.applicantId);
    return ok(forms.save(request.applicantId, request.form, request.baseRevision, now()));
  },
  'form.report': (request, context) => {
    const file = loadApplicationFile(request.applicantId, context);
    return file ? ok(file.report) : notFound(request.applicantId);
  },
};
