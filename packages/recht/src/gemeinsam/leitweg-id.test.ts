import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leitwegPruefziffer, pruefeLeitwegId } from './leitweg-id.ts';

describe('Leitweg-ID (ISO 7064 Mod 97-10)', () => {
  it('erkennt die Leitweg-ID des LASV Brandenburg als gültig', () => {
    expect(pruefeLeitwegId('12-121096894459866-05')).toBeUndefined();
  });

  it('weist falsche Prüfziffern und Formate zurück', () => {
    expect(pruefeLeitwegId('12-121096894459866-06')).toMatch(/Prüfziffer/);
    expect(pruefeLeitwegId('12121096894459866')).toMatch(/Keine Leitweg-ID/);
    expect(pruefeLeitwegId('')).toMatch(/Keine Leitweg-ID/);
  });

  it('jede berechnete Prüfziffer ergibt eine gültige ID, jede andere nicht', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2,12}$/), fc.option(fc.stringMatching(/^[0-9A-Z]{1,30}$/), { nil: undefined }), (grob, fein) => {
        const basis = fein ? `${grob}-${fein}` : grob;
        const p = leitwegPruefziffer(basis);
        expect(pruefeLeitwegId(`${basis}-${p}`)).toBeUndefined();
        const falsch = String((Number(p) + 1) % 100).padStart(2, '0');
        expect(pruefeLeitwegId(`${basis}-${falsch}`)).toBeDefined();
      }),
    );
  });
});
