// Betriebsbefehle als echte Prozesse: serve startet mit eingebetteter Datenbank, Demo-Daten nur mit
// --demo; ohne sie gibt es kein Standardpasswort, der erste Administrator kommt von der CLI, mit
// einem Passwort nach den Regeln, das er bei der ersten Anmeldung ändert.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const wurzel = join(import.meta.dirname, '../../..');
const egh = join(wurzel, 'node_modules/.bin/egh');
let prozess: ChildProcess | undefined;

afterEach(() => {
  prozess?.kill('SIGTERM');
  prozess = undefined;
});

async function starte(args: string[], env: Record<string, string>): Promise<string> {
  prozess = spawn(egh, args, { cwd: wurzel, env: { ...process.env, ...env } });
  let ausgabe = '';
  return new Promise((resolve, reject) => {
    const zeit = setTimeout(() => reject(new Error(`Server startet nicht: ${ausgabe}`)), 60_000);
    prozess?.stdout?.on('data', (d: Buffer) => {
      ausgabe += d.toString();
      const m = /läuft: (http:\/\/\S+)/.exec(ausgabe);
      if (m?.[1] && ausgabe.includes('Beenden')) {
        clearTimeout(zeit);
        resolve(m[1]);
      }
    });
    prozess?.stderr?.on('data', (d: Buffer) => (ausgabe += d.toString()));
  });
}

describe('egh serve', () => {
  it('startet mit --demo auf einem freien Port mit PGlite und Demo-Daten; schwaben meldet sich mit „demo“ an', async () => {
    const daten = mkdtempSync(join(tmpdir(), 'egh-serve-'));
    const url = await starte(['serve', '--port', '0', '--demo'], { EGH_DATA_DIR: daten });
    const status = await (await fetch(`${url}/api/v1/status`)).json();
    expect(status).toMatchObject({ status: 'ok', datenbank: 'pglite' });
    const anmeldung = await fetch(`${url}/api/v1/sitzung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benutzername: 'schwaben', passwort: 'demo' }),
    });
    expect(anmeldung.status).toBe(200);
    // Betrieb wie im README: Bereitschaft ohne Anmeldung, Metriken der Demo mit dem Token „demo“.
    const bereit = await fetch(`${url}/health/ready`);
    expect(bereit.status).toBe(200);
    expect(await bereit.json()).toMatchObject({ status: 'bereit' });
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const metriken = await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer demo' } });
    expect(metriken.status).toBe(200);
    expect(await metriken.text()).toMatch(/^egh_http_anfragen_total\{methode="POST",route="\/api\/v1\/sitzung",status="200"\} 1$/m);
  }, 90_000);

  it('ohne --demo: kein Demo-Benutzer; benutzer anlegen prüft die Passwortregeln und erzeugt den ersten Administrator', async () => {
    const daten = mkdtempSync(join(tmpdir(), 'egh-leer-'));
    const anlegen = (passwort: string) =>
      spawnSync(
        egh,
        [
          'benutzer',
          'anlegen',
          'admin',
          '--name',
          'Erste Administration',
          '--traeger',
          '12070',
          '--rolle',
          'administration',
          '--passwort-stdin',
        ],
        { cwd: wurzel, input: `${passwort}\n`, encoding: 'utf8', env: { ...process.env, EGH_DATA_DIR: daten } },
      );
    const kurz = anlegen('abcd');
    expect(kurz.status).toBe(2);
    expect(kurz.stderr).toContain('Passwort: Das Passwort muss mindestens 12 Zeichen lang sein');
    const name = anlegen('admin-admin-2025');
    expect(name.status).toBe(2);
    expect(name.stderr).toContain('Benutzernamen');
    const haeufig = anlegen('passwordpassword');
    expect(haeufig.stderr).toContain('Liste häufig verwendeter Passwörter');
    const ok = anlegen('Kiefernwald bei Perleberg');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Benutzer „admin“ angelegt');
    expect(ok.stdout).toContain('bei der ersten Anmeldung durch ein eigenes zu ersetzen');
    const doppelt = spawnSync(egh, ['benutzer', 'anlegen', 'admin', '--name', 'X', '--traeger', '12070', '--rolle', 'administration'], {
      cwd: wurzel,
      encoding: 'utf8',
      env: { ...process.env, EGH_DATA_DIR: daten },
    });
    expect(doppelt.status).toBe(2);
    expect(doppelt.stderr).toContain('schon vergeben');
    const url = await starte(['serve', '--port', '0'], { EGH_DATA_DIR: daten, EGH_DEMO: '' });
    const demo = await fetch(`${url}/api/v1/sitzung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benutzername: 'schwaben', passwort: 'demo' }),
    });
    expect(demo.status).toBe(401);
    const admin = await fetch(`${url}/api/v1/sitzung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benutzername: 'admin', passwort: 'Kiefernwald bei Perleberg' }),
    });
    // Passwort richtig, aber noch keine Sitzung: erst das Erstpasswort ersetzen.
    expect(admin.status).toBe(202);
    expect(await admin.json()).toMatchObject({ schritt: 'passwortAendern' });
  }, 240_000);

  it('gibt den Code zum Demo-Geheimnis aus (zweiter-faktor code)', () => {
    const r = spawnSync(egh, ['zweiter-faktor', 'code', 'EGHCLEARINGDEMOTOTPGEHEIMNIS2345'], { cwd: wurzel, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d{6}\n$/);
    expect(spawnSync(egh, ['zweiter-faktor', 'code', 'kein geheimnis!'], { cwd: wurzel, encoding: 'utf8' }).status).toBe(2);
  });
});
