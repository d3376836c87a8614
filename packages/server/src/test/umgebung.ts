// Testumgebung mit echter Datenbank: PGlite (Standard) oder PostgreSQL (EGH_TEST_DB=postgresql,
// je Testdatei eine frische Datenbank auf EGH_TEST_POSTGRES_URL). Stammdaten und Demo-Daten wie
// beim ersten Start; Anfragen über app.inject mit Cookie und CSRF-Token wie ein Browser.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { baueApp } from '../app.ts';
import type { Datenbank } from '../db/verbindung.ts';
import { bereiteDatenbankVor } from '../server.ts';

export const testDb = (process.env.EGH_TEST_DB ?? 'pglite') as 'pglite' | 'postgresql';
/** Nur PostgreSQL: der Cluster, auf dem die Testdatenbanken entstehen. */
export const basisUrl = process.env.EGH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Fester Stichtag der Demo-Daten in Tests (damit Fristen reproduzierbar sind). */
export const demoStichtag = '2025-06-30';

export interface Umgebung {
  app: FastifyInstance;
  datenbank: Datenbank;
  /** Meldet einen Demo-Benutzer an (Passwort „demo“) und gibt einen Client zurück. */
  als(benutzername: string): Promise<Client>;
  ohneAnmeldung(): Client;
  schliessen(): Promise<void>;
  /** Nur PostgreSQL: URL der Testdatenbank. */
  url?: string;
}

export interface Client {
  csrf: string;
  get(url: string, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, kopf?: Record<string, string>): Promise<LightMyRequestResponse>;
}

function client(app: FastifyInstance, cookie: string, csrf: string): Client {
  const senden = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, kopf: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}), ...kopf },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
  return {
    csrf,
    get: (url, kopf) => senden('GET', url, undefined, kopf),
    post: (url, body, kopf) => senden('POST', url, body ?? {}, kopf),
    patch: (url, body, kopf) => senden('PATCH', url, body, kopf),
    delete: (url, kopf) => senden('DELETE', url, undefined, kopf),
  };
}

async function neueDatenbankUrl(): Promise<{ url: string; entfernen: () => Promise<void> }> {
  const name = `egh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: basisUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = basisUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    entfernen: async () => {
      const a = new pg.Client({ connectionString: basisUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export async function baueUmgebung(o: { demo?: boolean } = {}): Promise<Umgebung> {
  let entfernen = async () => {};
  let url: string | undefined;
  if (testDb === 'postgresql') {
    const neu = await neueDatenbankUrl();
    url = neu.url;
    entfernen = neu.entfernen;
  }
  const { datenbank } = await bereiteDatenbankVor({
    ...(url ? { url } : { datenVerzeichnis: 'memory://' }),
    demo: o.demo ?? true,
    demoStichtag,
  });
  const app = await baueApp({ datenbank });
  await app.ready();
  return {
    app,
    datenbank,
    ...(url ? { url } : {}),
    async als(benutzername) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername, passwort: 'demo' } });
      if (r.statusCode !== 200) throw new Error(`Anmeldung ${benutzername}: ${r.statusCode} ${r.body}`);
      const setCookie = r.headers['set-cookie'];
      const zeile = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      const cookie = (zeile ?? '').split(';')[0] ?? '';
      return client(app, cookie, r.json<{ csrfToken: string }>().csrfToken);
    },
    ohneAnmeldung: () => client(app, '', ''),
    async schliessen() {
      await app.close();
      await datenbank.schliessen();
      await entfernen();
    },
  };
}
