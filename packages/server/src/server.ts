// Start: Datenbank öffnen und migrieren, Nachberechnungen der Migrationen, Stammdaten und (bei leerer Datenbank) Demo-Daten laden,
// HTTP-Server auf PORT (Standard 3000).
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

export interface Startoptionen {
  port?: number;
  host?: string;
  /** PostgreSQL-URL (DATABASE_URL); sonst PGlite im Datenverzeichnis. */
  url?: string;
  datenVerzeichnis?: string;
  /** Demo-Daten bei leerer Datenbank laden (Standard: ja, außer EGH_DEMO=0). */
  demo?: boolean;
  /** Betriebsprotokoll (JSON-Zeilen); aus der Umgebung: Stufe aus EGH_LOG, Standard info. */
  logger?: boolean | LogOptionen;
  /** Stichtag der Demo-Daten (Standard: heute). */
  demoStichtag?: string;
}

export function optionenAusUmgebung(env: NodeJS.ProcessEnv = process.env): Startoptionen {
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    host: env.HOST ?? '127.0.0.1',
    ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}),
    datenVerzeichnis: resolve(env.EGH_DATA_DIR ?? './data'),
    demo: env.EGH_DEMO !== '0',
    logger: { stufe: logStufeAusUmgebung(env.EGH_LOG) },
  };
}

export async function bereiteDatenbankVor(o: Startoptionen): Promise<{ datenbank: Datenbank; demoGeladen: boolean }> {
  const datenbank = await oeffneDatenbank(o.url ? { url: o.url } : { verzeichnis: o.datenVerzeichnis ?? 'memory://' });
  await ladeStammdaten(datenbank.db);
  await fuehreNachberechnungenAus(datenbank.db);
  let demoGeladen = false;
  if (o.demo !== false) {
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
  const app = await baueApp({ datenbank, logger: o.logger ?? false });
  app.addHook('onClose', () => datenbank.schliessen());
  const adresse = await app.listen({ port: o.port ?? 3000, host: o.host ?? '127.0.0.1' });
  return { app, datenbank, adresse, demoGeladen };
}
