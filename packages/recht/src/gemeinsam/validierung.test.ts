// Meldungen der Eingabeprüfung, wie die Sachbearbeitung sie liest: genaue Gründe, Daten als
// TT.MM.JJJJ, deutsche Einzahl und Mehrzahl, alle Fehler auf einmal.
import { describe, expect, it } from 'vitest';
import { istProblem, pruefe } from '../index.ts';
import { anzahl, datumsmeldung, liste, objekt, validiere } from './validierung.ts';

describe('Meldungen der Eingabeprüfung', () => {
  it('sagt bei einem Tag, den es nicht gibt, welcher es ist und wie viele Tage der Monat hat', () => {
    expect(datumsmeldung('2024-02-31')).toBe('Den 31.02.2024 gibt es nicht – der Februar 2024 hat 29 Tage.');
    expect(datumsmeldung('2023-02-29')).toBe('Den 29.02.2023 gibt es nicht – der Februar 2023 hat 28 Tage.');
    expect(datumsmeldung('2025-13-01')).toBe('Den 01.13.2025 gibt es nicht – einen Monat 13 gibt es nicht.');
    expect(datumsmeldung('31.01.2025')).toBe(
      'Kein gültiges Datum: „31.01.2025“. Erwartet wird ein Datum in der Form JJJJ-MM-TT, z. B. 2025-01-31.',
    );
  });

  it('meldet einen negativen Betrag als „darf nicht negativ sein“', () => {
    const r = pruefe({ art: 'bekanntgabe', aufgabeZurPost: '2024-02-31', land: 'BB' });
    expect(istProblem(r) && r.fehler).toEqual([
      { pfad: '/aufgabeZurPost', meldung: 'Den 31.02.2024 gibt es nicht – der Februar 2024 hat 29 Tage.' },
    ]);
    const schema = objekt({ betragCent: { type: 'integer', minimum: 0 }, anzahl: { type: 'integer', minimum: 0 } });
    expect(validiere(schema, { betragCent: -100, anzahl: -1 }).map((f) => f.meldung)).toEqual([
      'Der Betrag darf nicht negativ sein (erhalten -100).',
      'Der Wert darf nicht negativ sein (erhalten -1).',
    ]);
  });

  it('zählt mit deutscher Einzahl und Mehrzahl: 1 Eintrag, 2 Einträge', () => {
    expect(anzahl(1, 'Eintrag', 'Einträge')).toBe('1 Eintrag');
    expect(anzahl(2, 'Eintrag', 'Einträge')).toBe('2 Einträge');
    expect(anzahl(1200, 'Eintrag', 'Einträge')).toBe('1.200 Einträge');
    expect(validiere(liste({ type: 'string' }, 'Namen', 10, 1), []).map((f) => f.meldung)).toEqual([
      'Die Liste braucht mindestens 1 Eintrag.',
    ]);
    expect(validiere(liste({ type: 'string' }, 'Namen', 10, 2), ['a']).map((f) => f.meldung)).toEqual([
      'Die Liste braucht mindestens 2 Einträge.',
    ]);
  });

  it('meldet Schemafehler und Widersprüche in einem Durchgang, Daten als TT.MM.JJJJ', () => {
    const r = pruefe({
      art: 'zustaendigkeitsklaerung',
      antragseingang: '2026-12-05',
      landErsterTraeger: 'XX',
      weiterleitung: { am: '2026-12-04', eingang: '2026-12-07', land: 'BB' },
    });
    expect(istProblem(r)).toBe(true);
    if (!istProblem(r)) return;
    expect(r.fehler.map((f) => f.pfad)).toEqual(['/landErsterTraeger', '/weiterleitung/am']);
    expect(r.fehler[1]?.meldung).toBe('Die Weiterleitung am 04.12.2026 liegt vor dem Antragseingang am 05.12.2026; das ist nicht möglich.');
  });

  it('meldet keinen scheinbaren Widerspruch neben einem ungültigen Datum desselben Objekts', () => {
    const r = pruefe({
      art: 'zustaendigkeitsklaerung',
      antragseingang: '2026-12-05',
      landErsterTraeger: 'BB',
      weiterleitung: { am: '2026-12-10', eingang: '2026-02-31', land: 'BB' },
    });
    expect(istProblem(r) && r.fehler.map((f) => f.pfad)).toEqual(['/weiterleitung/eingang']);
  });
});
