// Eigenschaften der Verzinsung nach § 108 Abs. 2 SGB X (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../index.ts';
import { type Tag, datum, isoDatum, plusTage } from '../kalender/datum.ts';
import { type ZinsenEingabe, type ZinsenErgebnis, zinsenInCent } from './zinsen.ts';

const tagArb = fc.integer({ min: datum('2005-01-01'), max: datum('2035-12-31') }).map((n) => n as Tag);

function rechne(e: Omit<ZinsenEingabe, 'art'>): ZinsenErgebnis {
  const r = pruefe({ art: 'zinsen', ...e });
  if (istProblem(r)) throw new Error(JSON.stringify(r.fehler));
  return (r as Ergebnis<string, ZinsenErgebnis>).ergebnis;
}

describe('§ 108 Abs. 2 SGB X i.V.m. § 44 Abs. 3 SGB I', () => {
  it('4 % für n Monate zu 30 Tagen sind Basis × n / 3 Cent, einmal kaufmännisch gerundet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 600 }), (basis, monate) => {
        expect(zinsenInCent(basis, 4, monate)).toBe(Math.floor((basis * monate) / 3 + 0.5));
      }),
    );
    expect(zinsenInCent(12345, 4, 5)).toBe(20575);
    expect(zinsenInCent(100_000_000_000, 4, 108_000)).toBe(3_600_000_000_000_000);
  });

  it('Zinsbeginn ist ein Monatserster nach dem Eingangsmonat; die andere Lesart zählt genau einen Monat weniger', () => {
    fc.assert(
      fc.property(
        tagArb,
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: -60, max: 900 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (leistungsantrag, nach, zahlungNach, forderung) => {
          const erstattungsantrag = plusTage(leistungsantrag, nach);
          const r = rechne({
            forderungCent: forderung,
            glaeubigerArt: 'egh',
            schuldnerArt: 'rentenversicherung',
            eingangLeistungsantrag: isoDatum(leistungsantrag),
            eingangErstattungsantrag: isoDatum(erstattungsantrag),
            zahlung: isoDatum(plusTage(erstattungsantrag, zahlungNach)),
            zinsantrag: true,
          });
          expect(r.zinspflichtig).toBe(true);
          expect(r.zinsbeginn?.endsWith('-01')).toBe(true);
          expect((r.zinsbeginn ?? '') > isoDatum(erstattungsantrag)).toBe(true);
          expect(r.alternativ.zinsmonate).toBe(Math.max(0, r.zinsmonate - 1));
          expect(r.zinsenCent).toBe(zinsenInCent(Math.floor(forderung / 100), 4, r.zinsmonate));
          expect(r.zinstage).toBe(r.zinsmonate * 30);
          if (r.zinsmonate > 0)
            expect((r.zinsende ?? '') < isoDatum(plusTage(erstattungsantrag, zahlungNach)).slice(0, 8) + '01').toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('eine spätere Zahlung ergibt nie weniger Zinsen', () => {
    fc.assert(
      fc.property(
        tagArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 120 }),
        (antrag, nach, zahlungNach, spaeter) => {
          const e = (zahlung: Tag) =>
            rechne({
              forderungCent: 500_000,
              glaeubigerArt: 'jugendhilfe',
              schuldnerArt: 'krankenkasse',
              eingangLeistungsantrag: isoDatum(antrag),
              eingangErstattungsantrag: isoDatum(plusTage(antrag, nach)),
              zahlung: isoDatum(zahlung),
              zinsantrag: true,
            }).zinsenCent;
          const z = plusTage(antrag, nach + zahlungNach);
          expect(e(plusTage(z, spaeter))).toBeGreaterThanOrEqual(e(z));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('unter den begünstigten Trägern selbst gibt es keine Zinsen', () => {
    for (const schuldner of ['egh', 'sozialhilfe', 'jugendhilfe', 'kriegsopferfuersorge'] as const) {
      const r = rechne({
        forderungCent: 1_000_000,
        glaeubigerArt: 'egh',
        schuldnerArt: schuldner,
        eingangLeistungsantrag: '2023-01-10',
        eingangErstattungsantrag: '2024-08-15',
        zahlung: '2025-02-20',
        zinsantrag: true,
      });
      expect(r.zinspflichtig).toBe(false);
      expect(r.zinsenCent).toBe(0);
    }
  });
});
