// The app's own files are those under out/renderer, reached by a local file URL; nothing else is.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppIndexUrl, isFileUrlInside, localFilePath, parseUrl } from '../../../electron/main/trusted-url';
import { HOSTILE_URLS, NOT_STRINGS, assetUrl, indexHtml, indexUrl, rendererDirectory } from './fixtures';

describe('the app index URL', () => {
  it('is the built index.html, with any hash route', () => {
    expect(isAppIndexUrl(indexUrl, indexUrl)).toBe(true);
    expect(isAppIndexUrl(`${indexUrl}#/applicants`, indexUrl)).toBe(true);
    expect(isAppIndexUrl(`${indexUrl}#/profile/1?x=%2e%2e`, indexUrl)).toBe(true);
  });

  it('is not the same file with a query, another file in the folder, or the folder itself', () => {
    expect(isAppIndexUrl(`${indexUrl}?debug=1`, indexUrl)).toBe(false);
    expect(isAppIndexUrl(assetUrl, indexUrl)).toBe(false);
    expect(isAppIndexUrl(pathToFileURL(rendererDirectory).href, indexUrl)).toBe(false);
  });

  it.each(HOSTILE_URLS)('is never %s', (url) => {
    expect(isAppIndexUrl(url, indexUrl)).toBe(false);
  });

  it.each(NOT_STRINGS)('is never a non-string (%s)', (value) => {
    expect(isAppIndexUrl(value, indexUrl)).toBe(false);
  });
});

describe('files inside out/renderer', () => {
  it('include the index page and the assets under it', () => {
    expect(isFileUrlInside(indexUrl, rendererDirectory)).toBe(true);
    expect(isFileUrlInside(assetUrl, rendererDirectory)).toBe(true);
    expect(isFileUrlInside(pathToFileURL(join(rendererDirectory, 'assets', 'noto sans.ttf')).href, rendererDirectory)).toBe(true);
  });

  it('exclude the folder itself, a sibling folder with the same prefix and paths that climb out', () => {
    expect(isFileUrlInside(pathToFileURL(rendererDirectory).href, rendererDirectory)).toBe(false);
    expect(isFileUrlInside(pathToFileURL(`${rendererDirectory}-evil/x.js`).href, rendererDirectory)).toBe(false);
    expect(isFileUrlInside(pathToFileURL(join(rendererDirectory, '..', 'main', 'index.js')).href, rendererDirectory)).toBe(false);
  });

  it.each(HOSTILE_URLS)('exclude %s', (url) => {
    expect(isFileUrlInside(url, rendererDirectory)).toBe(false);
  });

  it.each(NOT_STRINGS)('exclude a non-string (%s)', (value) => {
    expect(isFileUrlInside(value, rendererDirectory)).toBe(false);
  });
});

describe('local file paths', () => {
  it('refuse UNC shares in every spelling, NUL bytes and encoded separators', () => {
    expect(localFilePath('file://server/share/a')).toBeNull();
    expect(localFilePath('file:////server/share/a')).toBeNull();
    expect(localFilePath('\\\\server\\share\\a')).toBeNull();
    expect(localFilePath('file:///tmp/a%00b')).toBeNull();
    expect(localFilePath('file:///tmp/a%2fb')).toBeNull();
  });

  it('give the path of an ordinary local file URL', () => {
    expect(localFilePath(indexUrl)).toBe(indexHtml);
  });

  it('refuse a URL longer than any the app uses', () => {
    expect(parseUrl(`file:///${'x'.repeat(10_000)}`)).toBeNull();
    expect(parseUrl('not a url')).toBeNull();
  });
});
