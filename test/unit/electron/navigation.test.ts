// No webContents leaves the app's index.html, opens a window or attaches a <webview>.
import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, navigationAllowed, windowOpenDecision } from '../../../electron/main/navigation';
import { StubWebContents } from '../../stubs/electron';
import { HOSTILE_URLS, NOT_STRINGS, assetUrl, indexUrl } from './fixtures';

function navigationEvent(url: unknown) {
  return { url, preventDefault: vi.fn() };
}

describe('navigation', () => {
  it('may reload the app page, at any hash route', () => {
    expect(navigationAllowed(indexUrl, indexUrl)).toBe(true);
    expect(navigationAllowed(`${indexUrl}#/profile`, indexUrl)).toBe(true);
  });

  it.each([...HOSTILE_URLS, assetUrl])('is denied to %s', (url) => {
    expect(navigationAllowed(url, indexUrl)).toBe(false);
  });

  it.each(NOT_STRINGS)('is denied to a non-string target (%s)', (value) => {
    expect(navigationAllowed(value, indexUrl)).toBe(false);
  });
});

describe('window.open', () => {
  it('is always denied', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('the guard on a webContents', () => {
  function guarded() {
    const contents = new StubWebContents();
    const report = vi.fn();
    guardNavigation(contents, indexUrl, report);
    return { contents, report };
  }

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('cancels %s to a foreign URL and says so', (name) => {
    const { contents, report } = guarded();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://example.com/', 'data:text/html,x']) {
      const event = navigationEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    expect(report).toHaveBeenCalledTimes(4);
  });

  it('lets the app page reload itself', () => {
    const { contents, report } = guarded();
    const event = navigationEvent(`${indexUrl}#/applicants`);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(report).not.toHaveBeenCalled();
  });

  it('cancels an event whose URL is not a string', () => {
    const { contents } = guarded();
    const event = navigationEvent({ toString: () => indexUrl });
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('blocks every <webview>', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { src: indexUrl }, { src: indexUrl });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies window.open', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});
