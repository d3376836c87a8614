// Betriebsbefehle: serve, db migrate, benutzer anlegen. Sie sprechen direkt mit der Datenbank
// (PGlite-Verzeichnis EGH_DATA_DIR bzw. ./data, oder DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { type Rolle, bereiteDatenbankVor, legeBenutzerAn, optionenAusUmgebung, rollen, starteServer } from '@egh/server';
import type { Ausgabe } from './pruefe-befehl.ts';

export interface ServeOptionen {
  port?: string;
  host?: string;
  daten?: string;
  demo: boolean;
}

function datenbankOptionen(daten?: string) {
  const o = optionenAusUmgebung();
  return { ...o, ...(daten ? { datenVerzeichnis: daten } : {}) };
}

export async function serve(opt: ServeOptionen, io: Ausgabe): Promise<number> {
  const o = datenbankOptionen(opt.daten);
  const port = opt.port ? Number(opt.port) : (o.port ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`egh serve: --port „${opt.port}“ ist keine Portnummer.\n`);
    return 2;
  }
  const { adresse, demoGeladen, datenbank } = await starteServer({
    ...o,
    port,
    host: opt.host ?? o.host ?? '127.0.0.1',
    demo: opt.demo && o.demo !== false,
  });
  io.stdout(`EGH-Clearing läuft: ${adresse.replace('127.0.0.1', 'localhost')}\n`);
  io.stdout(`Datenbank: ${datenbank.art === 'pglite' ? `PGlite in ${o.datenVerzeichnis}` : 'PostgreSQL (DATABASE_URL)'}\n`);
  io.stdout(`API: ${adresse}/api/v1 · Referenz: ${adresse}/api/docs\n`);
  if (demoGeladen)
    io.stdout('Demo-Daten geladen. Anmelden z. B. als „schwaben“, „mittelfranken“, „prignitz“ oder „cottbus“ mit dem Passwort „demo“.\n');
  io.stdout('Beenden mit Strg+C.\n');
  // Läuft, bis der Prozess beendet wird.
  return new Promise<number>(() => {});
}

export async function dbMigrate(opt: { daten?: string }, io: Ausgabe): Promise<number> {
  const { datenbank } = await bereiteDatenbankVor({ ...datenbankOptionen(opt.daten), demo: false });
  io.stdout(`Datenbank (${datenbank.art}) ist auf dem neuesten Stand; Stammdaten geladen.\n`);
  await datenbank.schliessen();
  return 0;
}

export interface BenutzerOptionen {
  name: string;
  traeger?: string;
  rolle: string[];
  passwortStdin?: boolean;
  daten?: string;
}

export async function benutzerAnlegen(
  benutzername: string,
  opt: BenutzerOptionen,
  io: Ausgabe,
  liesStdin: () => Promise<string>,
): Promise<number> {
  const falsch = opt.rolle.filter((r) => !(rollen as readonly string[]).includes(r));
  if (falsch.length) {
    io.stderr(`egh benutzer anlegen: unbekannte Rolle ${falsch.map((r) => `„${r}“`).join(', ')}; erlaubt: ${rollen.join(', ')}.\n`);
    return 2;
  }
  const passwort = opt.passwortStdin ? (await liesStdin()).replace(/\r?\n$/, '') : randomBytes(12).toString('base64url');
  const { datenbank } = await bereiteDatenbankVor({ ...datenbankOptionen(opt.daten), demo: false });
  try {
    await legeBenutzerAn(datenbank.db, {
      benutzername,
      name: opt.name,
      passwort,
      traegerId: opt.traeger ?? null,
      rollen: opt.rolle as Rolle[],
    });
  } catch (e) {
    io.stderr(`egh benutzer anlegen: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await datenbank.schliessen();
  }
  io.stdout(`Benutzer „${benutzername}“ angelegt (${opt.rolle.join(', ')}${opt.traeger ? `, Träger ${opt.traeger}` : ''}).\n`);
  if (!opt.passwortStdin) io.stdout(`Erstpasswort (nur jetzt sichtbar): ${passwort}\n`);
  return 0;
}
