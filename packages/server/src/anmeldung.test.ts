// Anmeldung unter Angriff (Issue 15): Drosselung mit atomaren Zählern, X-Forwarded-For nur von
// vertrauten Proxys, keine Aussperrung durch Fremde; Passwortregeln, Erstpasswort, Passwortwechsel,
// zweiter Faktor (TOTP) mit Einrichtung, Anmeldung in zwei Schritten und Zurücksetzen; Demo-Daten
// nur auf Wunsch. Gegen eine echte Datenbank (PGlite oder PostgreSQL).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from './app.ts';
import { legeBenutzerAn } from './anwendungsfaelle/benutzer.ts';
import { demoTotpGeheimnis } from './demo.ts';
import { drosselung } from './http/drosselung.ts';
import { codeFuer } from './http/zweiter-faktor.ts';
import { bereiteDatenbankVor, optionenAusUmgebung, vertrauteProxys } from './server.ts';
import { type Umgebung, baueUmgebung, cookieAus, testDb } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung();
}, 120_000);
afterAll(async () => u?.schliessen());

const anmeldung = (app: FastifyInstance, benutzername: string, passwort: string, kopf: { adresse?: string; xff?: string } = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/sitzung',
    ...(kopf.adresse ? { remoteAddress: kopf.adresse } : {}),
    headers: kopf.xff ? { 'x-forwarded-for': kopf.xff } : {},
    payload: { benutzername, passwort },
  });

const weiter = (cookie: string, pfad: string, payload: object = {}, adresse = '127.0.0.1') =>
  u.app.inject({ method: 'POST', url: `/api/v1/sitzung/anmeldung/${pfad}`, remoteAddress: adresse, headers: { cookie }, payload });

async function neuerBenutzer(benutzername: string, rollen: ('kostenerstattung' | 'administration')[] = ['kostenerstattung']) {
  const passwort = `Startpasswort für ${rollen[0]} 7Q`;
  await legeBenutzerAn(u.datenbank.db, { benutzername, name: 'Erika Mustermann', passwort, traegerId: 'bezirk-schwaben', rollen });
  return passwort;
}

