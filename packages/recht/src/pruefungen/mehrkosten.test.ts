// Eigenschaften des Mehrkostenvergleichs, die für beliebige Eingaben gelten müssen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../index.ts';
import { type MehrkostenErgebnis, mehrkosten } from './mehrkosten.ts';

function rechne(eingabe: unknown): Ergebnis<string, MehrkostenErgebnis> {
  const r = pruefe(eingabe);
  if (istProblem(r)) throw new Error(JSON.stringify(r.fehler));
  return r as Ergebnis<string, MehrkostenErgebnis>;
}

const postenArb = fc.record({
  bezeichnung: fc.constantFrom('Wohnen', 'Werkstatt', 'Fahrtkosten', 'Assistenz'),
  betragCent: fc.integer({ min: 0, max: 2_000_000 }),
  je: fc.constantFrom('tag' as const, 'monat' as const),
});

const alternativeArb = (i: number) =>
  fc.record({
    bezeichnung: fc.constant(`Alternative ${i}`),
    posten: fc.array(postenArb, { minLength: 1, maxLength: 3 }),
    vereinbarungKapitel8: fc.boolean(),
    zumutbar: fc.boolean(),
    bedarfsdeckend: fc.boolean(),
    deutlichBesserGeeignet: fc.boolean(),
  });

const eingabeArb = fc.record({
  art: fc.constant('mehrkosten'),
  stichtag: fc.constantFrom('2015-06-01', '2019-12-31', '2020-01-01', '2025-03-01'),
  gewuenscht: fc.record({ bezeichnung: fc.constant('Wunsch'), posten: fc.array(postenArb, { minLength: 1, maxLength: 3 }) }),
  alternativen: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => alternativeArb(i)))),
  tageProMonat: fc.constantFrom(28, 30, 30.42, 31),
  wohnenAusserhalbBesondererWohnform: fc.boolean(),
});

describe('mehrkosten', () => {
  it('das Beispiel der Prüfungsart ist eine gültige Eingabe', () => {
    expect(istProblem(pruefe(mehrkosten.beispiel))).toBe(false);
  });

  it('entscheidet nie nach Prozent: Mehrkosten führen immer zur Abwägung, sonst ist dem Wunsch zu entsprechen', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = rechne(e).ergebnis;
        if (!r.vergleichZulaessig) {
          expect(r.ergebnis).toBe('wunschZuEntsprechen');
          expect(r.mehrkostenProzent).toBeNull();
          expect(r.referenzen).toEqual([]);
        } else if ((r.mehrkostenCentProMonat ?? 0) > 0) expect(r.ergebnis).toBe('abwaegungErforderlich');
        else if ((r.mehrkostenCentProMonat ?? 0) < 0) expect(r.ergebnis).toBe('wunschZuEntsprechen');
      }),
      { numRuns: 300 },
    );
  });

  it('wählt als Vergleichsangebot die günstigste zumutbare, bedarfsdeckende Alternative (ab 2020 mit Vereinbarung nach Kapitel 8)', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = rechne(e).ergebnis;
        const neu = e.stichtag >= '2020-01-01';
        const zulaessig = r.alternativen.filter((_, i) => {
          const a = e.alternativen[i];
          return a !== undefined && a.zumutbar && a.bedarfsdeckend && (!neu || a.vereinbarungKapitel8);
        });
        if (zulaessig.length === 0) {
          expect(r.vergleichsangebot).toBeNull();
          return;
        }
        const min = Math.min(...zulaessig.map((a) => a.kostenCentProMonat));
        const gewaehlt = r.alternativen.find((a) => a.bezeichnung === r.vergleichsangebot);
        // Gerundete Monatskosten können bei Bruchteilen von Tagen um einen Cent vom Minimum abweichen.
        expect(Math.abs((gewaehlt?.kostenCentProMonat ?? Number.NaN) - min)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('der Prozentsatz hängt bei reinen Tagessätzen nicht von der Zahl der Tage je Monat ab', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(28, 30, 30.42, 31),
        (w, v, tage) => {
          const eingabe = (t: number) => ({
            art: 'mehrkosten',
            stichtag: '2025-03-01',
            tageProMonat: t,
            gewuenscht: { bezeichnung: 'W', posten: [{ bezeichnung: 'Wohnen', betragCent: w, je: 'tag' }] },
            alternativen: [
              {
                bezeichnung: 'A',
                posten: [{ bezeichnung: 'Wohnen', betragCent: v, je: 'tag' }],
                vereinbarungKapitel8: true,
                zumutbar: true,
                bedarfsdeckend: true,
              },
            ],
          });
          expect(rechne(eingabe(tage)).ergebnis.mehrkostenProzent).toBe(rechne(eingabe(30)).ergebnis.mehrkostenProzent);
        },
      ),
    );
  });

  it('rundet den Prozentsatz kaufmännisch auf zwei Stellen (exakt mit ganzen Zahlen nachgerechnet)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (w, v) => {
        const r = rechne({
          art: 'mehrkosten',
          stichtag: '2025-03-01',
          gewuenscht: { bezeichnung: 'W', posten: [{ bezeichnung: 'Wohnen', betragCent: w, je: 'monat' }] },
          alternativen: [
            {
              bezeichnung: 'A',
              posten: [{ bezeichnung: 'Wohnen', betragCent: v, je: 'monat' }],
              vereinbarungKapitel8: true,
              zumutbar: true,
              bedarfsdeckend: true,
            },
          ],
        }).ergebnis;
        // Hundertstelprozent = (w − v) · 10000 / v, half up vom Betrag her, in BigInt.
        const d = BigInt(Math.abs(w - v)) * 10000n;
        const hundertstel = (2n * d + BigInt(v)) / (2n * BigInt(v));
        expect(r.mehrkostenProzent).toBe(hundertstel === 0n ? 0 : (w < v ? -1 : 1) * (Number(hundertstel) / 100));
      }),
      { numRuns: 500 },
    );
  });

  it('gibt nie „unter 20 % nie unangemessen“ als Regel aus (recht.md §6.3)', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = rechne(e);
        const texte = [...r.begruendung.map((b) => b.text), ...r.hinweise.map((h) => h.text)].join(' ');
        expect(texte).not.toMatch(/nie unangemessen|niemals unangemessen|nie unverhältnismäßig|never unreasonable/i);
      }),
      { numRuns: 200 },
    );
  });
});
