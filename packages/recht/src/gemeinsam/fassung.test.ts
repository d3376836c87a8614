// Die Wahl der Fassung nach Datum: am Tag vor `gueltigAb` gilt noch die alte Regel, an ihm die neue.
import { describe, expect, it } from 'vitest';
import { datum, plusTage } from '../kalender/datum.ts';
import { type Fassungstabelle, ersteFassungAb, fassungAm, fruehesterTag } from './fassung.ts';

const tabelle: Fassungstabelle<string> = [
  { gueltigAb: '2005-01-01', regel: '§ 98 SGB XII' },
  { gueltigAb: '2020-01-01', regel: '§ 98 SGB IX' },
  { gueltigAb: '2024-02-29', regel: 'spätere Fassung' },
];

describe('fassungAm', () => {
  it('wählt am Tag vor gueltigAb die alte und an gueltigAb die neue Fassung', () => {
    expect(fassungAm(tabelle, datum('2019-12-31'))).toBe('§ 98 SGB XII');
    expect(fassungAm(tabelle, datum('2020-01-01'))).toBe('§ 98 SGB IX');
    expect(fassungAm(tabelle, datum('2024-02-28'))).toBe('§ 98 SGB IX');
    expect(fassungAm(tabelle, datum('2024-02-29'))).toBe('spätere Fassung');
  });

  it('gilt ab der ersten Zeile und über die letzte hinaus', () => {
    expect(fassungAm(tabelle, datum('2005-01-01'))).toBe('§ 98 SGB XII');
    expect(fassungAm(tabelle, datum('2099-12-31'))).toBe('spätere Fassung');
  });

  it('wirft vor der ersten Fassung (die Tabelle deckt den Tag nicht ab)', () => {
    expect(() => fassungAm(tabelle, plusTage(datum('2005-01-01'), -1))).toThrow(RangeError);
    expect(() => fassungAm([], datum('2020-01-01'))).toThrow(RangeError);
  });

  it('eine Tabelle ab dem frühesten Tag deckt jedes darstellbare Datum', () => {
    const immer: Fassungstabelle<number> = [
      { gueltigAb: fruehesterTag, regel: 1 },
      { gueltigAb: '2018-01-01', regel: 2 },
    ];
    expect(fassungAm(immer, datum('1000-01-01'))).toBe(1);
    expect(fassungAm(immer, datum('2017-12-31'))).toBe(1);
    expect(fassungAm(immer, datum('2018-01-01'))).toBe(2);
    expect(ersteFassungAb(immer)).toBe(datum('1000-01-01'));
    expect(ersteFassungAb(tabelle)).toBe(datum('2005-01-01'));
  });
});
