// What a file is, by its first bytes: the name's extension says what the user meant, the bytes must agree.
// A renamed PDF or program is refused with a sentence that says what it is.
import type { ImportFormat } from '../../../../shared/contract/documentChannels';
import { ImportRefusal } from './refusal';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, and any password-protected Office file
const WINDOWS_PROGRAM = [0x4d, 0x5a]; // MZ
const ELF = [0x7f, 0x45, 0x4c, 0x46];
const MACH_O = [[0xcf, 0xfa, 0xed, 0xfe], [0xce, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe], [0xfe, 0xed, 0xfa, 0xcf]];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** The extension in lower case, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Refusals that hold whatever the extension: a PDF, a program, an old or encrypted Office file. */
function refuseForeign(bytes: Uint8Array): void {
  if (startsWith(bytes, PDF)) throw new ImportRefusal('documents.import.pdf', 'The file is a PDF');
  if (startsWith(bytes, WINDOWS_PROGRAM) || startsWith(bytes, ELF) || MACH_O.some((signature) => startsWith(bytes, signature))) {
    throw new ImportRefusal('documents.import.executable', 'The file is a program');
  }
  if (startsWith(bytes, OLE)) throw new ImportRefusal('documents.import.legacyDoc', 'The file is an OLE compound file (.doc or encrypted Office)');
}

/** Binary data, as opposed to text in some encoding: a NUL byte outside a UTF-16 text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  return sample.includes(0);
}

/** The format to read the file as; throws an ImportRefusal when the name or the bytes rule it out. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const extension = extensionOf(fileName);
  if (bytes.length === 0) throw new ImportRefusal('documents.import.empty', 'The file is empty');
  refuseForeign(bytes);
  switch (extension) {
    case 'docx':
      if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'docx';
      throw new ImportRefusal('documents.import.notDocx', 'A .docx file that is not a ZIP archive');
    case 'txt':
    case 'md':
    case 'markdown':
      if (startsWith(bytes, ZIP) || startsWith(bytes, RTF) || looksBinary(bytes)) {
        throw new ImportRefusal('documents.import.notText', `A .${extension} file holding binary data`, { extension });
      }
      return extension === 'txt' ? 'txt' : 'md';
    default:
      throw new ImportRefusal('documents.import.unsupportedExtension', `Unsupported extension .${extension}`, { extension: extension || '?' });
  }
}
