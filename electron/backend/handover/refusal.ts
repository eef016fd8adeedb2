// Why a package is refused. Every check before the first write throws one of these; the handler turns it
// into a `validation` reply whose issue key (handover.refused.<reason>) the UI shows in the user's language.
export const REFUSAL_REASONS = [
  'tooLarge', // the file is over the import limit
  'notZip', // not a ZIP archive at all (so not a package)
  'damaged', // a ZIP, but truncated or corrupt (checksums, headers, compressed data)
  'unsupportedZip', // a ZIP feature a package never uses (ZIP64, several disks, encryption, other compression)
  'unsafeName', // an entry name that could leave its folder: `..`, absolute, backslash, drive letter, NUL
  'notRegularFile', // a directory, a symbolic link or another special entry
  'duplicateEntry', // two entries of the same name (or names differing only in case)
  'tooManyEntries',
  'zipBomb', // unpacked sizes over the limits, or a compression ratio no real package has
  'sizeMismatch', // an entry unpacks to another size than its header declares
  'noManifest',
  'notPackage', // a manifest that is not a TitlePrep hand-over manifest
  'manifestInvalid',
  'formatNewer', // a newer package format than this TitlePrep reads
  'schemaNewer', // data from a newer TitlePrep
  'extraPart', // an entry the manifest does not list
  'missingPart', // a part the manifest lists (or the format requires) is not in the archive
  'hashMismatch', // a part's SHA-256 or size differs from the manifest
  'partInvalid', // a part is not the JSON its kind requires
  'tableUnknown', // a table this TitlePrep does not have
  'columnsMismatch', // a table part's columns are not the table's columns
  'rowsInvalid', // rows the database's own constraints refuse (types, checks, references)
  'applicantMismatch', // the rows do not belong to the one applicant the manifest names
  'contentInvalid', // a stored document (profile, summary, form, round) does not validate
  'unsafeFile', // the official PDF or a scan fails the checks of a direct import
  'hostile', // reading the package took the parser process over its memory or time limit
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export class HandoverRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`The package was refused (${reason}): ${detail}`);
    this.name = 'HandoverRefusal';
  }
}

export const refuse = (reason: RefusalReason, detail: string, params?: Record<string, string | number>): never => {
  throw new HandoverRefusal(reason, detail, params);
};
