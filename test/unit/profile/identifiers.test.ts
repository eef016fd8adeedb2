import { describe, expect, it } from 'vitest';
import { isDocumentNumber, isResidentIdNumber, isUnifiedSocialCreditCode } from '../../../shared/profile/identifiers';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts a code whose check character matches', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y43')).toBe(true);
    expect(isUnifiedSocialCreditCode('91350100m000100y43')).toBe(true);
  });
  it('refuses a wrong check character, a wrong length and the letters I, O, S, V, Z', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100Y44')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100M000100Y4')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100O000100Y43')).toBe(false);
    expect(isUnifiedSocialCreditCode("'; DROP TABLE x;--")).toBe(false);
  });
});

describe('resident identity card number (GB 11643-1999)', () => {
  it('accepts a valid number, with X as check character', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(true);
  });
  it('refuses a wrong check character or length', () => {
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('1101051949123100')).toBe(false);
  });
});

describe('passport and permit numbers', () => {
  it('accept letters and digits only, 5 to 20 of them', () => {
    expect(isDocumentNumber('E12345678')).toBe(true);
    expect(isDocumentNumber('E1234 5678')).toBe(false);
    expect(isDocumentNumber('1234')).toBe(false);
  });
});
