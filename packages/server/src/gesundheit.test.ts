// Betrieb (Issue 18): Liveness, Readiness mit Datenbank, Migrationen und Schreibbarkeit; Metriken im
// Prometheus-Textformat nur mit Token; eine Protokollzeile je Anfrage mit Kennung der Anfrage und des
// Benutzers, ohne Namen.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from './app.ts';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';
import { metrikenToken } from './server.ts';

const token = 'ein-langes-geheimnis-fuer-die-metriken';
let u: Umgebung;
let app: FastifyInstance;
const zeilen: string[] = [];

beforeAll(async () => {
  u = await baueUmgebung();
  app = await baueApp({
    datenbank: u.datenbank,
    metrikenToken: token,
    logger: { stufe: 'info', ziel: { write: (z) => void zeilen.push(z) } },
  });
  await app.ready();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await u?.schliessen();
});

/** Eine Zeile des Textformats 0.0.4: Kommentar (# HELP/# TYPE) oder Name{Labels} Wert. */
const probe = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? (-?[0-9.]+(e[-+]?[0-9]+)?|NaN|[-+]Inf)$/;

describe(`Betrieb: Gesundheit und Metriken (${testDb})`, () => {
  it('/health/live antwortet ohne Anmeldung; /health/ready meldet Datenbank, Migrationen und Schreibbarkeit als bereit', async () => {
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'lebt' });
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode, ready.body).toBe(200);
    const r = ready.json<{ status: string; pruefungen: { name: string; ok: boolean; meldung: string }[] }>();
    expect(r.status).toBe('bereit');
    expect(r.pruefungen.map((p) => [p.name, p.ok])).toEqual([
      ['datenbank', true],
      ['migrationen', true],
      ['schreibbar', true],
    ]);
  });

  it('nicht bereit (503) mit deutscher Begründung, wenn eine Migration fehlt oder das Datenverzeichnis nicht beschreibbar ist', async () => {
    const [letzte] = await u.datenbank.roh<{ id: number; hash: string; created_at: string }>(
      'select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
    );
    await u.datenbank.roh('delete from drizzle.__drizzle_migrations where id = $1', [letzte?.id]);
    try {
      const r = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(r.statusCode).toBe(503);
      expect(r.json()).toMatchObject({ status: 'nicht bereit' });
      expect(r.json<{ pruefungen: { name: string; ok: boolean; meldung: string }[] }>().pruefungen).toContainEqual({
        name: 'migrationen',
        ok: false,
        meldung: expect.stringContaining('nicht alle Migrationen') as string,
      });
    } finally {
      await u.datenbank.roh('insert into drizzle.__drizzle_migrations (id, hash, created_at) values ($1, $2, $3)', [
        letzte?.id,
        letzte?.hash,
        letzte?.created_at,
      ]);
    }
    if (u.datenbank.art === 'pglite') {
      u.datenbank.verzeichnis = '/proc/egh-kein-verzeichnis';
      try {
        const r = await app.inject({ method: 'GET', url: '/health/ready' });
        expect(r.statusCode).toBe(503);
        expect(
          r.json<{ pruefungen: { name: string; meldung: string }[] }>().pruefungen.find((p) => p.name === 'schreibbar')?.meldung,
        ).toMatch(/^Das Datenverzeichnis ist nicht beschreibbar/);
      } finally {
        delete u.datenbank.verzeichnis;
      }
    }
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });

  it('/metrics: ohne Token abgeschaltet, mit falschem Token 401, mit Token das Textformat mit Routenmustern statt Kennungen', async () => {
    const ohne = await baueApp({ datenbank: u.datenbank });
    expect((await ohne.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    await ohne.close();
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer falsch' } })).statusCode).toBe(401);

    const anmeldung = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername: 'prignitz', passwort: 'demo' } });
    const cookie = String(anmeldung.headers['set-cookie']).split(';')[0] ?? '';
    await app.inject({ method: 'GET', url: '/api/v1/faelle?suche=Lehmann', headers: { cookie } });
    const faelle = await app.inject({ method: 'GET', url: '/api/v1/faelle', headers: { cookie } });
    const id = faelle.json<{ eintraege: { id: string }[] }>().eintraege[0]?.id ?? '00000000-0000-4000-8000-000000000000';
    expect((await app.inject({ method: 'GET', url: `/api/v1/faelle/${id}`, headers: { cookie } })).statusCode).toBe(200);

    const m = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(m.statusCode).toBe(200);
    expect(String(m.headers['content-type'])).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = m.body;
    for (const z of text.split('\n').filter((z) => z && !z.startsWith('#'))) expect(z).toMatch(probe);
    expect(text).toMatch(/^egh_http_anfragen_total\{methode="GET",route="\/api\/v1\/faelle\/:id",status="200"\} 1$/m);
    expect(text).toMatch(/^egh_http_dauer_sekunden_bucket\{le="\+Inf",methode="GET",route="\/api\/v1\/faelle\/:id"\} 1$/m);
    expect(text).toMatch(/^egh_fristen_offen\{faelligkeit="ueberfaellig"\} \d+$/m);
    expect(text).toMatch(/^egh_process_resident_memory_bytes \d+/m);
    if (u.datenbank.art === 'postgresql') expect(text).toMatch(/^egh_db_verbindungen\{pool="laufzeit",zustand="gesamt"\} \d+$/m);
    expect(text).not.toContain(id);
    expect(text).not.toMatch(/Lehmann|suche=/);
  });

  it('eine Protokollzeile je Anfrage mit Kennung der Anfrage und des Benutzers, ohne Namen und Suchbegriffe', async () => {
    zeilen.length = 0;
    const anmeldung = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername: 'prignitz', passwort: 'demo' } });
    const cookie = String(anmeldung.headers['set-cookie']).split(';')[0] ?? '';
    const benutzerId = anmeldung.json<{ benutzer: { id: string } }>().benutzer.id;
    await app.inject({ method: 'GET', url: '/api/v1/faelle?suche=Lehmann', headers: { cookie } });
    const json = zeilen.map(
      (z) => JSON.parse(z) as { reqId?: string; msg: string; benutzer?: string; req?: { url: string }; res?: { statusCode: number } },
    );
    const fertig = json.filter((z) => z.msg === 'request completed');
    expect(fertig).toHaveLength(2);
    expect(new Set(fertig.map((z) => z.reqId)).size).toBe(2);
    expect(fertig[1]).toMatchObject({ benutzer: benutzerId, req: { url: '/api/v1/faelle' }, res: { statusCode: 200 } });
    expect(zeilen.join('\n')).not.toMatch(/Lehmann|prignitz|Prignitz|demo/);
  });

  it('EGH_METRIKEN_TOKEN unter 24 Zeichen wird beim Start mit deutscher Meldung abgelehnt', () => {
    expect(() => metrikenToken('kurz')).toThrow('EGH_METRIKEN_TOKEN ist zu kurz (4 Zeichen)');
    expect(metrikenToken(token)).toBe(token);
  });
});
