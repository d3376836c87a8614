// Hygiene der API: keine Zwischenspeicherung personenbezogener Antworten, Sitzungen enden nach
// Leerlauf (gleitend, EGH_SITZUNG_LEERLAUF_MIN), IBANs nur mit gültiger Prüfziffer (ISO 13616).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leerlaufMinuten, vergissVerlaengerungen } from './http/sitzung.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let prignitz: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  prignitz = await u.als('prignitz');
}, 120_000);
afterAll(async () => u?.schliessen());

describe(`Cache-Control (${testDb})`, () => {
  it('jede Antwort der API mit personenbezogenen Daten – auch Fehler und Anmeldung – trägt no-store', async () => {
    const antworten = [
      await prignitz.get('/api/v1/faelle'),
      await prignitz.get('/api/v1/sitzung'),
      await prignitz.get('/api/v1/fristen'),
      await prignitz.get('/api/v1/faelle/00000000-0000-4000-8000-000000000000'),
      await prignitz.get('/api/v1/gibt-es-nicht'),
      await u.ohneAnmeldung().get('/api/v1/faelle'),
      await u.ohneAnmeldung().post('/api/v1/sitzung', { benutzername: 'prignitz', passwort: 'demo' }),
    ];
    expect(antworten.map((r) => r.statusCode)).toEqual([200, 200, 200, 404, 404, 401, 200]);
    for (const r of antworten) expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe(`Leerlauf der Sitzung (${testDb})`, () => {
  const ende = async () =>
    (
      await u.datenbank.roh<{ rest: number }>(
        `select extract(epoch from laeuft_ab_am - now())::int as rest from sitzung order by erstellt_am desc limit 1`,
      )
    )[0]?.rest ?? 0;

  it('Standard 30 Minuten, einstellbar über EGH_SITZUNG_LEERLAUF_MIN; Unsinn wird beim Start gemeldet', () => {
    expect(leerlaufMinuten({})).toBe(30);
    expect(leerlaufMinuten({ EGH_SITZUNG_LEERLAUF_MIN: '5' })).toBe(5);
    expect(() => leerlaufMinuten({ EGH_SITZUNG_LEERLAUF_MIN: 'null' })).toThrow('EGH_SITZUNG_LEERLAUF_MIN „null“');
    expect(() => leerlaufMinuten({ EGH_SITZUNG_LEERLAUF_MIN: '0' })).toThrow('ganze Minuten');
  });

  it('nach der Anmeldung 30 Minuten; jede Anfrage verschiebt das Ende; nach 30 Minuten ohne Anfrage ist die Sitzung beendet', async () => {
    const c = await u.als('cottbus');
    const nachAnmeldung = await ende();
    expect(nachAnmeldung).toBeGreaterThan(29 * 60);
    expect(nachAnmeldung).toBeLessThanOrEqual(30 * 60);

    // 29 Minuten ohne Anfrage: noch eine Minute übrig. Eine Anfrage verschiebt das Ende wieder auf 30 Minuten.
    await u.datenbank.roh(
      `update sitzung set laeuft_ab_am = now() + interval '1 minute' where benutzer_id = (select id from benutzer where benutzername = 'cottbus')`,
    );
    // Die Instanz schreibt höchstens einmal je Minute; hier ist die letzte Anfrage 29 Minuten her.
    vergissVerlaengerungen();
    expect((await c.get('/api/v1/faelle')).statusCode).toBe(200);
    expect(await ende()).toBeGreaterThan(29 * 60);

    // 30 Minuten ohne Anfrage: abgelaufen, auch für den Rundlauf-Pfad (Fristen) und Änderungen.
    await u.datenbank.roh(
      `update sitzung set laeuft_ab_am = now() - interval '1 second' where benutzer_id = (select id from benutzer where benutzername = 'cottbus')`,
    );
    vergissVerlaengerungen();
    expect((await c.get('/api/v1/faelle')).statusCode).toBe(401);
    expect((await c.get('/api/v1/fristen')).statusCode).toBe(401);
    expect((await c.get('/api/v1/sitzung')).statusCode).toBe(401);
    // Eine abgelaufene Sitzung wird durch einen Versuch nicht wieder gültig.
    expect(await ende()).toBeLessThan(0);
  });
});

describe(`IBAN (${testDb})`, () => {
  it('eine IBAN mit falscher Prüfziffer wird nicht gespeichert (400, Feld genannt); eine gültige schon', async () => {
    const admin = await u.als('admin.schwaben');
    const vorher = await admin.get('/api/v1/traeger/bezirk-schwaben');
    expect(vorher.statusCode).toBe(200);
    const falsch = await admin.patch(
      '/api/v1/traeger/bezirk-schwaben',
      { iban: 'DE00123456781234567890' },
      { 'if-match': String(vorher.headers.etag) },
    );
    expect(falsch.statusCode).toBe(400);
    expect(falsch.json().fehler).toEqual([{ pfad: '/iban', meldung: 'IBAN: Prüfziffer stimmt nicht.' }]);
    expect((await admin.get('/api/v1/traeger/bezirk-schwaben')).json().iban).toBe(vorher.json().iban);

    const betrieb = await u.als('betrieb');
    const neu = await betrieb.post('/api/v1/traeger', {
      id: 'test-iban',
      name: 'Testträger',
      kurzname: 'Test',
      art: 'oertlich',
      land: 'BY',
      rechtstraeger: 'Test',
      iban: 'DE88370400440532013000',
    });
    expect(neu.statusCode).toBe(400);
    expect(neu.json().fehler[0]).toEqual({ pfad: '/iban', meldung: 'IBAN: Prüfziffer stimmt nicht.' });

    const gut = await admin.patch(
      '/api/v1/traeger/bezirk-schwaben',
      { iban: 'DE89370400440532013000' },
      { 'if-match': String(vorher.headers.etag) },
    );
    expect(gut.statusCode).toBe(200);
    expect(gut.json().iban).toBe('DE89370400440532013000');
  });
});
