// Die Feiertage der Engine (aus date-holidays) gegen die Referenzdaten in
// ../shared/data/holidays-de.csv und holidays-de-regional.csv: jeder Tag 2010–2030, jedes Land,
// jede Region – null Abweichungen. Die Dateien liegen als Kopie in packages/recht/testdaten, damit
// der Test auch ohne ../shared läuft; liegt ../shared daneben, muss die Kopie gleich sein.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Tag, datum, isoDatum } from './datum.ts';
import { type Land, type Region, feiertag, laender, regionen } from './feiertage.ts';

const testdaten = join(import.meta.dirname, '../../testdaten');
const shared = join(import.meta.dirname, '../../../../../shared/data');

function lies(datei: string): string[][] {
  return readFileSync(join(testdaten, datei), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((z) => z.split(','));
}

const landesweit = new Map<string, string>(); // "BY|2025-01-06" → Name
for (const [land, tag, name] of lies('holidays-de.csv')) landesweit.set(`${land}|${tag}`, name ?? '');
const regional = new Map<string, string>(); // "BY-A|2025-08-08" → Name
for (const [, region, , tag, name] of lies('holidays-de-regional.csv')) regional.set(`${region}|${tag}`, name ?? '');

const erster = datum('2010-01-01');
const letzter = datum('2030-12-31');

describe('Feiertage 2010–2030 gegen die Referenzdaten', () => {
  it('hat Referenzdaten für alle 16 Länder', () => {
    expect(new Set([...landesweit.keys()].map((k) => k.split('|')[0]))).toEqual(new Set(laender));
    expect(landesweit.size).toBe(3605);
    expect(regional.size).toBe(147);
  });

  it.each(laender)('%s: jeder Tag stimmt, einschließlich Name', (land: Land) => {
    const abweichungen: string[] = [];
    for (let t = erster; t <= letzter; t = (t + 1) as Tag) {
      const erwartet = landesweit.get(`${land}|${isoDatum(t)}`);
      const ist = feiertag(t, land);
      if (erwartet !== ist) abweichungen.push(`${isoDatum(t)}: erwartet ${erwartet ?? '–'}, Engine ${ist ?? '–'}`);
    }
    expect(abweichungen).toEqual([]);
  });

  it.each(regionen)('%s: Landesfeiertage plus regionale Feiertage, jeder Tag', (region: Region) => {
    const land = region.slice(0, 2) as Land;
    const abweichungen: string[] = [];
    for (let t = erster; t <= letzter; t = (t + 1) as Tag) {
      const tag = isoDatum(t);
      const erwartet = landesweit.has(`${land}|${tag}`) || regional.has(`${region}|${tag}`);
      const ist = feiertag(t, land, region) !== undefined;
      if (erwartet !== ist) abweichungen.push(`${tag}: erwartet ${erwartet}, Engine ${ist}`);
    }
    expect(abweichungen).toEqual([]);
  });

  it('kennt Ostern nach Gauß: Fronleichnam 2013 am 30.05., Ostermontag 2025 am 21.04.', () => {
    expect(feiertag(datum('2013-05-30'), 'BW')).toBe('Fronleichnam');
    expect(feiertag(datum('2025-04-21'), 'BB')).toBe('Ostermontag');
    expect(feiertag(datum('2013-05-30'), 'BB')).toBeUndefined();
  });

  it('Reformationstag in Niedersachsen erst ab 2018 (außer 2017 einmalig)', () => {
    expect(feiertag(datum('2016-10-31'), 'NI')).toBeUndefined();
    expect(feiertag(datum('2017-10-31'), 'NI')).toBeDefined();
    expect(feiertag(datum('2018-10-31'), 'NI')).toBeDefined();
  });
});

describe('Referenzdaten', () => {
  it('die Kopien in testdaten sind unverändert gegenüber ../shared/data (wenn daneben vorhanden)', () => {
    if (!existsSync(shared)) return;
    for (const datei of ['holidays-de.csv', 'holidays-de-regional.csv'])
      expect(readFileSync(join(testdaten, datei), 'utf8'), datei).toBe(readFileSync(join(shared, datei), 'utf8'));
  });
});
