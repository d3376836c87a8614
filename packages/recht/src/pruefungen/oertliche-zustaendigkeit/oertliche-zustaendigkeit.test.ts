// Eigenschaften der Prüfung `oertlicheZustaendigkeit`, die über einzelne Szenarien hinausgehen:
// Robustheit bei beliebigen Eingaben, Fortdauer (§ 98 Abs. 1 Satz 3 SGB IX), die Sechs-Monats-Grenze
// (Satz 4), das Zwei-Monats-Fenster (Satz 1 Alt. 2) und der BSG-Test zum betreuten Wohnen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem } from '../../gemeinsam/ergebnis.ts';
import { rundeProzent } from '../../gemeinsam/geld.ts';
import { type Tag, datum, isoDatum, plusMonate, plusTage } from '../../kalender/datum.ts';
import { pruefe } from '../../pruefe.ts';
import type { OertlicheZustaendigkeitErgebnis } from './index.ts';

type Ergebnisse = Ergebnis<string, OertlicheZustaendigkeitErgebnis>;

function ergebnis(eingabe: unknown): Ergebnisse {
  const r = pruefe(eingabe);
  if (istProblem(r)) throw new Error(`Unerwartetes Problem: ${JSON.stringify(r.fehler)}`);
  return r as Ergebnisse;
}

const tagArb = (von: string, bis: string) => fc.integer({ min: datum(von), max: datum(bis) }).map((n) => n as Tag);
const iso = (t: Tag) => isoDatum(t);
const gebiete = ['A', 'B', 'C', 'D'] as const;

const aufenthaltArb = fc
  .record({
    von: tagArb('2005-01-01', '2026-12-31'),
    dauer: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    gebiet: fc.constantFrom(...gebiete),
    art: fc.constantFrom('gewoehnlich', 'voruebergehend', 'stationaer', 'haft'),
  })
  .map((a) => ({
    von: iso(a.von),
    ...(a.dauer !== undefined ? { bis: iso(plusTage(a.von, a.dauer)) } : {}),
    gebiet: a.gebiet,
    art: a.art,
  }));

const leistungArb = fc
  .record({
    von: tagArb('2005-01-01', '2026-12-31'),
    dauer: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    form: fc.constantFrom('ambulant', 'tagUndNacht', 'betreutesWohnen', 'stationaer'),
    traeger: fc.option(fc.constantFrom(...gebiete), { nil: undefined }),
  })
  .map((l) => ({
    von: iso(l.von),
    ...(l.dauer !== undefined ? { bis: iso(plusTage(l.von, l.dauer)) } : {}),
    form: l.form,
    ...(l.traeger ? { traeger: l.traeger } : {}),
  }));

const eingabeArb = fc.record(
  {
    art: fc.constant('oertlicheZustaendigkeit'),
    stichtag: tagArb('2005-01-01', '2027-12-31').map(iso),
    aufenthalte: fc.array(aufenthaltArb, { maxLength: 8 }),
    leistungen: fc.array(leistungArb, { maxLength: 6 }),
    antraege: fc.array(fc.record({ datum: tagArb('2005-01-01', '2027-12-31').map(iso), traeger: fc.constantFrom(...gebiete) }), {
      maxLength: 3,
    }),
    unterbrechungen: fc.array(
      fc
        .record({
          von: tagArb('2005-01-01', '2026-12-31'),
          dauer: fc.integer({ min: 0, max: 400 }),
          grund: fc.constantFrom('krankenhaus', 'reha', 'sonstig'),
        })
        .map((u) => ({ von: iso(u.von), bis: iso(plusTage(u.von, u.dauer)), grund: u.grund })),
      { maxLength: 3 },
    ),
    geburt: fc.record({ datum: tagArb('2005-01-01', '2026-12-31').map(iso), gebietMutter: fc.constantFrom(...gebiete) }),
    betreuungsanteile: fc.record({
      teilhabe: fc.integer({ min: 0, max: 480 }),
      pflege: fc.integer({ min: 0, max: 480 }),
      sonstige: fc.integer({ min: 1, max: 480 }),
    }),
    gewoehnlicherAufenthaltUngeklaert: fc.boolean(),
    eilfall: fc.boolean(),
    tatsaechlicherAufenthalt: fc.constantFrom(...gebiete),
    sachlich: fc.record({ land: fc.constantFrom('BY', 'BB', 'NW'), hilfeZurPflege: fc.boolean() }),
  },
  { requiredKeys: ['art', 'stichtag', 'aufenthalte'] },
);

