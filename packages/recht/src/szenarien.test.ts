// Datengetriebene Tests: jede Datei `*.szenarien.json` neben einer Regel enthält Fälle aus
// szenarien.md (und weitere), je mit Eingabe und erwartetem Ergebnis. Erwartet wird eine
// Teilmenge: die genannten Felder müssen exakt stimmen, weitere Felder sind erlaubt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { istProblem, pruefe } from './index.ts';

interface Szenario {
  name: string;
  quelle?: string;
  eingabe: unknown;
  erwartet: {
    ergebnis?: Record<string, unknown>;
    /** Codes, die unter `hinweise` vorkommen müssen. */
    hinweise?: string[];
    /** Codes, die unter `hinweise` nicht vorkommen dürfen. */
    keineHinweise?: string[];
    /** Offene Rechtsfragen (recht.md §8), die als Hinweis erscheinen müssen. */
    rechtsfragen?: string[];
    /** Rechtsfragen, die nicht (mehr) erscheinen dürfen, etwa weil der Gesetzeswortlaut sie geklärt hat. */
    keineRechtsfragen?: string[];
    /** Normen, die in der Begründung zitiert sein müssen (Teilzeichenkette von `norm`). */
    normen?: string[];
    /** Erwartete Eingabefehler (JSON-Pointer); dann kein Ergebnis. */
    problem?: string[];
  };
}

const verzeichnis = join(import.meta.dirname, 'pruefungen');
const dateien = readdirSync(verzeichnis).filter((d) => d.endsWith('.szenarien.json'));

describe.each(dateien)('%s', (datei) => {
  const szenarien = JSON.parse(readFileSync(join(verzeichnis, datei), 'utf8')) as Szenario[];
  it.each(szenarien.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const r = pruefe(s.eingabe);
    if (s.erwartet.problem) {
      expect(istProblem(r)).toBe(true);
      if (!istProblem(r)) return;
      expect(r.status).toBe(400);
      expect(r.fehler.map((f) => f.pfad)).toEqual(expect.arrayContaining(s.erwartet.problem));
      for (const f of r.fehler) expect(f.meldung.length).toBeGreaterThan(5);
      return;
    }
    if (istProblem(r)) throw new Error(`Unerwartetes Problem: ${JSON.stringify(r.fehler)}`);
    if (s.erwartet.ergebnis) expect(r.ergebnis).toMatchObject(s.erwartet.ergebnis);
    const codes = r.hinweise.map((h) => h.code);
    for (const c of s.erwartet.hinweise ?? []) expect(codes, `Hinweis ${c}`).toContain(c);
    for (const c of s.erwartet.keineHinweise ?? []) expect(codes, `kein Hinweis ${c}`).not.toContain(c);
    const fragen = r.hinweise.map((h) => h.frage);
    for (const f of s.erwartet.rechtsfragen ?? []) expect(fragen, `Rechtsfrage ${f}`).toContain(f);
    for (const f of s.erwartet.keineRechtsfragen ?? []) expect(fragen, `keine Rechtsfrage ${f}`).not.toContain(f);
    const normen = r.begruendung.map((b) => b.norm);
    for (const n of s.erwartet.normen ?? [])
      expect(
        normen.some((x) => x.includes(n)),
        `Norm ${n} in ${JSON.stringify(normen)}`,
      ).toBe(true);
    for (const b of r.begruendung) {
      expect(b.norm.length).toBeGreaterThan(2);
      expect(b.text.length).toBeGreaterThan(10);
    }
  });
});
