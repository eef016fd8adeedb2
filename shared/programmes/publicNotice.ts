// Whether the programme's published sources ask for the employer's internal public notice (公示). Shanghai's
// notices do, with a minimum length (templates/programmes/shanghai-c-r*.json, "publicNotice"); the Guangzhou
// catalogue mentions none (its publicNotice is null, "Not in the sources"). The packet leaves out a notice no
// source asks for unless the user adds it, and then says that its period is not published: never invented.
import type { Programme } from './schema';

/** true: a source gives the notice's length; false: the programme says nothing; null: no programme chosen. */
export function publicNoticeRequired(programme: Pick<Programme, 'publicNotice'> | null): boolean | null {
  if (programme === null) return null;
  return programme.publicNotice.value !== null;
}

/** The packet's default: the notice and its record when a source asks for them, or when no programme is chosen (unknown, kept). */
export const publicNoticeByDefault = (programme: Pick<Programme, 'publicNotice'> | null): boolean => publicNoticeRequired(programme) !== false;
