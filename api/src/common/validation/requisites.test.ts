import { describe, expect, it } from 'vitest';
import {
  generateInn10,
  generateInn12,
  generateKpp,
  generateOgrn,
  generateOgrnip,
  innError,
  isValidInn,
  isValidKpp,
  isValidOgrn,
  kppError,
  ogrnError,
} from './requisites';

/** A fixed linear congruential sequence: generator tests must not depend on the seed module. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

describe('INN', () => {
  it.each([
    ['7707083893', 'Sberbank'],
    ['7736207543', 'Yandex'],
    ['7736050003', 'Gazprom'],
    ['7708004767', 'Lukoil'],
    ['500100732259', 'an individual'],
  ])('%s (%s) is valid', (inn) => {
    expect(innError(inn)).toBeNull();
    expect(isValidInn(inn)).toBe(true);
  });

  it.each([
    ['7707083894', 'checksum does not match'],
    ['7736207534', 'checksum does not match'],
    ['500100732258', 'checksum does not match'],
    ['500100732269', 'checksum does not match'],
    ['0000000000', 'region code 00 does not exist'],
    ['000000000000', 'region code 00 does not exist'],
    ['770708389', 'must be 10 or 12 digits'],
    ['77070838931', 'must be 10 or 12 digits'],
    ['7707 083893', 'must be 10 or 12 digits'],
    ['77070838ab', 'must be 10 or 12 digits'],
    ['', 'must be 10 or 12 digits'],
  ])('%j is invalid: %s', (inn, reason) => {
    expect(innError(inn)).toBe(reason);
    expect(isValidInn(inn)).toBe(false);
  });
});

describe('KPP', () => {
  it.each(['773601001', '770401001', '7736AB001', '667043001'])('%s is valid', (kpp) => {
    expect(kppError(kpp)).toBeNull();
    expect(isValidKpp(kpp)).toBe(true);
  });

  it.each([
    ['77360100', 'must be 9 characters'],
    ['7736010010', 'must be 9 characters'],
    ['7736ab001', 'must be 4 digits, 2 digits or capital Latin letters, 3 digits'],
    ['7736АБ001', 'must be 4 digits, 2 digits or capital Latin letters, 3 digits'],
    ['77A601001', 'must be 4 digits, 2 digits or capital Latin letters, 3 digits'],
    ['77360100A', 'must be 4 digits, 2 digits or capital Latin letters, 3 digits'],
  ])('%j is invalid: %s', (kpp, reason) => {
    expect(kppError(kpp)).toBe(reason);
    expect(isValidKpp(kpp)).toBe(false);
  });
});

describe('OGRN', () => {
  it.each([
    ['1027700132195', 'Sberbank'],
    ['1027700229193', 'Yandex'],
    ['1027700070518', 'Gazprom'],
    ['304500116000157', 'an individual entrepreneur'],
  ])('%s (%s) is valid', (ogrn) => {
    expect(ogrnError(ogrn)).toBeNull();
    expect(isValidOgrn(ogrn)).toBe(true);
  });

  it.each([
    ['1027700132196', 'checksum does not match'],
    ['304500116000158', 'checksum does not match'],
    ['102770013219', 'must be 13 or 15 digits'],
    ['10277001321950', 'must be 13 or 15 digits'],
    ['1027700-32195', 'must be 13 or 15 digits'],
  ])('%j is invalid: %s', (ogrn, reason) => {
    expect(ogrnError(ogrn)).toBe(reason);
    expect(isValidOgrn(ogrn)).toBe(false);
  });
});

describe('generators', () => {
  const rng = lcg(20241124);
  const samples = 500;

  it('make valid INNs, KPPs and OGRNs', () => {
    for (let i = 0; i < samples; i += 1) {
      const inn10 = generateInn10(rng);
      const inn12 = generateInn12(rng);
      const ogrn = generateOgrn(rng);
      const ogrnip = generateOgrnip(rng);
      expect([inn10, innError(inn10)]).toEqual([expect.stringMatching(/^\d{10}$/), null]);
      expect([inn12, innError(inn12)]).toEqual([expect.stringMatching(/^\d{12}$/), null]);
      expect([ogrn, ogrnError(ogrn)]).toEqual([expect.stringMatching(/^1\d{12}$/), null]);
      expect([ogrnip, ogrnError(ogrnip)]).toEqual([expect.stringMatching(/^3\d{14}$/), null]);
      expect(isValidKpp(generateKpp(rng))).toBe(true);
    }
  });

  it('keep the given region and tax office codes', () => {
    expect(generateInn10(rng, '6670')).toMatch(/^6670\d{6}$/);
    expect(generateInn12(rng, '72')).toMatch(/^72\d{10}$/);
    expect(generateKpp(rng, '6670')).toMatch(/^667001\d{3}$/);
    expect(generateOgrn(rng, '23')).toMatch(/^1\d\d23\d{8}$/);
    expect(generateOgrnip(rng, '66')).toMatch(/^3\d\d66\d{10}$/);
  });

  it('are deterministic for the same random sequence', () => {
    const a = lcg(7);
    const b = lcg(7);
    expect([generateInn10(a), generateInn12(a), generateOgrn(a)]).toEqual([generateInn10(b), generateInn12(b), generateOgrn(b)]);
  });

  it('reject a malformed prefix', () => {
    expect(() => generateInn10(rng, '6')).toThrow(RangeError);
    expect(() => generateInn10(rng, '00')).toThrow(RangeError);
    expect(() => generateKpp(rng, '66')).toThrow(RangeError);
  });
});