describe(`Drosselung der Anmeldung (${testDb})`, () => {
  it('zählt wechselnde X-Forwarded-For-Adressen als eine Adresse, solange kein Proxy vertraut ist: 429 mit Retry-After', async () => {
    const antworten: LightMyRequestResponse[] = [];
    for (let i = 0; i < drosselung.jeBenutzerUndAdresse.versuche + 1; i++)
      antworten.push(await anmeldung(u.app, 'prignitz', 'falsch', { adresse: '198.51.100.7', xff: `203.0.113.${i + 1}` }));
    expect(antworten.slice(0, -1).map((r) => r.statusCode)).toEqual(Array(drosselung.jeBenutzerUndAdresse.versuche).fill(401));
    const gesperrt = antworten.at(-1) as LightMyRequestResponse;
    expect(gesperrt.statusCode).toBe(429);
    expect(gesperrt.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(gesperrt.json()).toMatchObject({
      title: 'Zu viele Anmeldeversuche',
      detail: expect.stringMatching(/Bitte in \d+ Minuten erneut/),
    });
    expect(Number(gesperrt.headers['retry-after'])).toBeGreaterThan(60);
    expect(Number(gesperrt.headers['retry-after'])).toBeLessThanOrEqual(drosselung.jeBenutzerUndAdresse.fensterSekunden);
  });

  it('glaubt X-Forwarded-For nur einem vertrauten Proxy (EGH_VERTRAUTE_PROXYS) und setzt dahinter Secure', async () => {
    const hinterProxy = await baueApp({ datenbank: u.datenbank, vertrauteProxys: ['192.0.2.0/24'] });
    try {
      // Über den Proxy: jede Client-Adresse zählt für sich.
      for (let i = 0; i < drosselung.jeBenutzerUndAdresse.versuche; i++)
        expect((await anmeldung(hinterProxy, 'cottbus', 'falsch', { adresse: '192.0.2.10', xff: '203.0.113.50' })).statusCode).toBe(401);
      expect((await anmeldung(hinterProxy, 'cottbus', 'falsch', { adresse: '192.0.2.10', xff: '203.0.113.50' })).statusCode).toBe(429);
      const andererClient = await hinterProxy.inject({
        method: 'POST',
        url: '/api/v1/sitzung',
        remoteAddress: '192.0.2.10',
        headers: { 'x-forwarded-for': '203.0.113.51', 'x-forwarded-proto': 'https' },
        payload: { benutzername: 'cottbus', passwort: 'demo' },
      });
      expect(andererClient.statusCode).toBe(200);
      expect(String(andererClient.headers['set-cookie'])).toMatch(/Secure/);
      // Ein Client außerhalb des vertrauten Netzes wählt seine Adresse nicht selbst.
      for (let i = 0; i < drosselung.jeBenutzerUndAdresse.versuche; i++)
        await anmeldung(hinterProxy, 'mittelfranken', 'falsch', { adresse: '198.51.100.99', xff: `203.0.113.${100 + i}` });
      expect((await anmeldung(hinterProxy, 'mittelfranken', 'falsch', { adresse: '198.51.100.99', xff: '203.0.113.200' })).statusCode).toBe(
        429,
      );
    } finally {
      await hinterProxy.close();
    }
    // Ohne vertrauten Proxy gilt x-forwarded-proto nicht.
    const direkt = await u.app.inject({
      method: 'POST',
      url: '/api/v1/sitzung',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { benutzername: 'leitung.schwaben', passwort: 'demo' },
    });
    expect(direkt.statusCode).toBe(200);
    expect(String(direkt.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('prüft von 30 parallelen Versuchen höchstens so viele, wie die Grenze erlaubt (atomarer Zähler)', async () => {
    const r = await Promise.all(
      Array.from({ length: 30 }, () => anmeldung(u.app, 'leitung.mittelfranken', 'falsch', { adresse: '198.51.100.30' })),
    );
    const status = r.map((x) => x.statusCode);
    expect(status.filter((s) => s === 401).length).toBe(drosselung.jeBenutzerUndAdresse.versuche);
    expect(status.filter((s) => s === 429).length).toBe(30 - drosselung.jeBenutzerUndAdresse.versuche);
  }, 60_000);

  it('sperrt den Benutzer nicht aus, wenn ein Fremder von einer anderen Adresse rät – erst die langsamere Grenze je Benutzer', async () => {
    const passwort = await neuerBenutzer('opfer.schwaben');
    const eigene = '198.51.100.40';
    const fremd = (i: number) => `203.0.113.${60 + i}`;
    for (let i = 0; i <= drosselung.jeBenutzerUndAdresse.versuche; i++)
      await anmeldung(u.app, 'opfer.schwaben', 'geraten', { adresse: fremd(0) });
    expect((await anmeldung(u.app, 'opfer.schwaben', 'geraten', { adresse: fremd(0) })).statusCode).toBe(429);
    // Der Benutzer selbst kommt von seiner Adresse an (Schritt „Erstpasswort ändern“ = Passwort richtig).
    expect((await anmeldung(u.app, 'opfer.schwaben', passwort, { adresse: eigene })).statusCode).toBe(202);
    // Verteiltes Raten von weiteren Adressen erreicht die Grenze je Benutzer (20 geprüfte Versuche je Stunde).
    let geprueft = drosselung.jeBenutzerUndAdresse.versuche;
    for (let a = 1; geprueft < drosselung.jeBenutzer.versuche; a++)
      for (let i = 0; i < drosselung.jeBenutzerUndAdresse.versuche && geprueft < drosselung.jeBenutzer.versuche; i++) {
        expect((await anmeldung(u.app, 'opfer.schwaben', 'geraten', { adresse: fremd(a) })).statusCode).toBe(401);
        geprueft++;
      }
    expect((await anmeldung(u.app, 'opfer.schwaben', 'geraten', { adresse: fremd(9) })).statusCode).toBe(429);
    const danach = await anmeldung(u.app, 'opfer.schwaben', passwort, { adresse: eigene });
    expect(danach.statusCode).toBe(429);
    expect(Number(danach.headers['retry-after'])).toBeGreaterThan(drosselung.jeBenutzerUndAdresse.fensterSekunden);
  }, 60_000);

  it('zählt gelungene Anmeldungen nicht: 25 Anmeldungen nacheinander von einer Adresse gelingen', async () => {
    for (let i = 0; i < 25; i++) expect((await anmeldung(u.app, 'schwaben', 'demo', { adresse: '198.51.100.50' })).statusCode).toBe(200);
  }, 60_000);
});

describe(`Konten: Erstpasswort, Passwortregeln, Passwortwechsel (${testDb})`, () => {
  it('lehnt beim Anlegen schwache Passwörter ab: zu kurz, Benutzername, häufig', async () => {
    const anlegen = (passwort: string) =>
      legeBenutzerAn(u.datenbank.db, {
        benutzername: 'admin.test',
        name: 'Test',
        passwort,
        traegerId: 'bezirk-schwaben',
        rollen: ['administration'],
      });
    await expect(anlegen('abcd')).rejects.toThrow(/mindestens 12 Zeichen/);
    await expect(anlegen('admin.test2024!')).rejects.toThrow(/Benutzernamen/);
    await expect(anlegen('passwordpassword')).rejects.toThrow(/häufig verwendeter/);
  });

  it('verlangt nach einem Erstpasswort den Wechsel, bevor es eine Sitzung gibt', async () => {
    const erst = await neuerBenutzer('neu.schwaben');
    const r = await anmeldung(u.app, 'neu.schwaben', erst);
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ schritt: 'passwortAendern' });
    expect(cookieAus(r, 'egh_sitzung')).toBe('');
    const vorgang = cookieAus(r, 'egh_anmeldung');
    // Der Anmeldevorgang ist keine Sitzung: weder Daten noch „wer bin ich“.
    for (const url of ['/api/v1/sitzung', '/api/v1/erstattungsansprueche', '/api/v1/fristen'])
      expect((await u.app.inject({ method: 'GET', url, headers: { cookie: vorgang } })).statusCode).toBe(401);
    const schwach = await weiter(vorgang, 'passwort', { neuesPasswort: 'neu.schwaben1' });
    expect(schwach.statusCode).toBe(400);
    expect(schwach.json().fehler[0]).toMatchObject({ pfad: '/neuesPasswort', meldung: expect.stringMatching(/Benutzernamen/) });
    expect((await weiter(vorgang, 'passwort', { neuesPasswort: erst })).json().fehler[0].meldung).toMatch(/unterscheiden/);
    const ok = await weiter(vorgang, 'passwort', { neuesPasswort: 'Kaffeetasse am Donnerstag' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ benutzer: { benutzername: 'neu.schwaben' } });
    expect(cookieAus(ok, 'egh_sitzung')).not.toBe('');
    expect((await anmeldung(u.app, 'neu.schwaben', 'Kaffeetasse am Donnerstag')).statusCode).toBe(200);
    expect((await anmeldung(u.app, 'neu.schwaben', erst)).statusCode).toBe(401);
  });

  it('ändert das eigene Passwort (altes Passwort nötig, Regeln gelten) und beendet die anderen Sitzungen', async () => {
    const andere = await u.als('mittelfranken');
    const c = await u.als('mittelfranken');
    const put = (body: object) => c.put('/api/v1/sitzung/passwort', body);
    expect((await put({ altesPasswort: 'falsch', neuesPasswort: 'Laterne im Nebel 42' })).json().fehler[0].pfad).toBe('/altesPasswort');
    expect((await put({ altesPasswort: 'demo', neuesPasswort: 'qwertyuiopasdf' })).statusCode).toBe(400);
    expect((await put({ altesPasswort: 'demo', neuesPasswort: 'Laterne im Nebel 42' })).statusCode).toBe(204);
    expect((await c.get('/api/v1/sitzung')).statusCode).toBe(200);
    expect((await andere.get('/api/v1/sitzung')).statusCode).toBe(401);
    expect((await anmeldung(u.app, 'mittelfranken', 'demo')).statusCode).toBe(401);
    expect((await anmeldung(u.app, 'mittelfranken', 'Laterne im Nebel 42')).statusCode).toBe(200);
  });
});

describe(`Zweiter Faktor (${testDb})`, () => {
  it('meldet admin.schwaben in zwei Schritten an; ein falscher oder wiederholter Code gilt nicht', async () => {
    const r = await anmeldung(u.app, 'admin.schwaben', 'demo');
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ schritt: 'zweiterFaktor' });
    const vorgang = cookieAus(r, 'egh_anmeldung');
    expect((await u.app.inject({ method: 'GET', url: '/api/v1/traeger/bezirk-schwaben', headers: { cookie: vorgang } })).statusCode).toBe(
      401,
    );
    const falsch = await weiter(vorgang, 'code', { code: '000000' });
    expect(falsch.statusCode).toBe(401);
    expect(falsch.json().fehler[0].pfad).toBe('/code');
    u.uhr.jetzt += 30_000;
    const code = codeFuer(demoTotpGeheimnis, u.uhr.jetzt);
    const ok = await weiter(vorgang, 'code', { code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().rollen).toEqual(['administration']);
    // Derselbe Code ein zweites Mal (RFC 6238 Abschnitt 5.2): abgewiesen.
    const nochmal = await anmeldung(u.app, 'admin.schwaben', 'demo');
    expect((await weiter(cookieAus(nochmal, 'egh_anmeldung'), 'code', { code })).statusCode).toBe(401);
  });

  it('bricht den Anmeldevorgang nach fünf falschen Codes ab', async () => {
    const r = await anmeldung(u.app, 'betrieb', 'demo', { adresse: '198.51.100.60' });
    const vorgang = cookieAus(r, 'egh_anmeldung');
    const adresse = '198.51.100.60';
    for (let i = 0; i < 4; i++) expect((await weiter(vorgang, 'code', { code: '111111' }, adresse)).json().title).toBe('Code falsch');
    expect((await weiter(vorgang, 'code', { code: '111111' }, adresse)).json().title).toBe('Anmeldung abgelaufen');
    u.uhr.jetzt += 30_000;
    expect((await weiter(vorgang, 'code', { code: codeFuer(demoTotpGeheimnis, u.uhr.jetzt) }, adresse)).statusCode).toBe(401);
    // Falsche Codes zählen wie falsche Passwörter: von dieser Adresse ist die Grenze erreicht.
    expect((await anmeldung(u.app, 'betrieb', 'demo', { adresse })).statusCode).toBe(429);
  });

  it('verlangt von einer neuen Administration Passwortwechsel und Einrichtung des zweiten Faktors', async () => {
    const erst = await neuerBenutzer('admin2.schwaben', ['administration']);
    const vorgang = cookieAus(await anmeldung(u.app, 'admin2.schwaben', erst), 'egh_anmeldung');
    const p = await weiter(vorgang, 'passwort', { neuesPasswort: 'Gartenzaun und Regenschirm' });
    expect(p.statusCode).toBe(202);
    expect(p.json()).toMatchObject({ schritt: 'zweiterFaktorEinrichten' });
    expect((await weiter(vorgang, 'code', { code: '123456' })).statusCode).toBe(409);
    const e = await weiter(vorgang, 'zweiter-faktor');
    expect(e.statusCode).toBe(200);
    const { geheimnis, uri, qrSvg } = e.json<{ geheimnis: string; uri: string; qrSvg: string }>();
    expect(geheimnis).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toBe(
      `otpauth://totp/EGH-Clearing:admin2.schwaben?issuer=EGH-Clearing&secret=${geheimnis}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(qrSvg).toMatch(/^<svg/);
    u.uhr.jetzt += 30_000;
    const ok = await weiter(vorgang, 'code', { code: codeFuer(geheimnis, u.uhr.jetzt) });
    expect(ok.statusCode).toBe(200);
    // Ab jetzt: Passwort und Code.
    expect((await anmeldung(u.app, 'admin2.schwaben', 'Gartenzaun und Regenschirm')).json()).toMatchObject({ schritt: 'zweiterFaktor' });
  });

  it('lässt andere Rollen den zweiten Faktor freiwillig einrichten; die Administration setzt ihn zurück', async () => {
    const c = await u.als('leitung.schwaben');
    expect((await c.get('/api/v1/sitzung/zweiter-faktor')).json()).toEqual({ eingerichtet: false, pflicht: false });
    const { geheimnis } = (await c.post('/api/v1/sitzung/zweiter-faktor')).json<{ geheimnis: string }>();
    u.uhr.jetzt += 30_000;
    const bestaetigen = await c.put('/api/v1/sitzung/zweiter-faktor', { code: codeFuer(geheimnis, u.uhr.jetzt) });
    expect(bestaetigen.statusCode).toBe(204);
    expect((await c.get('/api/v1/sitzung/zweiter-faktor')).json()).toEqual({ eingerichtet: true, pflicht: false });
    expect((await anmeldung(u.app, 'leitung.schwaben', 'demo')).json()).toMatchObject({ schritt: 'zweiterFaktor' });

    const fremdeAdmin = await u.als('betrieb');
    const schwabenLeitung = await u.als('schwaben');
    expect((await schwabenLeitung.delete('/api/v1/benutzer/leitung.schwaben/zweiter-faktor')).statusCode).toBe(403);
    const admin = await u.als('admin.schwaben');
    expect((await admin.delete('/api/v1/benutzer/leitung.mittelfranken/zweiter-faktor')).statusCode).toBe(404);
    expect((await admin.delete('/api/v1/benutzer/admin.schwaben/zweiter-faktor')).statusCode).toBe(403);
    expect((await admin.delete('/api/v1/benutzer/leitung.schwaben/zweiter-faktor')).statusCode).toBe(204);
    expect((await anmeldung(u.app, 'leitung.schwaben', 'demo')).statusCode).toBe(200);
    expect((await c.get('/api/v1/sitzung')).statusCode).toBe(401);
    // Erstpasswort durch den Plattformbetrieb: einmal angezeigt, bei der nächsten Anmeldung zu ändern.
    const neu = await fremdeAdmin.post('/api/v1/benutzer/cottbus/erstpasswort');
    expect(neu.statusCode).toBe(200);
    const { erstpasswort } = neu.json<{ erstpasswort: string }>();
    expect((await anmeldung(u.app, 'cottbus', 'demo')).statusCode).toBe(401);
    expect((await anmeldung(u.app, 'cottbus', erstpasswort)).json()).toMatchObject({ schritt: 'passwortAendern' });
  });
});

describe('Demo-Daten und Proxys aus der Umgebung', () => {
  it('lädt Demo-Daten nur auf ausdrücklichen Wunsch (EGH_DEMO=1 oder --demo)', async () => {
    expect(optionenAusUmgebung({}).demo).toBe(false);
    expect(optionenAusUmgebung({ EGH_DEMO: '0' }).demo).toBe(false);
    expect(optionenAusUmgebung({ EGH_DEMO: '1' }).demo).toBe(true);
    const { datenbank, demoGeladen } = await bereiteDatenbankVor({ datenVerzeichnis: 'memory://' });
    try {
      expect(demoGeladen).toBe(false);
      const app = await baueApp({ datenbank });
      expect((await anmeldung(app, 'schwaben', 'demo')).statusCode).toBe(401);
      await app.close();
    } finally {
      await datenbank.schliessen();
    }
  }, 60_000);

  it('liest EGH_VERTRAUTE_PROXYS als Liste von Adressen und Netzen; Unsinn ist ein Startfehler', () => {
    expect(optionenAusUmgebung({}).vertrauteProxys).toEqual([]);
    expect(vertrauteProxys(' 10.0.0.5, 10.1.0.0/16 ,::1')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    expect(() => vertrauteProxys('10.0.0.0/33')).toThrow(/EGH_VERTRAUTE_PROXYS: „10.0.0.0\/33“/);
    expect(() => vertrauteProxys('proxy.intern')).toThrow(/keine IP-Adresse/);
  });
});
