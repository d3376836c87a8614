// Eigenschaften der Fristberechnung (fast-check): für beliebige Tage, Dauern und Länder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Tag, datum, isoDatum, jahrVon, kalenderdatum, parseDatum, plusEinJahr, plusMonate, tageImMonat, wochentag } from './datum.ts';
import { laender } from './feiertage.ts';
import { kalenderFuer, nominalesFristende, verschiebeAufWerktag } from './frist.ts';

const tagArb = fc.integer({ min: datum('2000-01-01'), max: datum('2040-12-31') }).map((n) => n as Tag);
const landArb = fc.constantFrom(...laender);

describe('Kalendertage', () => {
  it('lesen und schreiben ist verlustfrei', () => {
    fc.assert(fc.property(fc.integer({ min: datum('1000-01-01'), max: datum('9999-12-31') }), (n) => parseDatum(isoDatum(n as Tag)) === n));
  });

  it('weist ungültige Daten zurück', () => {
    for (const s of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-1-01', '2025-01-01T00:00', '0999-01-01', 'abcd-ef-gh'])
      expect(parseDatum(s), s).toBeUndefined();
    expect(parseDatum('2024-02-29')).toBeDefined();
    expect(parseDatum('2000-02-29')).toBeDefined();
    expect(parseDatum('1900-02-29')).toBeUndefined();
  });

  it('ein Jahr später ist derselbe Kalendertag, der 29.02. wird zum 28.02.', () => {
    const weit = fc.integer({ min: datum('1000-03-01'), max: datum('9998-12-31') });
    fc.assert(
      fc.property(weit, (n) => {
        const t = n as Tag;
        expect(plusEinJahr(t)).toBe(plusMonate(t, 12));
        expect(jahrVon(t)).toBe(kalenderdatum(t).jahr);
      }),
      { numRuns: 5000 },
    );
    expect(isoDatum(plusEinJahr(datum('2024-02-29')))).toBe('2025-02-28');
    expect(isoDatum(plusEinJahr(datum('2023-02-28')))).toBe('2024-02-28');
    expect(isoDatum(plusEinJahr(datum('2023-03-01')))).toBe('2024-03-01');
    expect(jahrVon(datum('2024-12-31'))).toBe(2024);
    expect(jahrVon(datum('2025-01-01'))).toBe(2025);
  });

  it('kennt die Wochentage', () => {
    expect(wochentag(datum('2025-03-03'))).toBe(0); // Montag
    expect(wochentag(datum('2025-05-31'))).toBe(5); // Samstag
    expect(wochentag(datum('1970-01-01'))).toBe(3); // Donnerstag
  });
});

describe('Fristen nach §§ 187–193 BGB', () => {
  it('ein verschobenes Ende ist nie Samstag, Sonntag oder Feiertag des Landes und nie vor dem nominalen Ende', () => {
    fc.assert(
      fc.property(tagArb, landArb, (t, land) => {
        const k = kalenderFuer(land);
        const v = verschiebeAufWerktag(t, k);
        expect(v.ende).toBeGreaterThanOrEqual(t);
        expect(wochentag(v.ende)).toBeLessThan(5);
        expect(k.istFeiertag(v.ende)).toBe(false);
        // Jeder übersprungene Tag hat einen Grund.
        expect(v.gruende.length).toBe(v.ende - t);
        // Die vorberechnete Verschiebung stimmt, auch beim zweiten Mal (aus der Tabelle).
        expect(k.naechsterWerktag(t)).toBe(v.ende);
        expect(k.naechsterWerktag(t)).toBe(v.ende);
      }),
      { numRuns: 3000 },
    );
  });

  it('eine Monatsfrist endet im richtigen Monat und nie nach dessen letztem Tag', () => {
    fc.assert(
      fc.property(tagArb, fc.integer({ min: 1, max: 60 }), fc.constantFrom('ereignis' as const, 'tagesbeginn' as const), (t, n, beginn) => {
        const ende = nominalesFristende(t, { monate: n }, beginn);
        const e = kalenderdatum(ende);
        const s = kalenderdatum(t);
        const zielIndex = s.jahr * 12 + s.monat - 1 + n;
        const endIndex = e.jahr * 12 + e.monat - 1;
        if (beginn === 'ereignis') {
          expect(endIndex).toBe(zielIndex);
          expect(e.tag).toBe(Math.min(s.tag, tageImMonat(e.jahr, e.monat)));
        } else {
          // § 188 Abs. 2 Alt. 2: der Tag vor dem entsprechenden Tag – bei Monatsbeginn im Vormonat.
          expect(endIndex === zielIndex || (s.tag === 1 && endIndex === zielIndex - 1)).toBe(true);
        }
        expect(e.tag).toBeLessThanOrEqual(tageImMonat(e.jahr, e.monat));
      }),
      { numRuns: 3000 },
    );
  });

  it('Tages- und Wochenfristen zählen den Ereignistag nicht mit (§ 187 Abs. 1 BGB)', () => {
    fc.assert(
      fc.property(tagArb, fc.integer({ min: 1, max: 400 }), (t, n) => {
        expect(nominalesFristende(t, { tage: n })).toBe(t + n);
        expect(nominalesFristende(t, { tage: n }, 'tagesbeginn')).toBe(t + n - 1);
        expect(nominalesFristende(t, { wochen: n })).toBe(t + 7 * n);
      }),
    );
  });

  it('ein Jahr ist zwölf Monate', () => {
    fc.assert(
      fc.property(tagArb, fc.integer({ min: 1, max: 30 }), (t, n) => nominalesFristende(t, { jahre: n }) === plusMonate(t, 12 * n)),
    );
  });
});
