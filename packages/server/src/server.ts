// Start: Datenbank öffnen und migrieren, Nachberechnungen der Migrationen, Stammdaten und (nur auf
// Wunsch, in eine leere Datenbank) Demo-Daten laden, HTTP-Server auf PORT (Standard 3000).
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { baueApp } from './app.ts';
import { benutzer } from './db/schema.ts';
import { type Datenbank, alsSystem, oeffneDatenbank } from './db/verbindung.ts';
import { ladeDemo } from './demo.ts';
import { type LogOptionen, logStufeAusUmgebung } from './http/protokollierung.ts';
import { fuehreNachberechnungenAus } from './anwendungsfaelle/nachberechnung.ts';
import { ladeStammdaten } from './stammdaten.ts';
import { raeumeLaeufeAuf } from './austausch/importlauf.ts';
import { auftraege } from './http/metriken.ts';
import { raeumeZwischendateienAuf } from './austausch/zwischendatei.ts';

export interface Startoptionen {
  port?: number;
  host?: string;
  /** PostgreSQL-URL der Laufzeitrolle (DATABASE_URL); sonst PGlite im Datenverzeichnis. */
  url?: string;
  /** PostgreSQL-URL des Eigentümers für Migrationen und Systemarbeit (EGH_MIGRATION_URL; Standard: url). */
  migrationUrl?: string;
  datenVerzeichnis?: string;
  /** Demo-Daten bei leerer Datenbank laden – nur auf Wunsch (`--demo`, EGH_DEMO=1); Standard: nein. */
  demo?: boolean;
  /** Betriebsprotokoll (JSON-Zeilen); aus der Umgebung: Stufe aus EGH_LOG, Standard info. */
  logger?: boolean | LogOptionen;
  /** Vertrauenswürdige Proxys (Adressen, CIDR): nur ihnen glaubt der Server X-Forwarded-For. */
  vertrauteProxys?: string[];
  /** Stichtag der Demo-Daten (Standard: heute). */
  demoStichtag?: string;
  /** Token für /metrics (EGH_METRIKEN_TOKEN, mindestens 24 Zeichen); ohne Token keine Metriken. */
  metrikenToken?: string;
}

export function optionenAusUmgebung(env: NodeJS.ProcessEnv = process.env): Startoptionen {
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    host: env.HOST ?? '127.0.0.1',
    ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}),
    ...(env.EGH_MIGRATION_URL ? { migrationUrl: env.EGH_MIGRATION_URL } : {}),
    datenVerzeichnis: resolve(env.EGH_DATA_DIR ?? './data'),
    demo: env.EGH_DEMO === '1',
    logger: { stufe: logStufeAusUmgebung(env.EGH_LOG) },
    vertrauteProxys: vertrauteProxys(env.EGH_VERTRAUTE_PROXYS),
    ...(env.EGH_METRIKEN_TOKEN ? { metrikenToken: metrikenToken(env.EGH_METRIKEN_TOKEN) } : {}),
  };
}

/** EGH_METRIKEN_TOKEN: ein langes Geheimnis (mindestens 24 Zeichen), sonst ein Fehler beim Start. */
export function metrikenToken(wert: string): string {
  if (wert.length < 24)
    throw new Error(
      `EGH_METRIKEN_TOKEN ist zu kurz (${wert.length} Zeichen); bitte ein zufälliges Geheimnis mit mindestens 24 Zeichen setzen, z. B. mit „openssl rand -hex 24“.`,
    );
  return wert;
}

/**
 * EGH_VERTRAUTE_PROXYS: Adressen oder Netze (CIDR) der Reverse-Proxys, kommagetrennt. Leer: keinem
 * Proxy glauben – die Adresse einer Anfrage ist dann die der TCP-Verbindung, und X-Forwarded-For
 * kann die Drosselung nicht umgehen.
 */
export function vertrauteProxys(wert: string | undefined): string[] {
  const liste = (wert ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const eintrag of liste) {
    const [adresse, praefix, zuviel] = eintrag.split('/');
    const art = isIP(adresse ?? '');
    const laenge = praefix === undefined ? 0 : /^\d{1,3}$/.test(praefix) ? Number(praefix) : -1;
    if (!art || zuviel !== undefined || laenge < 0 || laenge > (art === 4 ? 32 : 128))
      throw new Error(`EGH_VERTRAUTE_PROXYS: „${eintrag}“ ist keine IP-Adresse und kein Netz (z. B. 10.0.0.5 oder 10.0.0.0/8).`);
  }
  return liste;
}

export async function bereiteDatenbankVor(o: Startoptionen): Promise<{ datenbank: Datenbank; demoGeladen: boolean }> {
  const datenbank = await oeffneDatenbank(
    o.url
      ? { url: o.url, ...(o.migrationUrl ? { migrationUrl: o.migrationUrl } : {}) }
      : { verzeichnis: o.datenVerzeichnis ?? 'memory://' },
  );
  // Ein Import, den ein abgebrochener Prozess nicht beenden konnte (kill -9, Stromausfall), hinterlässt
  // nichts Sichtbares; seine unsichtbaren Zeilen und Zwischendateien löscht der nächste Start.
  await raeumeLaeufeAuf(datenbank);
  await raeumeZwischendateienAuf();
  await ladeStammdaten(datenbank.db);
  const nachberechnet = await fuehreNachberechnungenAus(datenbank.db);
  if (nachberechnet > 0) auftraege.inc({ auftrag: 'nachberechnung', ergebnis: 'ok' });
  let demoGeladen = false;
  // Nur auf ausdrücklichen Wunsch: ohne ihn kommen nie Demo-Konten mit bekanntem Passwort in eine
  // Datenbank – auch nicht in eine leere PostgreSQL-Datenbank des Echtbetriebs.
  if (o.demo === true) {
    const [z] = await alsSystem(datenbank.db, (tx) => tx.select({ n: count() }).from(benutzer));
    if ((z?.n ?? 0) === 0) {
      await ladeDemo(datenbank.db, o.demoStichtag);
      demoGeladen = true;
    }
  }
  return { datenbank, demoGeladen };
}

export async function starteServer(
  o: Startoptionen,
): Promise<{ app: FastifyInstance; datenbank: Datenbank; adresse: string; demoGeladen: boolean }> {
  const { datenbank, demoGeladen } = await bereiteDatenbankVor(o);
  const app = await baueApp({
    datenbank,
    logger: o.logger ?? false,
    vertrauteProxys: o.vertrauteProxys ?? [],
    ...(o.metrikenToken ? { metrikenToken: o.metrikenToken } : {}),
    // Nie halb lebendig: Ist die eingebettete Datenbank gestört, beendet sich der Prozess (Code 70),
    // und die Prozessverwaltung (systemd Restart=on-failure, Container-Neustart) startet ihn neu.
    beiStoerung: (meldung) => {
      console.error(`EGH-Clearing: ${meldung} Der Server beendet sich, damit ihn die Prozessverwaltung neu startet.`);
      setTimeout(() => process.exit(70), 200);
    },
  });
  app.addHook('onClose', () => datenbank.schliessen());
  const adresse = await app.listen({ port: o.port ?? 3000, host: o.host ?? '127.0.0.1' });
  return { app, datenbank, adresse, demoGeladen };
}
