// Eigenschaften der Prüfung `datenuebermittlung` für beliebige Kombinationen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../index.ts';
import { type Datenart, type DatenuebermittlungErgebnis, datenuebermittlung } from './datenuebermittlung.ts';

const alle: Datenart[] = ['stammdaten', 'gesamtplanziele', 'arztbericht', 'begutachtung', 'einkommen', 'pflegekasseBeteiligen'];

function rechne(eingabe: unknown): Ergebnis<string, DatenuebermittlungErgebnis> {
  const r = pruefe(eingabe);
  if (istProblem(r)) throw new Error(JSON.stringify(r.fehler));
  return r as Ergebnis<string, DatenuebermittlungErgebnis>;
}

const eingabeArb = fc
  .record({
    zweck: fc.constantFrom('amtshilfe' as const, 'erstattung' as const, 'gesamtplankonferenz' as const),
    daten: fc.shuffledSubarray(alle, { minLength: 1 }),
    einwilligung: fc.option(fc.oneof(fc.boolean(), fc.shuffledSubarray(alle)), { nil: undefined }),
    widerspruch: fc.option(fc.boolean(), { nil: undefined }),
  })
  .filter((e) => !(e.widerspruch === true && Array.isArray(e.einwilligung) && e.einwilligung.includes('begutachtung')));

describe('datenuebermittlung', () => {
  it('das Beispiel der Prüfungsart ist eine gültige Eingabe', () => {
    expect(istProblem(pruefe(datenuebermittlung.beispiel))).toBe(false);
  });

  it('entscheidet jede Datenart genau einmal, in der Reihenfolge der Eingabe, mit Norm in der Begründung', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = rechne({ art: 'datenuebermittlung', ...e });
        expect(r.ergebnis.entscheidungen.map((x) => x.daten)).toEqual(e.daten);
        const normen = r.begruendung.map((b) => b.norm);
        for (const x of r.ergebnis.entscheidungen) {
          expect(normen).toContain(x.norm);
          expect(x.zulaessig).toBe(x.grundlage !== null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('die Pflegekasse wird nur mit Zustimmung beteiligt (§ 117 Abs. 3 SGB IX)', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = rechne({ art: 'datenuebermittlung', ...e, daten: ['pflegekasseBeteiligen'] });
        const gedeckt = e.einwilligung === true || (Array.isArray(e.einwilligung) && e.einwilligung.includes('pflegekasseBeteiligen'));
        expect(r.ergebnis.entscheidungen[0]?.zulaessig).toBe(gedeckt);
      }),
    );
  });

  it('ein ärztlicher Behandlungsbericht geht ohne Einwilligung nur im Erstattungsverfahren hinaus (§ 76 SGB X)', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = rechne({ art: 'datenuebermittlung', ...e, daten: ['arztbericht'], einwilligung: undefined });
        expect(r.ergebnis.entscheidungen[0]?.zulaessig).toBe(e.zweck === 'erstattung');
      }),
    );
  });

  it('ohne Zustimmung zur Gesamtplankonferenz ist dort nichts zulässig', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(alle, { minLength: 1 }), (daten) => {
        const r = rechne({ art: 'datenuebermittlung', zweck: 'gesamtplankonferenz', daten, einwilligung: [] });
        expect(r.ergebnis.konferenzZulaessig).toBe(false);
        for (const x of r.ergebnis.entscheidungen) expect(x.zulaessig).toBe(false);
      }),
    );
  });
});
