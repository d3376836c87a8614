// egh import, export, fristen, backup und restore als echte Prozesse auf PGlite (EGH_DATA_DIR):
// Exit-Codes, deutsche Meldungen, --json; Sicherung → Wiederherstellung in ein neues Verzeichnis.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testCsv } from '@egh/server/testdaten';
import { describe, expect, it } from 'vitest';

const wurzel = join(import.meta.dirname, '../../..');
const eghBin = join(wurzel, 'node_modules/.bin/egh');
const ordner = mkdtempSync(join(tmpdir(), 'egh-austausch-'));
const daten = join(ordner, 'daten');
const wiederhergestellt = join(ordner, 'wiederhergestellt');

function egh(args: string[], verzeichnis = daten, zusatz: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, EGH_DATA_DIR: verzeichnis, EGH_DEMO: '0', ...zusatz };
  delete env.DATABASE_URL;
  const r = spawnSync(eghBin, args, { cwd: wurzel, encoding: 'utf8', env, timeout: 240_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('egh import, export, fristen, backup, restore', () => {
  it('import: eine fehlerhafte Zeile → Exit 4, Bericht mit Zeile und Spalte, nichts gespeichert; dann Exit 0', () => {
    const csv = testCsv({ ansprueche: 20, zeitraeumeJeAnspruch: 12, praefix: 'CLI', angemeldet: 0.5 }).split('\r\n');
    const kopf = (csv[0] ?? '').split(';');
    // Zeile 15 der Datei (zweiter Anspruch; der erste hat eine Bemerkung mit Semikolon in Anführungszeichen).
    const z = (csv[14] ?? '').split(';');
    z[kopf.indexOf('Betrag (€)')] = 'zwölf Euro';
    writeFileSync(join(ordner, 'kaputt.csv'), [...csv.slice(0, 14), z.join(';'), ...csv.slice(15)].join('\r\n'));
    writeFileSync(join(ordner, 'gut.csv'), csv.join('\r\n'));

    const kaputt = egh(['import', join(ordner, 'kaputt.csv'), '--traeger', 'bezirk-schwaben']);
    expect(kaputt.code, kaputt.err).toBe(4);
    expect(kaputt.out).toContain('Import abgelehnt: 1 Fehler');
    expect(kaputt.out).toContain('Zeile 15, Spalte „Betrag (€)“: Kein Betrag in Euro (z. B. 1.234,56): „zwölf Euro“.');

    const json = egh(['import', join(ordner, 'kaputt.csv'), '--traeger', 'bezirk-schwaben', '--json']);
    expect(json.code).toBe(4);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, ansprueche: 0, fehler: [{ zeile: 15, spalte: 'Betrag (€)' }] });

    const gut = egh(['import', join(ordner, 'gut.csv'), '--traeger', 'bezirk-schwaben']);
    expect(gut.code, gut.err).toBe(0);
    expect(gut.out).toContain('Importiert: 20 Erstattungsansprüche mit 240 Leistungszeiträumen');

    const fremd = egh(['import', join(ordner, 'gut.csv'), '--traeger', 'bezirk-atlantis']);
    expect(fremd.code).toBe(2);
    expect(fremd.err).toContain('Träger „bezirk-atlantis“ ist nicht im Register');
    expect(egh(['import', join(ordner, 'fehlt.csv'), '--traeger', 'bezirk-schwaben']).code).toBe(3);
  }, 300_000);

  it('export: CSV und XLSX mit Filtern; fristen: Tabelle und --json', () => {
    const csv = egh(['export', join(ordner, 'buch.csv'), '--traeger', 'bezirk-schwaben', '--suche', 'CLI-', '--status', 'Entwurf']);
    expect(csv.code, csv.err).toBe(0);
    const zeilen = readFileSync(join(ordner, 'buch.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(zeilen[0]).toContain(';Status;');
    expect(zeilen.length).toBeGreaterThan(1);
    expect(zeilen.slice(1).every((z) => z.includes(';Entwurf;') && !z.includes(';Angemeldet;'))).toBe(true);
    const xlsx = egh(['export', join(ordner, 'buch.xlsx'), '--traeger', 'bezirk-schwaben', '--json']);
    expect(JSON.parse(xlsx.out)).toMatchObject({ format: 'xlsx', anzahl: 20 });
    expect(readFileSync(join(ordner, 'buch.xlsx')).subarray(0, 2).toString()).toBe('PK');

    const tabelle = egh(['fristen', '--faellig-bis', '31.12.2030', '--traeger', 'bezirk-schwaben']);
    expect(tabelle.code, tabelle.err).toBe(0);
    expect(tabelle.out).toMatch(/^Fällig\s+Träger\s+Norm\s+Bezeichnung\s+Betrag/);
    expect(tabelle.out).toContain('§ 111 SGB X');
    const maschine = JSON.parse(egh(['fristen', '--faellig-bis', '2030-12-31', '--json']).out);
    expect(maschine.anzahl).toBeGreaterThan(0);
    expect(maschine.fristen.every((f: { faellig: string }) => f.faellig <= '2030-12-31')).toBe(true);
    const falsch = egh(['fristen', '--faellig-bis', 'gestern']);
    expect(falsch.code).toBe(2);
    expect(falsch.err).toContain('ist kein Datum');
  }, 300_000);

  it('backup → restore in ein neues Verzeichnis: dieselben Fristen; ein zweites restore wird verweigert (Exit 5)', () => {
    const sicherung = join(ordner, 'sicherung.jsonl.gz');
    const b = egh(['backup', sicherung]);
    expect(b.code, b.err).toBe(0);
    expect(b.out).toMatch(/Gesichert: [\d.]+ Zeilen aus \d+ Tabellen/);
    const r = egh(['restore', sicherung, '--json'], wiederhergestellt);
    expect(r.code, r.err).toBe(0);
    // Wiederhergestellt wird jede gesicherte Zeile (§ 111-Fristen je Leistungsfall: weniger als je Zeitraum).
    const gesichert = Number(/Gesichert: ([\d.]+) Zeilen/.exec(b.out)?.[1]?.replaceAll('.', ''));
    expect(gesichert).toBeGreaterThan(500);
    expect(JSON.parse(r.out).zeilenGesamt).toBe(gesichert);
    const vorher = JSON.parse(egh(['fristen', '--faellig-bis', '2040-12-31', '--json']).out);
    const nachher = JSON.parse(egh(['fristen', '--faellig-bis', '2040-12-31', '--json'], wiederhergestellt).out);
    expect(nachher).toEqual(vorher);
    const nochmal = egh(['restore', sicherung], wiederhergestellt);
    expect(nochmal.code).toBe(5);
    expect(nochmal.err).toContain('Die Zieldatenbank ist nicht leer');
  }, 300_000);

  it('backup mit EGH_SICHERUNG_PASSPHRASE: 0600, verschlüsselt; restore ohne Passphrase Exit 5 mit deutscher Meldung, mit ihr Exit 0', () => {
    const sicherung = join(ordner, 'geheim.jsonl.gz.age');
    const geheim = { EGH_SICHERUNG_PASSPHRASE: 'eine lange Passphrase für die Sicherung' };
    const b = egh(['backup', sicherung], daten, geheim);
    expect(b.code, b.err).toBe(0);
    const gesichert = Number(/Gesichert: ([\d.]+) Zeilen/.exec(b.out)?.[1]?.replaceAll('.', ''));
    expect(statSync(sicherung).mode & 0o777).toBe(0o600);
    expect(readFileSync(sicherung).subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    const ziel = join(ordner, 'aus-verschluesselt');
    const ohne = egh(['restore', sicherung], ziel);
    expect(ohne.code).toBe(5);
    expect(ohne.err).toContain('ist verschlüsselt. Bitte die Passphrase (Umgebungsvariable EGH_SICHERUNG_PASSPHRASE)');
    const mit = egh(['restore', sicherung, '--json'], ziel, geheim);
    expect(mit.code, mit.err).toBe(0);
    // Jede gesicherte Zeile kommt zurück.
    expect(gesichert).toBeGreaterThan(500);
    expect(JSON.parse(mit.out).zeilenGesamt).toBe(gesichert);
  }, 300_000);
});
