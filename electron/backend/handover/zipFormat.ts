// What the package's writer and its reader (in the parser process) agree on: the two compression methods
// a package uses. Kept apart so that the writer, in the backend, does not load the reader.
export const STORED = 0;
export const DEFLATED = 8;
