// Die Rechtsprechungstabelle (recht.md §6.3) als Daten und die Auswahl der Vergleichsentscheidungen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abstand, mehrkostenRechtsprechung, naechsteEntscheidungen, orientierungFuer, zitat } from './rechtsprechung.ts';

describe('rechtsprechung', () => {
  it('enthält jede Entscheidung aus recht.md §6.3 mit vollständiger Fundstelle', () => {
    const aktenzeichen = mehrkostenRechtsprechung.map((e) => e.aktenzeichen);
    expect(new Set(aktenzeichen).size).toBe(aktenzeichen.length);
    for (const az of [
      '5 C 85/80',
      'Bs IV 165/95',
      'L 8 SO 60/07 ER',
      '5 K 783/04',
      'S 34 SO 212/07',
      'S 1 SO 4334/14',
      'L 7 SO 2638/15',
      '4 ME 400/03',
      'S 9 SO 2640/10',
      'S 1 SO 750/14',
      'S 1 SO 3144/11',
    ])
      expect(aktenzeichen).toContain(az);
    for (const e of mehrkostenRechtsprechung) {
      expect(e.quelle.length).toBeGreaterThan(5);
      if (e.datum !== null) expect(e.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (e.datum === null || e.entscheidungsart === null) expect(e.verifikationshinweis, e.aktenzeichen).toBeTruthy();
      if (e.prozentBis !== undefined) expect(e.prozentBis).toBeGreaterThan(e.prozent);
    }
  });

  it('zitiert Entscheidungen in der Standardform', () => {
    const freiburg = mehrkostenRechtsprechung.find((e) => e.aktenzeichen === 'S 9 SO 2640/10');
    expect(freiburg && zitat(freiburg)).toBe('SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10');
    const ka = mehrkostenRechtsprechung.find((e) => e.aktenzeichen === 'S 1 SO 3144/11');
    expect(ka && zitat(ka)).toBe('SG Karlsruhe, Entscheidung – S 1 SO 3144/11');
  });

  it('nennt für SG Karlsruhe S 1 SO 4334/14 die Aufhebung durch das LSG', () => {
    const ka = mehrkostenRechtsprechung.find((e) => e.aktenzeichen === 'S 1 SO 4334/14');
    expect(ka?.aufgehobenDurch).toContain('L 7 SO 2638/15');
  });

  it('nennt bei Mehrkosten mindestens drei Entscheidungen der Tabelle, darunter die nächstgelegene', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 200, noNaN: true }), (p) => {
        const gewaehlt = naechsteEntscheidungen(p);
        expect(gewaehlt.length).toBeGreaterThanOrEqual(3);
        const min = Math.min(...mehrkostenRechtsprechung.map((x) => abstand(x, p)));
        expect(gewaehlt.some((x) => abstand(x, p) === min)).toBe(true);
        // Jede nicht genannte Entscheidung liegt mindestens so weit weg wie die genannten (ohne Faustregel).
        const weiteste = Math.max(...gewaehlt.filter((x) => x.faustregelBisProzent === undefined).map((x) => abstand(x, p)));
        for (const x of mehrkostenRechtsprechung) if (!gewaehlt.includes(x)) expect(abstand(x, p)).toBeGreaterThanOrEqual(weiteste);
        for (const x of gewaehlt) expect(mehrkostenRechtsprechung).toContain(x);
      }),
    );
  });

  it('kennt für jeden positiven Prozentsatz einen Orientierungsbereich', () => {
    expect(orientierungFuer(19.999).tendenz).toBe('eherAngemessen');
    expect(orientierungFuer(20).bis).toBe(30);
    expect(orientierungFuer(30).bis).toBe(30);
    expect(orientierungFuer(30.0001).tendenz).toBe('offen');
    expect(orientierungFuer(50).tendenz).toBe('eherUnverhaeltnismaessig');
    expect(orientierungFuer(1e6).tendenz).toBe('eherUnverhaeltnismaessig');
  });

  it('nennt unter 0 % (keine Mehrkosten) keine Entscheidung', () => {
    expect(naechsteEntscheidungen(0)).toEqual([]);
    expect(naechsteEntscheidungen(-5)).toEqual([]);
  });
});
