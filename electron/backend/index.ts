// The backend's public surface: open the data folder, then invoke contract channels. Node only; no
// `electron` import, so it runs the same under Electron's main process, the browser-mode server and tests.
export { openBackend, BackendOpenError } from './backend';
export type { Backend, BackendOptions } from './backend';
