// Robustheit des Einstiegs: jede Eingabe ergibt ein Ergebnis oder ein Problem, nie eine
// Ausnahme; jedes Schema ist gültig; jedes Beispiel der Hilfe rechnet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kompiliere } from './gemeinsam/validierung.ts';
import { artenNamen, eingabeSchema, istProblem, pruefe, pruefungsarten, schemata } from './index.ts';

describe('pruefe()', () => {
  it('wirft nie, auch nicht bei beliebigem JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (wert) => {
        const r = pruefe(wert);
        expect(istProblem(r) ? r.status : 200).toBeOneOf([200, 400]);
      }),
      { numRuns: 2000 },
    );
  });

  it('wirft nie bei beliebigen Feldern zu jeder Art', () => {
    const feld = fc.oneof(
      fc.jsonValue(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('BB', 'BY', 'NW'),
    );
    for (const art of artenNamen) {
      const beispiel: Record<string, unknown> = { ...pruefungsarten[art].beispiel };
      const felder = Object.keys(beispiel).filter((k) => k !== 'art');
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...felder, 'unbekannt'), feld), (ersatz) => {
          const r = pruefe({ ...beispiel, ...ersatz, art });
          expect(istProblem(r) ? r.status : 200).toBeOneOf([200, 400]);
          if (istProblem(r)) for (const f of r.fehler) expect(f.meldung).toMatch(/\S/);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('meldet ein fehlendes oder unbekanntes `art` mit Pfad /art', () => {
    for (const e of [{}, { art: 'fristen' }, { art: 7 }]) {
      const r = pruefe(e);
      expect(istProblem(r) && r.fehler[0]?.pfad).toBe('/art');
    }
    const r = pruefe([]);
    expect(istProblem(r) && r.fehler[0]?.meldung).toMatch(/JSON-Objekt/);
  });

  it('jedes Beispiel der Hilfe ergibt ein Ergebnis mit Begründung', () => {
    for (const art of artenNamen) {
      const r = pruefe(pruefungsarten[art].beispiel);
      if (istProblem(r)) throw new Error(`${art}: ${JSON.stringify(r.fehler)}`);
      expect(r.art).toBe(art);
      expect(r.begruendung.length).toBeGreaterThan(0);
    }
  });

  it('alle Schemata sind gültig und verbieten unbekannte Felder', () => {
    for (const [art, schema] of Object.entries(schemata())) {
      expect(() => kompiliere(schema), art).not.toThrow();
      expect(schema.additionalProperties, art).toBe(false);
    }
    expect(eingabeSchema().oneOf).toHaveLength(artenNamen.length);
  });
});
