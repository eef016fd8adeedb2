// The "started" signal end-to-end tests wait for, instead of sleeping: settings and first screen loaded.
export function markReady(): void {
  document.body.dataset.ready = 'true';
}
