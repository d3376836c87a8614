// Betriebsbefehle als echte Prozesse: serve startet mit eingebetteter Datenbank und Demo-Daten;
// ohne Demo-Daten gibt es kein Standardpasswort, der erste Administrator kommt von der CLI.
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
  it('startet auf einem freien Port mit PGlite und Demo-Daten; schwaben meldet sich mit „demo“ an', async () => {
    const daten = mkdtempSync(join(tmpdir(), 'egh-serve-'));
    const url = await starte(['serve', '--port', '0'], { EGH_DATA_DIR: daten });
    const status = await (await fetch(`${url}/api/v1/status`)).json();
    expect(status).toMatchObject({ status: 'ok', datenbank: 'pglite' });
    const anmeldung = await fetch(`${url}/api/v1/sitzung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benutzername: 'schwaben', passwort: 'demo' }),
    });
    expect(anmeldung.status).toBe(200);
  }, 90_000);

  it('ohne Demo-Daten: kein Demo-Benutzer; benutzer anlegen erzeugt den ersten Administrator', async () => {
    const daten = mkdtempSync(join(tmpdir(), 'egh-leer-'));
    const anlegen = spawnSync(
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
      {
        cwd: wurzel,
        input: 'geheim-1234\n',
        encoding: 'utf8',
        env: { ...process.env, EGH_DATA_DIR: daten, EGH_DEMO: '0' },
      },
    );
    expect(anlegen.status, anlegen.stderr).toBe(0);
    expect(anlegen.stdout).toContain('Benutzer „admin“ angelegt');
    const doppelt = spawnSync(egh, ['benutzer', 'anlegen', 'admin', '--name', 'X', '--traeger', '12070', '--rolle', 'administration'], {
      cwd: wurzel,
      encoding: 'utf8',
      env: { ...process.env, EGH_DATA_DIR: daten },
    });
    expect(doppelt.status).toBe(2);
    expect(doppelt.stderr).toContain('schon vergeben');
    const url = await starte(['serve', '--port', '0', '--ohne-demo'], { EGH_DATA_DIR: daten });
    const demo = await fetch(`${url}/api/v1/sitzung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benutzername: 'schwaben', passwort: 'demo' }),
    });
    expect(demo.status).toBe(401);
    const admin = await fetch(`${url}/api/v1/sitzung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ benutzername: 'admin', passwort: 'geheim-1234' }),
    });
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as { rollen: string[] }).rollen).toEqual(['administration']);
  }, 120_000);
});
