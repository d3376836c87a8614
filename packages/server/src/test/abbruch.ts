// kill -9 während eines Imports (Issue 15): Server als eigener Prozess (server-prozess.ts), großer
// Import über HTTP, SIGKILL mitten im Schreiben, Neustart auf denselben Daten. Danach ist vom
// Import nichts zu sehen (alles oder nichts), der Server startet sauber, und derselbe Import gelingt.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { testCsv } from '../austausch/testdaten.ts';

const skript = join(import.meta.dirname, 'server-prozess.ts');

export interface Serverprozess {
  prozess: ChildProcess;
  adresse: string;
  /** Wartet auf eine Zeile auf stdout. */
  warteAuf(zeile: string, ms?: number): Promise<void>;
}

export async function starteProzess(env: Record<string, string>): Promise<Serverprozess> {
  const prozess = spawn(process.execPath, [skript], {
    env: { ...process.env, ...env, EGH_LOG: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let ausgabe = '';
  let fehler = '';
  const wartende: { zeile: string; fertig: () => void }[] = [];
  prozess.stdout?.on('data', (d: Buffer) => {
    ausgabe += d.toString();
    for (const w of [...wartende])
      if (ausgabe.split('\n').some((z) => z.startsWith(w.zeile))) {
        wartende.splice(wartende.indexOf(w), 1);
        w.fertig();
      }
  });
  prozess.stderr?.on('data', (d: Buffer) => (fehler += d.toString()));
  const warteAuf = (zeile: string, ms = 180_000) =>
    new Promise<void>((fertig, abbruch) => {
      if (ausgabe.split('\n').some((z) => z.startsWith(zeile))) return fertig();
      const t = setTimeout(() => abbruch(new Error(`„${zeile}“ kam nicht: ${ausgabe} ${fehler}`)), ms);
      wartende.push({
        zeile,
        fertig: () => {
          clearTimeout(t);
          fertig();
        },
      });
      prozess.once('exit', (code) => abbruch(new Error(`Server beendet (${code}): ${fehler}`)));
    });
  await warteAuf('BEREIT');
  const adresse = /BEREIT (\S+)/.exec(ausgabe)?.[1] ?? '';
  return { prozess, adresse, warteAuf };
}

export async function beende(p: Serverprozess, signal: NodeJS.Signals): Promise<void> {
  if (p.prozess.exitCode !== null || p.prozess.signalCode !== null) return;
  const ende = new Promise<void>((fertig) => p.prozess.once('exit', () => fertig()));
  p.prozess.kill(signal);
  await ende;
}

async function anmelden(adresse: string, benutzername: string) {
  const r = await fetch(`${adresse}/api/v1/sitzung`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ benutzername, passwort: 'demo' }),
  });
  expect(r.status).toBe(200);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return {
    importiere: (datei: string) =>
      fetch(`${adresse}/api/v1/import/erstattungsansprueche`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
        body: datei,
      }),
    anzahl: async (richtung: string) => {
      const l = await fetch(`${adresse}/api/v1/erstattungsansprueche?richtung=${richtung}&suche=KILL-`, { headers: { cookie } });
      expect(l.status).toBe(200);
      return ((await l.json()) as { gesamt: number }).gesamt;
    },
  };
}

/**
 * Der Ablauf; `zaehle` zählt nach dem Ende des letzten Prozesses direkt in der Datenbank (SQL mit
 * einer Spalte n), `env` wählt die Datenbank.
 */
export async function killNeunWaehrendDesImports(env: Record<string, string>, zaehle: (sql: string) => Promise<number>): Promise<void> {
  const ansprueche = 1000;
  const datei = testCsv({ ansprueche, zeitraeumeJeAnspruch: 12, praefix: 'KILL', angemeldet: 1 });
  const anlegen = "select count(*)::int as n from protokoll where aktion = 'anlegen' and details->>'aktenzeichen' like 'KILL-%'";

  let p = await starteProzess(env);
  try {
    const schwaben = await anmelden(p.adresse, 'schwaben');
    const laeuft = schwaben.importiere(datei).catch((e: unknown) => e);
    await p.warteAuf('SCHREIBT');
    await beende(p, 'SIGKILL');
    // Die Verbindung bricht ab, eine Antwort gibt es nicht.
    expect(await laeuft).toBeInstanceOf(Error);

    // Neustart auf denselben Daten: sauber, und vom Import ist nichts zu sehen.
    p = await starteProzess(env);
    const schwaben2 = await anmelden(p.adresse, 'schwaben');
    const mittelfranken = await anmelden(p.adresse, 'mittelfranken');
    expect(await schwaben2.anzahl('ausgehend')).toBe(0);
    expect(await mittelfranken.anzahl('eingehend')).toBe(0);

    // Derselbe Import gelingt jetzt (kein „gibt es schon“ aus Resten des abgebrochenen).
    const r = await schwaben2.importiere(datei);
    const text = await r.text();
    expect(r.status, text).toBe(201);
    expect(JSON.parse(text)).toMatchObject({ ok: true, ansprueche, zeitraeume: ansprueche * 12 });
    expect(await mittelfranken.anzahl('eingehend')).toBe(ansprueche);
  } finally {
    await beende(p, 'SIGTERM');
  }
  // Genau ein Import in der Datenbank: keine Reste des abgebrochenen, auch keine unsichtbaren.
  expect(await zaehle("select count(*)::int as n from erstattungsanspruch where aktenzeichen like 'KILL-%'")).toBe(ansprueche);
  expect(await zaehle(anlegen)).toBe(ansprueche);
  expect(await zaehle('select count(*)::int as n from import_lauf')).toBe(0);
  expect(await zaehle('select count(*)::int as n from import_protokoll')).toBe(0);
}
