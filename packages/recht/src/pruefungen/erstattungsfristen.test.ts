// Eigenschaften von § 111 und § 113 SGB X (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Tag, datum, isoDatum, plusTage } from '../kalender/datum.ts';
import { feiertagskalender, laender } from '../kalender/feiertage.ts';
import { istProblem, pruefe } from '../index.ts';
import {
  type Ausschlussfrist,
  type ErstattungsfristenErgebnis,
  ausschlussfristAusText,
  ausschlussfristFuer,
  berechneFristenMasse,
  fristenPuffer,
  gewahrt,
  laeuftNoch,
  leistungsrechte,
} from './erstattungsfristen.ts';

const tagArb = fc.integer({ min: datum('2005-01-01'), max: datum('2035-12-31') }).map((n) => n as Tag);
const landArb = fc.constantFrom(...laender);

describe('§ 111 SGB X', () => {
  it('eine spätere Geltendmachung macht einen ausgeschlossenen Zeitraum nie rechtzeitig', () => {
    fc.assert(
      fc.property(
        tagArb,
        fc.option(tagArb, { nil: undefined }),
        tagArb,
        fc.integer({ min: 0, max: 2000 }),
        landArb,
        (bis, kenntnis, geltend, spaeter, land) => {
          const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
          ausschlussfristFuer(bis, kenntnis, feiertagskalender(land), a);
          const frueh = gewahrt(a.ende, geltend, geltend);
          const spaet = gewahrt(a.ende, plusTage(geltend, spaeter), plusTage(geltend, spaeter));
          if (frueh === false) expect(spaet).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('das Ende liegt zwölf Monate nach dem Fristbeginn, nie vor dem letzten Tag oder der Kenntnis', () => {
    fc.assert(
      fc.property(tagArb, fc.option(tagArb, { nil: undefined }), landArb, (bis, kenntnis, land) => {
        const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
        ausschlussfristFuer(bis, kenntnis, feiertagskalender(land), a);
        expect(a.fristbeginn).toBeGreaterThanOrEqual(bis);
        if (kenntnis !== undefined) expect(a.fristbeginn).toBeGreaterThanOrEqual(kenntnis);
        expect(a.nominalesEnde - a.fristbeginn).toBeGreaterThanOrEqual(365);
        expect(a.nominalesEnde - a.fristbeginn).toBeLessThanOrEqual(366);
        expect(a.ende).toBeGreaterThanOrEqual(a.nominalesEnde);
      }),
      { numRuns: 3000 },
    );
  });

  it('der schnelle Textpfad rechnet wie der allgemeine', () => {
    fc.assert(
      fc.property(tagArb, fc.option(tagArb, { nil: undefined }), landArb, (bis, kenntnis, land) => {
        const k = feiertagskalender(land);
        const a: Ausschlussfrist = { fristbeginn: 0 as Tag, nominalesEnde: 0 as Tag, ende: 0 as Tag };
        const b: Ausschlussfrist = { ...a };
        ausschlussfristFuer(bis, kenntnis, k, a);
        expect(ausschlussfristAusText(isoDatum(bis), kenntnis, k, b)).toBe(true);
        expect(b).toEqual(a);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('§ 113 SGB X', () => {
  it('Hemmungen verlängern die Verjährung, nie verkürzen sie; ein späterer Stichtag hebt die Verjährung nie auf', () => {
    fc.assert(
      fc.property(
        tagArb,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3000 }),
        landArb,
        (kenntnis, klageNach, dauer, stichtagNach, land) => {
          const basis = {
            art: 'erstattungsfristen',
            leistungszeitraeume: [{ von: isoDatum(plusTage(kenntnis, -30)), bis: isoDatum(kenntnis) }],
            kenntnisEntscheidung: isoDatum(kenntnis),
            landVerpflichteter: land,
            stichtag: isoDatum(plusTage(kenntnis, stichtagNach)),
          };
          const ohne = pruefe(basis);
          const von = plusTage(kenntnis, klageNach);
          const mit = pruefe({ ...basis, hemmungen: [{ art: 'verhandlungen', von: isoDatum(von), bis: isoDatum(plusTage(von, dauer)) }] });
          const spaeter = pruefe({ ...basis, stichtag: isoDatum(plusTage(kenntnis, stichtagNach + 500)) });
          if (istProblem(ohne) || istProblem(mit) || istProblem(spaeter)) throw new Error('unerwartetes Problem');
          const vo = (ohne.ergebnis as { verjaehrung: { ende: string; verjaehrt: boolean } }).verjaehrung;
          const vm = (mit.ergebnis as { verjaehrung: { ende: string; verjaehrt: boolean } }).verjaehrung;
          const vs = (spaeter.ergebnis as { verjaehrung: { verjaehrt: boolean } }).verjaehrung;
          expect(vm.ende >= vo.ende).toBe(true);
          if (vo.verjaehrt) expect(vs.verjaehrt).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('§ 111 SGB X je Leistungsfall', () => {
  it('in der Eingliederungshilfe endet die Frist nie vor der eines einzelnen Zeitraums, und eine laufende Maßnahme schließt nichts aus', () => {
    fc.assert(
      fc.property(
        tagArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.boolean(),
        landArb,
        (start, anzahl, stichtagNach, laeuft, land) => {
          const zeitraeume = Array.from({ length: anzahl }, (_, i) => ({
            von: isoDatum(plusTage(start, 30 * i)),
            bis: isoDatum(plusTage(start, 30 * i + 29)),
            betragCent: 1000,
            massnahme: 'M',
          }));
          const basis = {
            art: 'erstattungsfristen',
            leistungszeitraeume: zeitraeume,
            landVerpflichteter: land,
            stichtag: isoDatum(plusTage(start, stichtagNach)),
          };
          const egh = pruefe({ ...basis, ...(laeuft ? { massnahmen: [{ massnahme: 'M', laeuft: true }] } : {}) });
          const einzeln = pruefe({ ...basis, leistungsrecht: 'sozialhilfe' });
          if (istProblem(egh) || istProblem(einzeln)) throw new Error('unerwartetes Problem');
          const e = egh.ergebnis as ErstattungsfristenErgebnis;
          const s = einzeln.ergebnis as ErstattungsfristenErgebnis;
          expect(e.betragAusgeschlossenCent).toBeLessThanOrEqual(s.betragAusgeschlossenCent);
          if (laeuft) expect(e.betragAusgeschlossenCent).toBe(0);
          e.ausschlussfrist.forEach((z, i) => {
            const einzel = s.ausschlussfrist[i]?.ende as string;
            if (z.ende !== null) expect(z.ende >= einzel).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Massenberechnung', () => {
  it('liefert dieselben Fristenden und denselben Stand wie pruefe()', () => {
    const puffer = fristenPuffer(12);
    fc.assert(
      fc.property(
        tagArb,
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: -400, max: 800 }), { nil: undefined }),
        fc.option(fc.integer({ min: -400, max: 800 }), { nil: undefined }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined })), {
          nil: undefined,
        }),
        fc.integer({ min: 0, max: 3000 }),
        landArb,
        fc.constantFrom(...leistungsrechte),
        fc.array(fc.constantFrom('A', 'B', undefined), { minLength: 12, maxLength: 12 }),
        fc.option(fc.oneof(fc.constant('laeuft' as const), fc.integer({ min: 0, max: 800 })), { nil: undefined }),
        (start, anzahl, kenntnisNach, geltendNach, klage, stichtagNach, land, recht, namen, angabeA) => {
          const zeitraeume = Array.from({ length: anzahl }, (_, i) => ({
            von: isoDatum(plusTage(start, 30 * i)),
            bis: isoDatum(plusTage(start, 30 * i + 29)),
            ...(namen[i] === undefined ? {} : { massnahme: namen[i] }),
          }));
          const letzterA = zeitraeume.filter((z) => z.massnahme === 'A').reduce((x, z) => (z.bis > x ? z.bis : x), '');
          const massnahmen =
            angabeA === undefined || !letzterA
              ? undefined
              : [
                  angabeA === 'laeuft'
                    ? { massnahme: 'A', laeuft: true }
                    : { massnahme: 'A', beendet: isoDatum(plusTage(datum(letzterA), angabeA)) },
                ];
          const eingabe = {
            leistungszeitraeume: zeitraeume,
            leistungsrecht: recht,
            ...(massnahmen ? { massnahmen } : {}),
            landVerpflichteter: land,
            stichtag: isoDatum(plusTage(start, stichtagNach)),
            ...(kenntnisNach === undefined ? {} : { kenntnisEntscheidung: isoDatum(plusTage(start, kenntnisNach)) }),
            ...(geltendNach === undefined ? {} : { geltendmachung: isoDatum(plusTage(start, geltendNach)) }),
            ...(klage === undefined
              ? {}
              : {
                  hemmungen: [
                    {
                      art: 'klage' as const,
                      von: isoDatum(plusTage(start, klage[0])),
                      ...(klage[1] === undefined ? {} : { rechtskraft: isoDatum(plusTage(start, klage[0] + klage[1])) }),
                    },
                  ],
                }),
          };
          const r = pruefe({ art: 'erstattungsfristen', ...eingabe });
          if (istProblem(r)) throw new Error(JSON.stringify(r.fehler));
          const erg = r.ergebnis as ErstattungsfristenErgebnis;
          berechneFristenMasse(eingabe, puffer);
          erg.ausschlussfrist.forEach((z, i) => {
            if (z.ende === null) expect(puffer.ende[i]).toBe(laeuftNoch);
            else expect(isoDatum(puffer.ende[i] as Tag)).toBe(z.ende);
            expect(puffer.gewahrt[i]).toBe(z.gewahrt === null ? -1 : z.gewahrt ? 1 : 0);
          });
          expect(puffer.verjaehrt).toBe(erg.verjaehrung.verjaehrt);
          if (erg.verjaehrung.ende !== null) expect(isoDatum(puffer.verjaehrungEnde as Tag)).toBe(erg.verjaehrung.ende);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
