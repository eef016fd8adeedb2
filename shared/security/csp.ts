// The one Content-Security-Policy of the renderer, sent by the browser-mode server and by Electron and
// mirrored in renderer/index.html (a test checks they agree). Nothing inline, nothing remote.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
