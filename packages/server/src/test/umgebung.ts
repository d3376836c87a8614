// Testumgebung mit echter Datenbank: PGlite (Standard) oder PostgreSQL (EGH_TEST_DB=postgresql,
// je Testdatei eine frische Datenbank auf EGH_TEST_POSTGRES_URL). Stammdaten und Demo-Daten wie
// beim ersten Start; Anfragen über app.inject mit Cookie und CSRF-Token wie ein Browser.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { baueApp } from '../app.ts';
import { type Datenbank, laufzeitRolle, sichereAppRolle } from '../db/verbindung.ts';
import { demoTotpBenutzer, demoTotpGeheimnis } from '../demo.ts';
import { codeFuer } from '../http/zweiter-faktor.ts';
import { bereiteDatenbankVor } from '../server.ts';

export const testDb = (process.env.EGH_TEST_DB ?? 'pglite') as 'pglite' | 'postgresql';
/** Nur PostgreSQL: der Cluster, auf dem die Testdatenbanken entstehen. */
export const basisUrl = process.env.EGH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Fester Stichtag der Demo-Daten in Tests (damit Fristen reproduzierbar sind). */
export const demoStichtag = '2025-06-30';

export interface Umgebung {
  app: FastifyInstance;
  datenbank: Datenbank;
  /**
   * Meldet einen Demo-Benutzer an (Passwort „demo“; für admin.schwaben und betrieb mit dem Code
   * des Demo-Geheimnisses) und gibt einen Client zurück.
   */
  als(benutzername: string): Promise<Client>;
  /** Die Uhr des zweiten Faktors (Millisekunden); `als` stellt sie je Code 30 Sekunden vor. */
  uhr: { jetzt: number };
  ohneAnmeldung(): Client;
  schliessen(): Promise<void>;
  /** Nur PostgreSQL: URL der Testdatenbank (als Eigentümer). */
  url?: string;
  /** Nur PostgreSQL: URL der Testdatenbank mit der Anmelderolle des Servers (besitzt nichts). */
  laufzeitUrl?: string;
}

export interface Client {
  csrf: string;
  /** „egh_sitzung=…“ */
  cookie: string;
  get(url: string, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
}

function client(app: FastifyInstance, cookie: string, csrf: string): Client {
  const senden = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, kopf: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}), ...kopf },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  return {
    csrf,
    cookie,
    get: (url, kopf) => senden('GET', url, undefined, kopf),
    post: (url, body, kopf) => senden('POST', url, body ?? {}, kopf),
    patch: (url, body, kopf) => senden('PATCH', url, body, kopf),
    put: (url, body, kopf) => senden('PUT', url, body, kopf),
    delete: (url, kopf) => senden('DELETE', url, undefined, kopf),
  };
}

/** „name=wert“ des gesetzten Cookies `name` aus Set-Cookie. */
export function cookieAus(r: LightMyRequestResponse, name: string): string {
  const kopf = r.headers['set-cookie'];
  const zeilen = Array.isArray(kopf) ? kopf : kopf ? [kopf] : [];
  return zeilen.map((z) => z.split(';')[0] ?? '').find((z) => z.startsWith(`${name}=`) && z.length > name.length + 1) ?? '';
}

/**
 * Eine frische Datenbank und, wie im Betrieb (docs/BETRIEB.md), eine eigene Anmelderolle für die
 * Arbeit der Träger, die nichts besitzt (Mitglied von egh_laufzeit): `url` meldet sich mit ihr an,
 * `migrationUrl` als Eigentümer (der Benutzer aus EGH_TEST_POSTGRES_URL).
 */
export async function neueDatenbankUrl(): Promise<{
  url: string;
  migrationUrl: string;
  laufzeitrolle: string;
  entfernen: () => Promise<void>;
}> {
  const name = `egh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: basisUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await sichereAppRolle(admin);
  await sichereAppRolle(admin, laufzeitRolle);
  await admin.query(`create role ${name} login in role ${laufzeitRolle}`);
  await admin.end();
  const migrationUrl = basisUrl.replace(/\/[^/]*$/, `/${name}`);
  const url = new URL(migrationUrl);
  url.username = name;
  url.password = '';
  return {
    url: url.toString(),
    migrationUrl,
    laufzeitrolle: name,
    entfernen: async () => {
      const a = new pg.Client({ connectionString: basisUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.query(`drop role if exists ${name}`);
      await a.end();
    },
  };
}

export async function baueUmgebung(o: { demo?: boolean } = {}): Promise<Umgebung> {
  let entfernen = async () => {};
  let url: string | undefined;
  let migrationUrl: string | undefined;
  if (testDb === 'postgresql') {
    const neu = await neueDatenbankUrl();
    url = neu.url;
    migrationUrl = neu.migrationUrl;
    entfernen = neu.entfernen;
  }
  const { datenbank } = await bereiteDatenbankVor({
    ...(url ? { url, migrationUrl } : { datenVerzeichnis: 'memory://' }),
    demo: o.demo ?? true,
    demoStichtag,
  });
  const uhr = { jetzt: Date.now() };
  const app = await baueApp({ datenbank, uhr: () => uhr.jetzt });
  await app.ready();
  return {
    app,
    datenbank,
    uhr,
    ...(url && migrationUrl ? { url: migrationUrl, laufzeitUrl: url } : {}),
    async als(benutzername) {
      let r = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername, passwort: 'demo' } });
      if (r.statusCode === 202 && demoTotpBenutzer.includes(benutzername)) {
        // Jeder Code gilt nur einmal (RFC 6238 Abschnitt 5.2): die Uhr einen Zeitschritt weiter.
        uhr.jetzt += 30_000;
        r = await app.inject({
          method: 'POST',
          url: '/api/v1/sitzung/anmeldung/code',
          headers: { cookie: cookieAus(r, 'egh_anmeldung') },
          payload: { code: codeFuer(demoTotpGeheimnis, uhr.jetzt) },
        });
      }
      if (r.statusCode !== 200) throw new Error(`Anmeldung ${benutzername}: ${r.statusCode} ${r.body}`);
      return client(app, cookieAus(r, 'egh_sitzung'), r.json<{ csrfToken: string }>().csrfToken);
    },
    ohneAnmeldung: () => client(app, '', ''),
    async schliessen() {
      await app.close();
      await datenbank.schliessen();
      await entfernen();
    },
  };
}
