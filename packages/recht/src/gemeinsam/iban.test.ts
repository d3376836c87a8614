// IBAN-Prüfziffern nach ISO 13616 (MOD 97-10): gültige Beispiel-IBANs, vertauschte Ziffern und
// falsche Prüfziffern.
import { describe, expect, it } from 'vitest';
import { pruefeIban } from './iban.ts';

describe('pruefeIban', () => {
  it('nimmt gültige IBANs an, auch in Papierform mit Leerzeichen und kleingeschrieben', () => {
    expect(pruefeIban('DE89370400440532013000')).toBe(true);
    expect(pruefeIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(pruefeIban('de89370400440532013000')).toBe(true);
    expect(pruefeIban('GB82WEST12345698765432')).toBe(true);
    expect(pruefeIban('AT611904300234573201')).toBe(true);
  });

  it('lehnt falsche Prüfziffern, vertauschte Ziffern und falsche Formen ab', () => {
    expect(pruefeIban('DE00123456781234567890')).toBe(false);
    expect(pruefeIban('DE88370400440532013000')).toBe(false);
    expect(pruefeIban('DE89370400440532031000')).toBe(false);
    expect(pruefeIban('DE8937040044')).toBe(false);
    expect(pruefeIban('')).toBe(false);
    expect(pruefeIban('8937040044053201300000')).toBe(false);
  });
});
