// Bytes in and out of the page, without Node: base64 for the channels, and a Blob handed to the user as a
// download (an object URL and an <a download>). The CSP's fetch directives do not govern downloads, so this
// works under `default-src 'none'`; in Electron the same click reaches the session's will-download, which
// asks where to save.

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its arguments on the stack: 32 KiB at a time stays well inside its limit.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Hands a blob to the user as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click's task is over; a minute is generous.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
