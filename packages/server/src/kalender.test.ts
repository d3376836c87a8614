// Kalender der Fristen (Issue 17): iCalendar mit Sitzung und als widerrufbares Abonnement ohne
// Sitzung; geprüft mit einem gepflegten Parser (ical.js): ein ganztägiger Termin je offener Frist
// des eigenen Trägers, Norm und Aktenzeichen im Titel, keine Namen von Personen, Link zum Datensatz.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  schwaben = await u.als('schwaben');
}, 120_000);
afterAll(async () => u?.schliessen());

interface Termin {
  uid: string;
  start: ICAL.Time;
  summary: string;
  url: string;
}

function termine(text: string): Termin[] {
  const kalender = new ICAL.Component(ICAL.parse(text));
  return kalender.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate, summary: e.summary, url: String(v.getFirstPropertyValue('url')) };
  });
}

async function offeneFristen(traegerId: string) {
  return u.datenbank.roh<{ id: string; faellig: string; norm: string; bezug_art: string; bezug_id: string; az: string }>(
    `select f.id, to_char(f.faellig, 'YYYY-MM-DD') as faellig, f.norm, f.bezug_art, f.bezug_id,
            coalesce(a.aktenzeichen, e.aktenzeichen, c.aktenzeichen) as az
       from frist f
       left join fall a on f.bezug_art = 'fall' and a.id = f.bezug_id
       left join erstattungsanspruch e on f.bezug_art = 'erstattungsanspruch' and e.id = f.bezug_id
       left join amtshilfeersuchen c on f.bezug_art = 'amtshilfeersuchen' and c.id = f.bezug_id
      where f.traeger_id = $1 and not f.erledigt`,
    [traegerId],
  );
}

describe(`Kalender der Fristen (${testDb})`, () => {
  it('GET /kalender.ics: ein ganztägiger Termin je offener Frist mit Norm, Aktenzeichen und Link – ohne Namen', async () => {
    const sitzung = (await schwaben.get('/api/v1/sitzung')).json<{ traeger: { id: string } }>();
    const fristen = await offeneFristen(sitzung.traeger.id);
    expect(fristen.length).toBeGreaterThan(0);
    const r = await schwaben.get('/api/v1/kalender.ics');
    expect(r.statusCode, r.body).toBe(200);
    expect(String(r.headers['content-type'])).toMatch(/^text\/calendar/);
    const t = termine(r.body);
    expect(t).toHaveLength(fristen.length);
    for (const f of fristen) {
      const e = t.find((x) => x.uid === `${f.id}@egh-clearing`);
      expect(e, f.id).toBeDefined();
      expect(e?.start.isDate).toBe(true);
      expect(e?.start.toString()).toBe(f.faellig);
      expect(e?.summary.startsWith(`${f.norm}: `)).toBe(true);
      expect(e?.summary).toContain(f.az);
      const seite = { fall: 'faelle', amtshilfeersuchen: 'amtshilfe', erstattungsanspruch: 'erstattung' }[f.bezug_art];
      expect(e?.url).toBe(`http://localhost:80/${seite}/${f.bezug_id}`);
    }
    const namen = await u.datenbank.roh<{ nachname: string; vorname: string }>('select nachname, vorname from person');
    for (const n of namen) expect(r.body).not.toContain(n.nachname);
  });

  it('Abonnement: die Adresse gilt ohne Sitzung, eine neue ersetzt die alte, nach dem Widerruf antwortet sie 404', async () => {
    expect((await schwaben.get('/api/v1/kalender/abonnement')).json()).toMatchObject({ aktiv: false });
    const erste = await schwaben.post('/api/v1/kalender/abonnement', {});
    expect(erste.statusCode, erste.body).toBe(201);
    const url1 = erste.json<{ url: string }>().url;
    expect(url1).toMatch(/^http:\/\/localhost:80\/api\/v1\/kalender\/abonnement\/[A-Za-z0-9_-]{43}\.ics$/);
    const pfad1 = new URL(url1).pathname;
    const abgerufen = await u.app.inject({ method: 'GET', url: pfad1 });
    expect(abgerufen.statusCode).toBe(200);
    expect(termine(abgerufen.body).length).toBe(termine((await schwaben.get('/api/v1/kalender.ics')).body).length);
    expect((await schwaben.get('/api/v1/kalender/abonnement')).json()).toMatchObject({
      aktiv: true,
      zuletztAbgerufenAm: expect.any(String),
    });

    const zweite = await schwaben.post('/api/v1/kalender/abonnement', {});
    const pfad2 = new URL(zweite.json<{ url: string }>().url).pathname;
    expect((await u.app.inject({ method: 'GET', url: pfad1 })).statusCode).toBe(404);
    expect((await u.app.inject({ method: 'GET', url: pfad2 })).statusCode).toBe(200);

    expect((await schwaben.delete('/api/v1/kalender/abonnement')).statusCode).toBe(204);
    const weg = await u.app.inject({ method: 'GET', url: pfad2 });
    expect(weg.statusCode).toBe(404);
    expect(weg.json()).toMatchObject({ detail: 'Diesen Kalender gibt es nicht (mehr). Bitte in EGH-Clearing eine neue Adresse anlegen.' });
    expect((await schwaben.delete('/api/v1/kalender/abonnement')).statusCode).toBe(404);
    expect((await u.app.inject({ method: 'GET', url: '/api/v1/kalender/abonnement/geraten.ics' })).statusCode).toBe(404);
  });

  it('ein deaktivierter Benutzer und Rollen ohne Fristen bekommen keinen Kalender', async () => {
    const abo = await schwaben.post('/api/v1/kalender/abonnement', {});
    const pfad = new URL(abo.json<{ url: string }>().url).pathname;
    await u.datenbank.roh(`update benutzer set aktiv = false where benutzername = 'schwaben'`);
    try {
      expect((await u.app.inject({ method: 'GET', url: pfad })).statusCode).toBe(404);
    } finally {
      await u.datenbank.roh(`update benutzer set aktiv = true where benutzername = 'schwaben'`);
    }
    expect((await u.app.inject({ method: 'GET', url: pfad })).statusCode).toBe(200);
    const admin = await u.als('admin.schwaben');
    expect((await admin.get('/api/v1/kalender.ics')).statusCode).toBe(403);
    expect((await admin.post('/api/v1/kalender/abonnement', {})).statusCode).toBe(403);
  });
});