describe('oertlicheZustaendigkeit – Robustheit', () => {
  it('jede gültige Eingabe ergibt ein Ergebnis oder ein Eingabeproblem, nie einen internen Fehler', () => {
    fc.assert(
      fc.property(eingabeArb, (e) => {
        const r = pruefe(e);
        if (istProblem(r)) {
          expect(r.status).toBe(400);
          for (const f of r.fehler) expect(f.pfad.startsWith('/')).toBe(true);
          return;
        }
        const x = r.ergebnis as OertlicheZustaendigkeitErgebnis;
        expect(x.traeger.length).toBeGreaterThan(0);
        expect(['SGB IX', 'SGB XII']).toContain(x.recht);
        // Die tragende Norm steht in der Begründung.
        expect(r.begruendung.some((s) => s.norm.includes(x.grundlage))).toBe(true);
        // Keine technischen Reste in den Texten (Platzhalter, ISO-Daten, Sentinel-Tage).
        for (const s of [...r.begruendung, ...r.hinweise]) {
          expect(s.text).not.toMatch(/undefined|NaN|\b\d{4}-\d{2}-\d{2}\b|99999/);
        }
        if (x.teilhabeAnteilProzent !== null) {
          expect(x.teilhabeAnteilProzent).toBeGreaterThanOrEqual(0);
          expect(x.teilhabeAnteilProzent).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('bleibt bei den Höchstmengen der Listen schnell', () => {
    const aufenthalte = Array.from({ length: 200 }, (_, i) => ({
      von: iso(plusTage(datum('2010-01-01'), i * 30)),
      bis: iso(plusTage(datum('2010-01-01'), i * 30 + 29)),
      gebiet: gebiete[i % 4] as string,
      art: i % 5 === 0 ? 'stationaer' : 'gewoehnlich',
    }));
    const leistungen = Array.from({ length: 200 }, (_, i) => ({
      von: iso(plusTage(datum('2010-01-01'), i * 30)),
      bis: iso(plusTage(datum('2010-01-01'), i * 30 + 20)),
      form: i % 7 === 0 ? 'tagUndNacht' : 'ambulant',
    }));
    const beginn = performance.now();
    const r = pruefe({ art: 'oertlicheZustaendigkeit', stichtag: '2026-06-01', aufenthalte, leistungen });
    expect(performance.now() - beginn).toBeLessThan(2000);
    expect(istProblem(r)).toBe(false);
  });
});

describe('§ 98 Abs. 1 Satz 3 SGB IX – Fortdauer', () => {
  it('ein Umzug nach dem ersten Antrag ändert bei laufendem Bezug nichts', () => {
    fc.assert(
      fc.property(
        tagArb('2020-02-01', '2024-12-31'),
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 0, max: 400 }),
        (antrag, umzugNach, stichtagNach) => {
          const umzug = plusTage(antrag, umzugNach);
          const r = ergebnis({
            art: 'oertlicheZustaendigkeit',
            stichtag: iso(plusTage(umzug, stichtagNach)),
            aufenthalte: [
              { von: '2015-01-01', bis: iso(plusTage(umzug, -1)), gebiet: 'A', art: 'gewoehnlich' },
              { von: iso(umzug), gebiet: 'B', art: 'gewoehnlich' },
            ],
            leistungen: [{ von: iso(antrag), form: 'ambulant' }],
            antraege: [{ datum: iso(antrag) }],
          });
          expect(r.ergebnis.traeger).toBe('A');
          expect(r.ergebnis.vorlaeufig).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('§ 98 Abs. 1 Satz 4 SGB IX – sechs Monate ohne Leistungen', () => {
  const fall = (lueckeVon: Tag, lueckeBis: Tag) =>
    ergebnis({
      art: 'oertlicheZustaendigkeit',
      stichtag: iso(plusTage(lueckeBis, 10)),
      aufenthalte: [
        { von: '2015-01-01', bis: iso(plusTage(lueckeVon, 9)), gebiet: 'A', art: 'gewoehnlich' },
        { von: iso(plusTage(lueckeVon, 10)), gebiet: 'B', art: 'gewoehnlich' },
      ],
      leistungen: [
        { von: '2020-06-01', bis: iso(plusTage(lueckeVon, -1)), form: 'ambulant' },
        { von: iso(plusTage(lueckeBis, 1)), form: 'ambulant' },
      ],
      antraege: [{ datum: '2020-05-15' }],
    });

  it('eine Lücke bis zum Tag vor „sechs Monate später“ beendet den Bezug, einen Tag kürzer nicht', () => {
    fc.assert(
      fc.property(tagArb('2021-01-01', '2025-12-31'), (von) => {
        const grenze = plusTage(plusMonate(von, 6), -1);
        expect(fall(von, grenze).ergebnis.traeger).toBe('B');
        expect(fall(von, plusTage(grenze, -1)).ergebnis.traeger).toBe('A');
      }),
      { numRuns: 150 },
    );
  });

  it('Beispiel aus recht.md: 01.04.–30.09.2022 reicht, 01.04.–29.09.2022 nicht', () => {
    expect(fall(datum('2022-04-01'), datum('2022-09-30')).ergebnis.traeger).toBe('B');
    expect(fall(datum('2022-04-01'), datum('2022-09-29')).ergebnis.traeger).toBe('A');
  });
});

describe('§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX – Zwei-Monats-Fenster', () => {
  it('das Fenster ist [Beginn − 2 Monate, Beginn − 1 Tag]', () => {
    fc.assert(
      fc.property(tagArb('2020-03-01', '2026-12-31'), (beginn) => {
        const r = ergebnis({
          art: 'oertlicheZustaendigkeit',
          stichtag: iso(beginn),
          aufenthalte: [{ von: '2015-01-01', bis: iso(plusTage(beginn, -1)), gebiet: 'A', art: 'gewoehnlich' }],
          leistungen: [{ von: iso(beginn), form: 'tagUndNacht' }],
          antraege: [{ datum: iso(plusTage(beginn, -20)) }],
        });
        expect(r.ergebnis.rueckschau).toEqual({ von: iso(plusMonate(beginn, -2)), bis: iso(plusTage(beginn, -1)) });
        expect(r.ergebnis.traeger).toBe('A');
      }),
      { numRuns: 150 },
    );
  });
});

describe('§ 98 Abs. 5 SGB XII – BSG-Test „Hauptzielrichtung Teilhabe“', () => {
  it('betreutes Wohnen genau dann, wenn die Teilhabe mehr als die Hälfte ausmacht; Anteil kaufmännisch gerundet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 480 }),
        fc.integer({ min: 0, max: 480 }),
        fc.integer({ min: 0, max: 480 }),
        (teilhabe, pflege, sonstige) => {
          fc.pre(teilhabe + pflege + sonstige > 0);
          const r = ergebnis({
            art: 'oertlicheZustaendigkeit',
            stichtag: '2015-06-01',
            aufenthalte: [
              { von: '2000-01-01', bis: '2014-12-31', gebiet: 'P', art: 'gewoehnlich' },
              { von: '2015-01-01', gebiet: 'Q', art: 'gewoehnlich' },
            ],
            leistungen: [{ von: '2015-01-01', form: 'betreutesWohnen' }],
            betreuungsanteile: { teilhabe, pflege, sonstige },
          });
          const gesamt = teilhabe + pflege + sonstige;
          const ueberwiegend = 2 * teilhabe > gesamt;
          expect(r.ergebnis.betreutesWohnen).toBe(ueberwiegend);
          expect(r.ergebnis.traeger).toBe(ueberwiegend ? 'P' : 'Q');
          expect(r.ergebnis.teilhabeAnteilProzent).toBe(rundeProzent((teilhabe * 100) / gesamt));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('SEED-002: 1:39 von 22:30 Std. sind 7,33 %, 6:22 von 22:30 Std. sind 28,30 %', () => {
    const basis = {
      art: 'oertlicheZustaendigkeit',
      stichtag: '2013-10-03',
      aufenthalte: [{ von: '2013-09-20', gebiet: 'bezirk-mittelfranken', art: 'gewoehnlich' }],
      leistungen: [{ von: '2013-09-20', form: 'betreutesWohnen' }],
    };
    const vorlesung = ergebnis({ ...basis, betreuungsanteile: { teilhabe: 99, pflege: 968, sonstige: 283 } });
    const ferien = ergebnis({ ...basis, betreuungsanteile: { teilhabe: 382, pflege: 968, sonstige: 0 } });
    expect(99 + 968 + 283).toBe(22 * 60 + 30);
    expect(382 + 968).toBe(22 * 60 + 30);
    expect(vorlesung.ergebnis).toMatchObject({ teilhabeAnteilProzent: 7.33, pflegeAnteilProzent: 71.7, betreutesWohnen: false });
    expect(ferien.ergebnis).toMatchObject({ teilhabeAnteilProzent: 28.3, pflegeAnteilProzent: 71.7, betreutesWohnen: false });
  });
});

describe('Begründung', () => {
  it('liest sich wie eine Akte: Datum deutsch, Gebiete in Anführungszeichen, tragende Norm zitiert', () => {
    const r = ergebnis({
      art: 'oertlicheZustaendigkeit',
      stichtag: '2023-09-01',
      aufenthalte: [
        { von: '2015-01-01', bis: '2023-07-31', gebiet: 'lk-prignitz', art: 'gewoehnlich' },
        { von: '2023-08-01', gebiet: 'cottbus', art: 'gewoehnlich' },
      ],
      leistungen: [{ von: '2021-06-01', form: 'ambulant', traeger: 'lk-prignitz' }],
      antraege: [{ datum: '2021-05-10', traeger: 'lk-prignitz' }],
    });
    const text = r.begruendung.map((s) => s.text).join(' ');
    expect(text).toContain('10.05.2021');
    expect(text).toContain('„cottbus“');
    expect(r.begruendung.map((s) => s.norm)).toContain('§ 98 Abs. 1 Satz 3 SGB IX');
  });
});
