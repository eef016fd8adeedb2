// The first page of a PDF scan, drawn by pdf.js inside the sandboxed renderer, as a PNG for the preview.
// pdf.js is loaded only when a PDF is previewed (its own chunk, from 'self'); its worker is a file of the
// build, so the CSP's script-src 'self' covers it, and eval is never used (isEvalSupported: false). The
// file is hostile until proven otherwise: no scripting (XFA), no fetching of fonts or maps from anywhere.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** Wide enough for a sharp preview in the card, small enough to stay quick for a large scan. */
const MAX_WIDTH_PX = 1100;

export async function firstPagePng(bytes: ArrayBuffer): Promise<Blob> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableFontFace: false,
    stopAtErrors: false,
  });
  try {
    const document = await task.promise;
    const page = await document.getPage(1);
    const natural = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(2, MAX_WIDTH_PX / natural.width) });
    const canvas = window.document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The page could not be drawn'))), 'image/png'));
  } finally {
    await task.destroy();
  }
}
