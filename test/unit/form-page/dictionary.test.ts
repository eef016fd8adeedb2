// The form and print pages' dictionary: both languages fill the same placeholders, and every key the
// report before printing can produce has a sentence (never the raw key, never the generic fallback).
import { describe, expect, it } from 'vitest';
import { emptyApplication } from '../../../shared/application/schema';
import { emptyForm } from '../../../shared/form/schema';
import { reportForPrinting } from '../../../shared/form/validation';
import { formDictionary, isFormKey } from '../../../shared/i18n/form';
import { emptyProfile, newWorkPeriod } from '../../../shared/profile/defaults';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the form dictionary', () => {
  it.each(Object.keys(formDictionary.zh) as (keyof typeof formDictionary.zh)[])('%s has the same placeholders in both languages', (key) => {
    expect(formDictionary.en[key].trim()).not.toBe('');
    expect(placeholders(formDictionary.en[key])).toEqual(placeholders(formDictionary.zh[key]));
  });

  it('has a sentence for every key of the report before printing', () => {
    const form = emptyForm();
    form.registration.insuranceBySameEmployer = false;
    form.achievements = [{ id: '44444444-4444-4444-8444-444444444444', title: '', startDate: null, endDate: null, role: null, work: '字'.repeat(600), results: '', evidence: '' }];
    const profile = { ...emptyProfile(), workPeriods: [newWorkPeriod('22222222-2222-4222-8222-222222222222')] };
    const keys = new Set([
      ...reportForPrinting({ profile, application: emptyApplication(), form, summary: null }).items.map((item) => item.key),
      ...reportForPrinting({ profile: emptyProfile(), application: emptyApplication(), form: emptyForm(), summary: { words: 10, target: 3000 } }).items.map((item) => item.key),
    ]);
    expect(keys.size).toBeGreaterThanOrEqual(10);
    for (const key of keys) expect(isFormKey(key), key).toBe(true);
  });
});
