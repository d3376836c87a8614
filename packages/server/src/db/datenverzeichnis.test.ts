// Ein schreibgeschütztes oder volles Datenverzeichnis (PGlite) ergibt beim Start eine deutsche
// Meldung statt PGlites „failed to initialize“ oder eines DrizzleQueryError der ersten Migration.
// Auf kleinen tmpfs-Dateisystemen, wo die Maschine sie einhängen lässt (als root); sonst ein
// Verzeichnis unter einer Datei (ebenfalls nicht beschreibbar).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Datenbankfehler, oeffneDatenbank } from './verbindung.ts';

const basis = mkdtempSync(join(tmpdir(), 'egh-verzeichnis-'));
const eingehaengt: string[] = [];
function tmpfs(name: string, optionen: string): string | undefined {
  const ziel = join(basis, name);
  try {
    execFileSync('mkdir', ['-p', ziel]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', optionen, 'tmpfs', ziel], { stdio: 'ignore' });
    eingehaengt.push(ziel);
    return ziel;
  } catch {
    return undefined;
  }
}
afterAll(() => {
  // Lazy: PGlite gibt eine gescheiterte Datenbank nicht immer sofort frei.
  for (const z of eingehaengt) execFileSync('umount', ['-l', z]);
  rmSync(basis, { recursive: true, force: true });
});

async function fehlerBeimOeffnen(verzeichnis: string): Promise<unknown> {
  try {
    const d = await oeffneDatenbank({ verzeichnis });
    await d.schliessen();
    return undefined;
  } catch (e) {
    return e;
  }
}

describe('Datenverzeichnis beim Start', () => {
  it('schreibgeschützt: deutsche Meldung mit dem Verzeichnis', async () => {
    const ro = tmpfs('ro', 'size=4m,ro');
    let verzeichnis: string;
    if (ro) verzeichnis = join(ro, 'data');
    else {
      writeFileSync(join(basis, 'datei'), 'x');
      verzeichnis = join(basis, 'datei', 'data');
    }
    const e = await fehlerBeimOeffnen(verzeichnis);
    expect(e).toBeInstanceOf(Datenbankfehler);
    expect((e as Error).message).toMatch(
      new RegExp(`^Das Datenverzeichnis „${verzeichnis}“ ist nicht beschreibbar \\(.+\\)\\. Der Server braucht Schreibrechte`),
    );
  });

  it('voll (tmpfs mit 1 MB, wo einhängbar): deutsche Meldung „kein Platz“ statt DrizzleQueryError', async () => {
    const voll = tmpfs('voll', 'size=1m');
    if (!voll) return expect(voll).toBeUndefined(); // Die Maschine lässt kein tmpfs einhängen.
    const e = await fehlerBeimOeffnen(join(voll, 'data'));
    expect(e).toBeInstanceOf(Datenbankfehler);
    expect((e as Error).message).toMatch(/^Im Datenverzeichnis „.+“ (ist kein Platz mehr|sind nur noch [\d,]+ MB frei)/);
  });
});
