// Die Kommandozeile wie ein Anwender: Ergebnis auf stdout, Exit-Codes, Hilfe, echter Prozess.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

async function egh(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('egh pruefe', () => {
  it('liest eine Datei und gibt das Ergebnis-JSON aus (Exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egh-'));
    const datei = join(dir, 'frist.json');
    writeFileSync(datei, JSON.stringify({ art: 'frist', ereignis: '2024-05-31', dauer: { monate: 12 }, land: 'BB' }));
    const r = await egh(['pruefe', datei]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.ergebnis).toMatchObject({ nominalesEnde: '2025-05-31', ende: '2025-06-02', verschoben: true });
  });

  it('liest von der Standardeingabe mit -', async () => {
    const r = await egh(['pruefe', '-'], JSON.stringify({ art: 'bekanntgabe', aufgabeZurPost: '2024-12-31', land: 'BB' }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).ergebnis.bekanntgabe).toBe('2025-01-03');
  });

  it('antwortet auf ungültige Eingabe mit Problem-JSON und Exit 2', async () => {
    const r = await egh(['pruefe', '-'], JSON.stringify({ art: 'frist', ereignis: '2025-02-30', dauer: { tage: 1 }, land: 'BB' }));
    expect(r.code).toBe(2);
    const p = JSON.parse(r.out);
    expect(p).toMatchObject({ type: 'urn:egh:problem:eingabe', status: 400 });
    expect(p.fehler[0]).toMatchObject({ pfad: '/ereignis', meldung: 'Den 30.02.2025 gibt es nicht – der Februar 2025 hat 28 Tage.' });
  });

  it('meldet kaputtes JSON als Problem (Exit 2) und fehlende Dateien auf Deutsch (Exit 3)', async () => {
    const kaputt = await egh(['pruefe', '-'], '{"art": ');
    expect(kaputt.code).toBe(2);
    expect(JSON.parse(kaputt.out).fehler[0].meldung).toMatch(/Kein gültiges JSON/);
    const fehlt = await egh(['pruefe', '/gibt/es/nicht.json']);
    expect(fehlt.code).toBe(3);
    expect(fehlt.err).toMatch(/nicht gefunden/);
  });

  it('--help listet jede Art mit einem Beispiel', async () => {
    const r = await egh(['pruefe', '--help']);
    expect(r.code).toBe(0);
    for (const art of ['frist', 'bekanntgabe', 'zustaendigkeitsklaerung', 'erstattungsfristen']) expect(r.out).toContain(`  ${art} – `);
    expect(r.out).toContain('{"art":"frist"');
  });

  it('--version nennt die Version; ein unbekannter Befehl endet mit Exit 2 und deutscher Meldung', async () => {
    expect((await egh(['--version'])).out).toMatch(/^egh \d+\.\d+\.\d+/);
    const r = await egh(['gibtsnicht']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unbekannter Befehl');
  });

  it('läuft als echter Prozess über npx egh', () => {
    const wurzel = join(import.meta.dirname, '../../..');
    const r = spawnSync('npx', ['egh', 'pruefe', '-'], {
      cwd: wurzel,
      input: JSON.stringify({ art: 'frist', ereignis: '2022-12-30', dauer: { tage: 1 }, land: 'BB' }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ergebnis.ende).toBe('2023-01-02');
    const v = execFileSync('npx', ['egh', '--version'], { cwd: wurzel, encoding: 'utf8' });
    expect(v).toMatch(/^egh /);
  });
});
