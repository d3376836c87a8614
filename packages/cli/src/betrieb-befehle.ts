// Betriebsbefehle: serve, db migrate, benutzer anlegen/zuruecksetzen, zweiter-faktor. Sie
// sprechen direkt mit der Datenbank (PGlite-Verzeichnis EGH_DATA_DIR bzw. ./data, oder DATABASE_URL).
import {
  Datenbankfehler,
  type Rolle,
  bereiteDatenbankVor,
  codeFuer,
  demoTotpGeheimnis,
  erzeugeErstpasswort,
  legeBenutzerAn,
  optionenAusUmgebung,
  rollen,
  setzeErstpasswort,
  setzeZweitenFaktorZurueck,
  starteServer,
} from '@egh/server';
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
  let gestartet: Awaited<ReturnType<typeof starteServer>>;
  try {
    gestartet = await starteServer({
      ...o,
      port,
      host: opt.host ?? o.host ?? '127.0.0.1',
      // Demo-Daten nur auf ausdrücklichen Wunsch: --demo oder EGH_DEMO=1.
      demo: opt.demo || o.demo === true,
      // Demo: Metriken mit dem Token „demo“, wie das Demo-Passwort nur zum Ausprobieren.
      ...(!o.metrikenToken && (opt.demo || o.demo === true) ? { metrikenToken: 'demo' } : {}),
    });
  } catch (e) {
    // Datenverzeichnis schreibgeschützt oder voll: eine Zeile auf Deutsch statt eines Stapels.
    if (!(e instanceof Datenbankfehler)) throw e;
    io.stderr(`egh serve: ${e.message}\n`);
    return 1;
  }
  const { adresse, demoGeladen, datenbank } = gestartet;
  io.stdout(`EGH-Clearing läuft: ${adresse.replace('127.0.0.1', 'localhost')}\n`);
  io.stdout(`Datenbank: ${datenbank.art === 'pglite' ? `PGlite in ${o.datenVerzeichnis}` : 'PostgreSQL (DATABASE_URL)'}\n`);
  io.stdout(`API: ${adresse}/api/v1 · Referenz: ${adresse}/api/docs\n`);
  io.stdout(
    `Betrieb: ${adresse}/health/ready · Metriken: ${
      o.metrikenToken
        ? `${adresse}/metrics (Token aus EGH_METRIKEN_TOKEN)`
        : opt.demo || o.demo === true
          ? `curl -H 'Authorization: Bearer demo' ${adresse}/metrics`
          : 'aus (EGH_METRIKEN_TOKEN setzen)'
    }\n`,
  );
  if (demoGeladen)
    io.stdout(
      'Demo-Daten geladen (nur zum Ausprobieren, nie für echte Daten): Anmelden z. B. als „schwaben“, „mittelfranken“, „prignitz“ oder „cottbus“ ' +
        `mit dem Passwort „demo“; „admin.schwaben“ und „betrieb“ brauchen zusätzlich den Code zum Geheimnis ${demoTotpGeheimnis} (npx egh zweiter-faktor code ${demoTotpGeheimnis}).\n`,
    );
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
  const passwort = opt.passwortStdin ? (await liesStdin()).replace(/\r?\n$/, '') : erzeugeErstpasswort(benutzername);
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
  io.stdout('Das Erstpasswort ist bei der ersten Anmeldung durch ein eigenes zu ersetzen.\n');
  if (opt.rolle.some((r) => r === 'administration' || r === 'plattformbetrieb'))
    io.stdout('Danach richtet der Benutzer den zweiten Faktor (Authenticator-App) ein – Pflicht für diese Rolle.\n');
  return 0;
}

export async function benutzerZuruecksetzen(
  benutzername: string,
  opt: { zweiterFaktor?: boolean; passwort?: boolean; daten?: string },
  io: Ausgabe,
): Promise<number> {
  if (!opt.zweiterFaktor && !opt.passwort) {
    io.stderr('egh benutzer zuruecksetzen: --zweiter-faktor und/oder --passwort angeben.\n');
    return 2;
  }
  const { datenbank } = await bereiteDatenbankVor({ ...datenbankOptionen(opt.daten), demo: false });
  try {
    if (opt.zweiterFaktor) {
      await setzeZweitenFaktorZurueck(datenbank.db, null, benutzername);
      io.stdout(`Zweiter Faktor von „${benutzername}“ zurückgesetzt; Sitzungen beendet.\n`);
    }
    if (opt.passwort) {
      const erst = await setzeErstpasswort(datenbank.db, null, benutzername);
      io.stdout(`Erstpasswort für „${benutzername}“ (nur jetzt sichtbar, bei der nächsten Anmeldung zu ändern): ${erst}\n`);
    }
  } catch (e) {
    io.stderr(`egh benutzer zuruecksetzen: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await datenbank.schliessen();
  }
  return 0;
}

/** Der aktuelle Code zu einem TOTP-Geheimnis (RFC 6238) – für die Demo ohne Authenticator-App. */
export function zweiterFaktorCode(geheimnis: string, io: Ausgabe): number {
  if (!/^[A-Z2-7]+=*$/i.test(geheimnis)) {
    io.stderr('egh zweiter-faktor code: das Geheimnis ist kein Base32 (Buchstaben A–Z und Ziffern 2–7).\n');
    return 2;
  }
  io.stdout(`${codeFuer(geheimnis.toUpperCase(), Date.now())}\n`);
  return 0;
}
