// A refused or failed print call reads in the user's language: the packet's refusal with its list (back as
// report items, for links), the official PDF checks, and the app's sentences for everything else.
import { describe, expect, it } from 'vitest';
import { describePrintError } from '../../../renderer/src/print/printErrors';
import type { AppError } from '../../../shared/contract/result';

const fallback = (error: AppError) => `fallback:${error.code}`;

describe('print errors', () => {
  it('turns the packet’s refusal into its sentence and the list of missing items', () => {
    const error: AppError = {
      code: 'validation',
      message: '2 required item(s) missing',
      issues: [
        { path: [], key: 'packet.incomplete', params: { count: 2 } },
        { path: ['form', 'registration', 'committee'], key: 'report.required' },
        { path: ['summary'], key: 'report.noSummary' },
      ],
    };
    const problem = describePrintError(error, 'zh', fallback);
    expect(problem.message).toMatch(/^还有 2 项必填内容未填写/);
    expect(problem.items.map((item) => item.target)).toEqual([
      { page: 'form', path: ['registration', 'committee'] },
      { page: 'summary', path: [] },
    ]);
  });

  it('says why an official PDF was refused, in Chinese', () => {
    const error: AppError = { code: 'validation', message: 'Official PDF refused', issues: [{ path: ['contentBase64'], key: 'official.encrypted' }] };
    expect(describePrintError(error, 'zh', fallback).message).toMatch(/加密/);
  });

  it('gives a missing font its own sentence although it is an internal error', () => {
    const error: AppError = { code: 'internal', message: 'font', issues: [{ path: [], key: 'packet.fontMissing', params: { file: 'NotoSansSC.ttf' } }] };
    expect(describePrintError(error, 'en', fallback).message).toContain('NotoSansSC.ttf');
  });

  it('leaves other failures to the app’s sentences', () => {
    expect(describePrintError({ code: 'not-found', message: 'gone' }, 'zh', fallback)).toEqual({ message: 'fallback:not-found', items: [] });
  });
});
