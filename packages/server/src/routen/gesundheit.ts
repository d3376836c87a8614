// Betrieb (Issue 18): /health/live (der Prozess antwortet), /health/ready (Datenbank erreichbar,
// Migrationen aktuell, PGlite-Verzeichnis beschreibbar bzw. PostgreSQL nicht schreibgeschützt) und
// /metrics (Prometheus, nur mit Token). Ohne Anmeldung, ohne Sozialdaten; außerhalb von /api, also
// ohne Sitzung und CSRF.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { migrationsVerzeichnis } from '../db/verbindung.ts';
import type { Metriken } from '../http/metriken.ts';
import { version } from '../version.ts';
import { antworten } from './gemeinsam.schema.ts';

interface Pruefung {
  name: 'datenbank' | 'migrationen' | 'schreibbar';
  ok: boolean;
  meldung: string;
}

const pruefungSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', enum: ['datenbank', 'migrationen', 'schreibbar'] },
    ok: { type: 'boolean' },
    meldung: { type: 'string' },
  },
  required: ['name', 'ok', 'meldung'],
} as const;

const bereitSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['bereit', 'nicht bereit'] },
    version: { type: 'string' },
    pruefungen: { type: 'array', items: pruefungSchema },
  },
  required: ['status', 'version', 'pruefungen'],
} as const;

/** Zeitpunkt (ms) der jüngsten Migration, die dieser Stand mitbringt (drizzle/meta/_journal.json). */
function juengsteMigration(): number {
  const journal = JSON.parse(readFileSync(join(migrationsVerzeichnis, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

const fehlertext = (e: unknown) => ((e as Error).message ?? String(e)).split('\n')[0] ?? '';

async function pruefeBereitschaft(o: AppOptionen): Promise<Pruefung[]> {
  const d = o.datenbank;
  if (d.stoerung) return [{ name: 'datenbank', ok: false, meldung: d.stoerung }];
  const ergebnis: Pruefung[] = [];
  try {
    await d.roh('select 1');
    ergebnis.push({
      name: 'datenbank',
      ok: true,
      meldung: d.art === 'pglite' ? 'Eingebettete Datenbank antwortet.' : 'PostgreSQL antwortet.',
    });
  } catch (e) {
    return [{ name: 'datenbank', ok: false, meldung: `Die Datenbank antwortet nicht: ${fehlertext(e)}` }];
  }
  try {
    const [z] = await d.roh<{ zuletzt: string | number | null }>('select max(created_at) as zuletzt from drizzle.__drizzle_migrations');
    const angewendet = Number(z?.zuletzt ?? 0);
    const erwartet = juengsteMigration();
    ergebnis.push(
      angewendet >= erwartet
        ? { name: 'migrationen', ok: true, meldung: 'Alle Migrationen dieses Stands sind angewendet.' }
        : {
            name: 'migrationen',
            ok: false,
            meldung: 'Die Datenbank kennt nicht alle Migrationen dieses Stands; der Server migriert beim Start – bitte neu starten.',
          },
    );
  } catch (e) {
    ergebnis.push({ name: 'migrationen', ok: false, meldung: `Der Stand der Migrationen ist nicht lesbar: ${fehlertext(e)}` });
  }
  if (d.art === 'pglite') {
    if (d.verzeichnis) {
      const probe = join(d.verzeichnis, '.egh-bereitschaftsprobe');
      try {
        writeFileSync(probe, 'x');
        rmSync(probe, { force: true });
        ergebnis.push({ name: 'schreibbar', ok: true, meldung: 'Das Datenverzeichnis ist beschreibbar.' });
      } catch (e) {
        ergebnis.push({
          name: 'schreibbar',
          ok: false,
          meldung: `Das Datenverzeichnis ist nicht beschreibbar (${(e as NodeJS.ErrnoException).code ?? fehlertext(e)}).`,
        });
      }
    } else ergebnis.push({ name: 'schreibbar', ok: true, meldung: 'Flüchtige Datenbank im Arbeitsspeicher.' });
  } else {
    try {
      const [r] = await d.roh<{ nurlesen: boolean }>('select pg_is_in_recovery() as nurlesen');
      ergebnis.push(
        r?.nurlesen
          ? { name: 'schreibbar', ok: false, meldung: 'PostgreSQL ist eine schreibgeschützte Replik; der Server braucht den Primärserver.' }
          : { name: 'schreibbar', ok: true, meldung: 'PostgreSQL nimmt Schreibzugriffe an.' },
      );
    } catch (e) {
      ergebnis.push({ name: 'schreibbar', ok: false, meldung: `Schreibbarkeit nicht feststellbar: ${fehlertext(e)}` });
    }
  }
  return ergebnis;
}

/** Vergleich in konstanter Zeit (über die Hashes: gleiche Länge). */
function gleich(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

export function gesundheitRouten(o: AppOptionen, metriken: Metriken | undefined): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/health/live',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Betrieb'],
          summary: 'Lebt der Prozess? (Liveness-Probe; ohne Datenbank)',
          security: [],
          response: antworten({
            200: { type: 'object', properties: { status: { type: 'string', enum: ['lebt'] } }, required: ['status'] },
          }),
        },
      },
      async (_anfrage, antwort) => {
        void antwort.header('cache-control', 'no-store');
        return { status: 'lebt' as const };
      },
    );

    app.get(
      '/health/ready',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Betrieb'],
          summary: 'Bereit für Anfragen? (Readiness-Probe: Datenbank, Migrationen, Schreibbarkeit)',
          security: [],
          response: antworten({ 200: bereitSchema, 503: bereitSchema }),
        },
      },
      async (_anfrage, antwort) => {
        const pruefungen = await pruefeBereitschaft(o);
        const bereit = pruefungen.every((p) => p.ok);
        void antwort.header('cache-control', 'no-store');
        return antwort.status(bereit ? 200 : 503).send({ status: bereit ? 'bereit' : 'nicht bereit', version, pruefungen });
      },
    );

    app.get(
      '/metrics',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Betrieb'],
          summary: 'Metriken im Textformat von Prometheus (nur mit Token: Authorization: Bearer <EGH_METRIKEN_TOKEN>)',
          description:
            'Ohne gesetztes EGH_METRIKEN_TOKEN ist der Endpunkt abgeschaltet (404). Anfragen je Route und Status, Dauer als Histogramm, Serverfehler, Verbindungen der Pools, Läufe der Aufträge, offene Fristen.',
          security: [],
          response: antworten({
            200: { description: 'Prometheus-Textformat 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } },
          }),
        },
      },
      async (anfrage, antwort) => {
        const problem = (status: number, title: string, detail: string) =>
          antwort
            .status(status)
            .type('application/problem+json; charset=utf-8')
            .send({ type: 'urn:egh:problem:metriken', title, status, detail });
        if (!metriken || !o.metrikenToken)
          return problem(404, 'Nicht gefunden', 'Metriken sind abgeschaltet (EGH_METRIKEN_TOKEN ist nicht gesetzt).');
        const kopf = anfrage.headers.authorization ?? '';
        const token = kopf.startsWith('Bearer ') ? kopf.slice(7) : '';
        if (!token || !gleich(token, o.metrikenToken)) {
          void antwort.header('www-authenticate', 'Bearer realm="metriken"');
          return problem(401, 'Nicht angemeldet', 'Für die Metriken bitte das Token in der Kopfzeile „Authorization: Bearer …“ senden.');
        }
        void antwort.header('cache-control', 'no-store');
        return antwort.type(metriken.contentType).send(await metriken.text());
      },
    );
  };
}
