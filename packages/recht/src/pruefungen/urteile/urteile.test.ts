// Rechtsprechungskorpus: veröffentlichte Entscheidungen der Sozialgerichte als Testfälle. Jede Datei
// `<prüfung>.urteile.json` enthält Entscheidungen zu einer Prüfung – Gericht, Datum, Aktenzeichen, die
// Fundstelle, an der sie gelesen wurde, den verwendeten Sachverhalt, den tragenden Satz und das aus ihm
// (nicht aus dem Regelwerk) abgeleitete erwartete Ergebnis. Widerspricht eine Entscheidung der
// Spezifikation, sagt das Feld `abweichungVonSpezifikation`, was gilt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Ergebnis, istProblem, pruefe } from '../../index.ts';

interface Urteil {
  name: string;
  gericht: string;
  entscheidungsart: 'Urteil' | 'Beschluss' | 'Gerichtsbescheid';
  /** `null`, wenn die Fundstelle das Datum nicht nennt; dann sagt `datumHinweis`, warum. */
  datum: string | null;
  datumHinweis?: string;
  aktenzeichen: string;
  fundstelle?: string;
  /** Adresse, unter der die Entscheidung gelesen wurde. */
  quelle: string;
  weitereQuellen?: string[];
  sachverhalt: string;
  entscheidung: string;
  /** Wie das erwartete Ergebnis aus der Entscheidung folgt. */
  ableitung: string;
  /** Eingaben, die die Entscheidung nicht hergibt (Platzhalter, gewählte Daten). */
  annahmen?: string;
  abweichungVonSpezifikation?: string;
  /** Die Entscheidung prüft eine Regel, die eine parallele Änderung einführt (z. B. § 111 je Maßnahme). */
  abhaengig?: string;
  eingabe: { art: string };
  erwartet: {
    ergebnis?: Record<string, unknown>;
    /** Felder des Ergebnisses, die nicht `null` sein dürfen (z. B. „ein Anspruch besteht“). */
    nichtNull?: string[];
    hinweise?: string[];
    keineHinweise?: string[];
    /** Kennungen offener Rechtsfragen, die als Hinweis erscheinen müssen. */
    rechtsfragen?: string[];
    /** Normen, die in der Begründung zitiert sein müssen (Teilzeichenkette). */
    normen?: string[];
  };
}

const verzeichnis = import.meta.dirname;
const dateien = readdirSync(verzeichnis).filter((d) => d.endsWith('.urteile.json'));
const korpus = dateien.map((datei) => ({ datei, urteile: JSON.parse(readFileSync(join(verzeichnis, datei), 'utf8')) as Urteil[] }));

function deutsch(iso: string): string {
  const [j, m, t] = iso.split('-');
  return `${t ?? ''}.${m ?? ''}.${j ?? ''}`;
}

/** Zitat in der Standardform, z. B. „BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R“. */
function zitat(u: Urteil): string {
  return `${u.gericht}, ${u.entscheidungsart}${u.datum ? ` vom ${deutsch(u.datum)}` : ''} – ${u.aktenzeichen}`;
}

/** Interne Verweise, die in keinem Text für Anwender stehen dürfen. */
const intern = /recht\.md|OQ-\d|SEED-\d|\[DESIGN\]|\[UNVERIFIED\]/;

describe('Rechtsprechungskorpus', () => {
  it('umfasst mindestens 25 verschiedene Entscheidungen, jede mit Fundstelle und Sachverhalt', () => {
    const entscheidungen = new Set(korpus.flatMap((k) => k.urteile.map((u) => `${u.gericht} ${u.aktenzeichen}`)));
    expect(entscheidungen.size).toBeGreaterThanOrEqual(25);
    for (const u of korpus.flatMap((k) => k.urteile)) {
      expect(u.quelle, zitat(u)).toMatch(/^https?:\/\//);
      for (const q of u.weitereQuellen ?? []) expect(q, zitat(u)).toMatch(/^https?:\/\//);
      if (u.datum === null) expect(u.datumHinweis, zitat(u)).toBeTruthy();
      else expect(u.datum, zitat(u)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const t of [u.sachverhalt, u.entscheidung, u.ableitung]) expect(t.length, zitat(u)).toBeGreaterThan(20);
    }
  });
});

describe.each(korpus)('$datei', ({ urteile }) => {
  it.each(urteile.map((u) => [`${zitat(u)}: ${u.name}`, u] as const))('%s', (_name, u) => {
    const r = pruefe(u.eingabe);
    if (istProblem(r)) throw new Error(`${zitat(u)}: Eingabe abgelehnt: ${JSON.stringify(r.fehler)}`);
    const e: Ergebnis = r;
    const ergebnis = e.ergebnis as Record<string, unknown>;
    if (u.erwartet.ergebnis) expect(ergebnis, zitat(u)).toMatchObject(u.erwartet.ergebnis);
    for (const feld of u.erwartet.nichtNull ?? []) expect(ergebnis[feld], `${zitat(u)}: ${feld}`).not.toBeNull();
    const codes = e.hinweise.map((h) => h.code);
    for (const c of u.erwartet.hinweise ?? []) expect(codes, `${zitat(u)}: Hinweis ${c}`).toContain(c);
    for (const c of u.erwartet.keineHinweise ?? []) expect(codes, `${zitat(u)}: kein Hinweis ${c}`).not.toContain(c);
    const fragen = e.hinweise.map((h) => h.frage);
    for (const f of u.erwartet.rechtsfragen ?? []) expect(fragen, `${zitat(u)}: Rechtsfrage ${f}`).toContain(f);
    const normen = e.begruendung.map((b) => b.norm);
    for (const n of u.erwartet.normen ?? [])
      expect(
        normen.some((x) => x.includes(n)),
        `${zitat(u)}: Norm ${n} in ${JSON.stringify(normen)}`,
      ).toBe(true);
    // Offene Rechtsfragen sagen in Worten, worum es geht – ohne interne Verweise.
    for (const h of e.hinweise.filter((x) => x.code === 'OFFENE_RECHTSFRAGE' && u.erwartet.rechtsfragen?.includes(x.frage ?? ''))) {
      const text = h.text.replace(/^RECHTSFRAGE \([^)]*\): /, '');
      expect(text, `${zitat(u)}: ${h.frage ?? ''}`).not.toMatch(intern);
      expect(text.length).toBeGreaterThan(80);
    }
  });
});
