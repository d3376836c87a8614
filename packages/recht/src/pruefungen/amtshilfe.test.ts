// Eigenschaften der Amtshilfe-Prüfung für beliebige Eingaben (§ 7 SGB X, Verwaltungsvereinbarung).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../index.ts';
import { datum, isoDatum, plusTage } from '../kalender/datum.ts';
import { type AmtshilfeErgebnis, amtshilfe } from './amtshilfe.ts';

function rechne(eingabe: unknown): Ergebnis<string, AmtshilfeErgebnis> {
  const r = pruefe(eingabe);
  if (istProblem(r)) throw new Error(JSON.stringify(r.fehler));
  return r as Ergebnis<string, AmtshilfeErgebnis>;
}

// Tage von Dezember 2024 bis April 2025, als ISO-Datum.
const tagArb = fc.integer({ min: 0, max: 140 }).map((n) => isoDatum(plusTage(datum('2024-12-01'), n)));

const mitgliedArb = (id: string) =>
  fc
    .record({ id: fc.constant(id), beitritt: tagArb, austritt: fc.option(tagArb, { nil: undefined }) })
    .filter((m) => m.austritt === undefined || m.austritt >= m.beitritt);

describe('amtshilfe', () => {
  it('das Beispiel der Prüfungsart ist eine gültige Eingabe', () => {
    expect(istProblem(pruefe(amtshilfe.beispiel))).toBe(false);
  });

  it('verlangt nie eine Verwaltungsgebühr und erstattet nur 0, die Auslagen oder die Pauschale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(undefined, 'unzweckmaessig', 'eigeneAufgabenGefaehrdet', 'rechtlichesHindernis'),
        (auslagen, gleicherRechtstraeger, versicherung, weisung, grund) => {
          const r = rechne({
            art: 'amtshilfe',
            ersuchender: { id: 'a', rechtstraeger: 'A', versicherungstraeger: versicherung },
            ersuchter: { id: 'b', rechtstraeger: gleicherRechtstraeger ? 'A' : 'B', versicherungstraeger: versicherung },
            eingangErsuchen: '2025-02-03',
            durchfuehrung: '2025-02-10',
            aufgabe: 'hausbesuch',
            auslagenCent: auslagen,
            weisungsverhaeltnis: weisung,
            ...(grund ? { ablehnungsgrund: grund } : {}),
            vereinbarung: {
              gueltigAb: '2025-01-01',
              pauschalen: { hausbesuch: 20000 },
              mitglieder: [
                { id: 'a', beitritt: '2025-01-01' },
                { id: 'b', beitritt: '2025-01-01' },
              ],
            },
          }).ergebnis;
          expect(r.verwaltungsgebuehrCent).toBe(0);
          expect([0, auslagen, 20000]).toContain(r.erstattungCent);
          if (!r.istAmtshilfe || gleicherRechtstraeger) expect(r.erstattungCent).toBe(0);
          if (r.istAmtshilfe && !gleicherRechtstraeger) expect(r.erstattungsart).toBe('pauschale');
        },
      ),
    );
  });

  it('erstattet Auslagen ganz, sobald sie die Schwelle übersteigen, sonst gar nicht', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.boolean(), (auslagen, versicherung) => {
        const r = rechne({
          art: 'amtshilfe',
          ersuchender: { id: 'a', rechtstraeger: 'A', versicherungstraeger: versicherung },
          ersuchter: { id: 'b', rechtstraeger: 'B', versicherungstraeger: versicherung },
          eingangErsuchen: '2025-02-03',
          aufgabe: 'auskunft',
          auslagenCent: auslagen,
        }).ergebnis;
        const schwelle = versicherung ? 10000 : 3500;
        expect(r.erstattungCent).toBe(auslagen > schwelle ? auslagen : 0);
        expect(r.erstattungsart).toBe(auslagen > schwelle ? 'auslagen' : 'keine');
      }),
    );
  });

  it('zahlt die Pauschale genau dann, wenn beide bei Eingang und Durchführung Mitglied sind (Austritt: erster Tag ohne Mitgliedschaft)', () => {
    const mitglied = (ms: { beitritt: string; austritt?: string | undefined }[], t: string) =>
      ms.some((m) => (m.beitritt < '2025-01-01' ? '2025-01-01' : m.beitritt) <= t && (m.austritt === undefined || t < m.austritt));
    fc.assert(
      fc.property(
        fc.array(mitgliedArb('a'), { maxLength: 2 }),
        fc.array(mitgliedArb('b'), { maxLength: 2 }),
        tagArb,
        fc.integer({ min: 0, max: 40 }),
        (ma, mb, eingang, dauer) => {
          const durchfuehrung = isoDatum(plusTage(datum(eingang), dauer));
          const r = rechne({
            art: 'amtshilfe',
            ersuchender: { id: 'a', rechtstraeger: 'A' },
            ersuchter: { id: 'b', rechtstraeger: 'B' },
            eingangErsuchen: eingang,
            durchfuehrung,
            aufgabe: 'gesamtplanung',
            auslagenCent: 5000,
            vereinbarung: {
              gueltigAb: '2025-01-01',
              pauschalen: { gesamtplanung: 30000 },
              mitglieder: [...ma, ...mb].map((m) => (m.austritt === undefined ? { id: m.id, beitritt: m.beitritt } : m)),
            },
          });
          const erwartet =
            durchfuehrung >= '2025-01-01' &&
            mitglied(ma, eingang) &&
            mitglied(mb, eingang) &&
            mitglied(ma, durchfuehrung) &&
            mitglied(mb, durchfuehrung);
          expect(r.ergebnis.erstattungsart).toBe(erwartet ? 'pauschale' : 'auslagen');
          const fragen = r.hinweise.map((h) => h.frage);
          if (erwartet) expect(fragen).toContain('BAGUES_VEREINBARUNG');
        },
      ),
      { numRuns: 400 },
    );
  });
});
