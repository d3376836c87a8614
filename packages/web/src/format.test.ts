import { describe, expect, it } from 'vitest';
import { anzahl, datumIso, datumMeldung } from './format.ts';

describe('Datumseingaben in der Oberfläche', () => {
  it('sagt bei einem Tag, den es nicht gibt, genau das', () => {
    expect(datumIso('31.02.2024')).toBeUndefined();
    expect(datumMeldung('31.02.2024')).toBe('Den 31.02.2024 gibt es nicht – der Februar 2024 hat 29 Tage.');
    expect(datumMeldung('31.4.2025')).toBe('Den 31.04.2025 gibt es nicht – der April 2025 hat 30 Tage.');
    expect(datumMeldung('01.13.2025')).toBe('Den 01.13.2025 gibt es nicht – einen Monat 13 gibt es nicht.');
  });

  it('bittet bei falscher Form um TT.MM.JJJJ', () => {
    expect(datumMeldung('2025-01-31')).toBe('Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben, z. B. 03.03.2025.');
  });

  it('zählt mit Einzahl und Mehrzahl', () => {
    expect(anzahl(1, 'Eintrag', 'Einträge')).toBe('1 Eintrag');
    expect(anzahl(0, 'Eintrag', 'Einträge')).toBe('0 Einträge');
    expect(anzahl(1234, 'Eintrag', 'Einträge')).toBe('1.234 Einträge');
  });
});
