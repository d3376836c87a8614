// Eigenschaften der Verzinsung nach § 108 Abs. 2 SGB X (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../index.ts';
import { type Tag, datum, isoDatum, letzterTagDesMonats, plusTage, tagAus } from '../kalender/datum.ts';
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

  it('Zinsbeginn ist ein Monatserster nach dem vollen Monat nach dem Eingangsmonat; die andere Lesart zählt genau einen Monat mehr', () => {
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
          // Der Eingangsmonat und der volle Monat danach zählen nicht.
          expect((r.zinsbeginn ?? '') > isoDatum(letzterTagDesMonats(plusTage(letzterTagDesMonats(erstattungsantrag), 1)))).toBe(true);
          expect((r.alternativ.zinsbeginn ?? '') < (r.zinsbeginn ?? '')).toBe(true);
          expect(r.zinsmonate).toBe(Math.max(0, r.alternativ.zinsmonate - 1));
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

  describe('Nr. 1 („für die Dauer des Erstattungszeitraumes“, Lesart des Regelwerks, nur mit zinsenNr1)', () => {
    const monatsArb = fc.array(fc.record({ versatz: fc.integer({ min: 0, max: 48 }), cent: fc.integer({ min: 0, max: 5_000_000 }) }), {
      minLength: 1,
      maxLength: 30,
    });
    /** Monatszeiträume ab Januar 2022 (versatz Monate später), je bis zum Monatsletzten. */
    const zeitraeume = (l: { versatz: number; cent: number }[]) =>
      l.map(({ versatz, cent }) => {
        const beginn = tagAus(2022 + Math.floor(versatz / 12), (versatz % 12) + 1, 1);
        return { von: isoDatum(beginn), bis: isoDatum(letzterTagDesMonats(beginn)), betragCent: cent };
      });

    it('ändert Nr. 2 nicht, liegt vor dem ersten Zinsmonat der Nr. 2 und innerhalb des Erstattungszeitraums, und ist nie mehr als die Zinsen der ganzen Summe für diese Monate', () => {
      fc.assert(
        fc.property(monatsArb, fc.integer({ min: 0, max: 900 }), fc.integer({ min: -400, max: 300 }), (l, zahlungNach, antragVersatz) => {
          const z = zeitraeume(l);
          const ende = z.reduce((m, x) => (x.bis > m ? x.bis : m), z[0]?.bis ?? '');
          const erstattungsantrag = plusTage(datum(ende), 10);
          const basis = {
            forderungCent: z.reduce((s, x) => s + x.betragCent, 0),
            glaeubigerArt: 'egh' as const,
            schuldnerArt: 'krankenkasse' as const,
            eingangLeistungsantrag: isoDatum(plusTage(datum('2022-01-01'), antragVersatz)),
            eingangErstattungsantrag: isoDatum(erstattungsantrag),
            zahlung: isoDatum(plusTage(erstattungsantrag, zahlungNach)),
            zinsantrag: true,
          };
          const ohne = rechne(basis);
          const mit = rechne({ ...basis, zinsenNr1: true, leistungszeitraeume: z });
          expect(ohne.zinsenNr1Cent).toBeNull();
          expect({ ...mit, zinsenNr1Cent: null, zinsenNr1Monate: null }).toEqual(ohne);
          const monate = mit.zinsenNr1Monate ?? -1;
          expect(monate).toBeGreaterThanOrEqual(0);
          // Zinsmonate nur nach dem Monat des ersten Leistungsendes und bis zum Monat des letzten.
          const erster = z.reduce((m, x) => (x.bis < m ? x.bis : m), ende);
          const spanne =
            (Number(ende.slice(0, 4)) - Number(erster.slice(0, 4))) * 12 + Number(ende.slice(5, 7)) - Number(erster.slice(5, 7));
          expect(monate).toBeLessThanOrEqual(spanne);
          expect(mit.zinsenNr1Cent ?? -1).toBeLessThanOrEqual(zinsenInCent(Math.floor(basis.forderungCent / 100), 4, monate));
          expect(mit.zinsenNr1Cent ?? -1).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 400 },
      );
    });

    it('ein einziger Zeitraum: kein Zinsmonat (sein Betrag ist erst am Ende des Erstattungszeitraums erbracht)', () => {
      const r = rechne({
        forderungCent: 1_200_000,
        glaeubigerArt: 'egh',
        schuldnerArt: 'krankenkasse',
        eingangLeistungsantrag: '2022-01-10',
        eingangErstattungsantrag: '2024-02-15',
        zahlung: '2024-09-01',
        zinsantrag: true,
        zinsenNr1: true,
        leistungszeitraeume: [{ von: '2023-01-01', bis: '2023-12-31', betragCent: 1_200_000 }],
      });
      expect(r.zinsenNr1Cent).toBe(0);
      expect(r.zinsenNr1Monate).toBe(0);
      // Nr. 2: Eingang Februar, März läuft ab, Zinsen April bis August.
      expect(r.zinsenCent).toBe(zinsenInCent(12_000, 4, 5));
    });

    it('zwei Monate im Abstand von k Monaten: k Zinsmonate auf den ersten Betrag in vollen Euro', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 0, max: 10_000_000 }), (k, cent) => {
          const r = rechne({
            forderungCent: cent + 100,
            glaeubigerArt: 'sozialhilfe',
            schuldnerArt: 'pflegekasse',
            eingangLeistungsantrag: '2020-01-01',
            eingangErstattungsantrag: '2026-01-05',
            zahlung: '2026-01-20',
            zinsantrag: true,
            zinsenNr1: true,
            leistungszeitraeume: zeitraeume([
              { versatz: 0, cent },
              { versatz: k, cent: 100 },
            ]),
          });
          const euro = Math.floor(cent / 100);
          expect(r.zinsenNr1Monate).toBe(euro > 0 ? k : 0);
          expect(r.zinsenNr1Cent).toBe(zinsenInCent(euro, 4, k));
        }),
        { numRuns: 300 },
      );
    });
  });
});
