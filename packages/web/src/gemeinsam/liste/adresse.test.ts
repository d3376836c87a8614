import { describe, expect, it } from 'vitest';
import { seitenzahl } from './adresse.ts';

describe('Seitenzahl aus der Adresse', () => {
  it('nimmt ganze Zahlen ab 1', () => {
    expect(seitenzahl('1')).toBe(1);
    expect(seitenzahl('7')).toBe(7);
    expect(seitenzahl('2.9')).toBe(2);
  });
  it('macht aus Fehlendem, Null, Negativem und Unsinn Seite 1 (statt einer abgelehnten Anfrage an die API)', () => {
    for (const w of [null, '', '0', '-3', 'x', 'Infinity', '1e400']) expect(seitenzahl(w)).toBe(1);
  });
});
