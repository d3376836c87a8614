import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pruefeIban } from './iban.ts';

describe('IBAN (ISO 13616, Mod 97)', () => {
  it('erkennt gültige IBAN, auch in Viererblöcken und klein geschrieben', () => {
    expect(pruefeIban('DE89370400440532013000')).toBe(true);
    expect(pruefeIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(pruefeIban('de89370400440532013000')).toBe(true);
    expect(pruefeIban('GB82WEST12345698765432')).toBe(true);
    expect(pruefeIban('AT611904300234573201')).toBe(true);
  });

  it('weist falsche Prüfziffern, vertauschte Ziffern und falsche Formate zurück', () => {
    expect(pruefeIban('DE88370400440532013000')).toBe(false);
    expect(pruefeIban('DE89370400440532013001')).toBe(false);
    expect(pruefeIban('DE89370400440532031000')).toBe(false);
    expect(pruefeIban('')).toBe(false);
    expect(pruefeIban('DE89')).toBe(false);
    expect(pruefeIban('8937040044053201300DE0')).toBe(false);
  });

  it('jede einzelne geänderte Ziffer einer gültigen IBAN fällt auf', () => {
    const gueltig = 'DE89370400440532013000';
    fc.assert(
      fc.property(fc.integer({ min: 2, max: gueltig.length - 1 }), fc.integer({ min: 1, max: 9 }), (stelle, plus) => {
        const z = (Number(gueltig[stelle]) + plus) % 10;
        const falsch = `${gueltig.slice(0, stelle)}${z}${gueltig.slice(stelle + 1)}`;
        expect(pruefeIban(falsch)).toBe(false);
      }),
    );
  });
});
