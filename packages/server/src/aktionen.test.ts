// Erlaubte Aktionen je Datensatz und Benutzer (`aktionen`): aus derselben Übergangstabelle, die der
// Server beim Ausführen durchsetzt – mit deutschem Grund, wenn eine Aktion nicht möglich ist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legeBenutzerAn } from './anwendungsfaelle/benutzer.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;
let mittelfranken: Client;
let leitungMf: Client;
let prignitz: Client;
let cottbus: Client;
let leitungPrignitz: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  await legeBenutzerAn(u.datenbank.db, {
    benutzername: 'leitung.prignitz',
    traegerId: '12070',
    rollen: ['leitung'],
    name: 'Leitung Prignitz',
    passwort: 'demo',
    demoKonto: true,
  });
  [schwaben, mittelfranken, leitungMf, prignitz, cottbus, leitungPrignitz] = await Promise.all([
    u.als('schwaben'),
    u.als('mittelfranken'),
    u.als('leitung.mittelfranken'),
    u.als('prignitz'),
    u.als('cottbus'),
    u.als('leitung.prignitz'),
  ]);
}, 120_000);
afterAll(async () => u?.schliessen());

interface Aktion {
  aktion: string;
  erlaubt: boolean;
  grund?: string;
  hindernis?: string;
}
const url = '/api/v1/erstattungsansprueche';
const anspruch = {
  aktenzeichen: 'S-KE-2025-0900',
  verpflichteterId: 'bezirk-mittelfranken',
  rechtsgrundlage: {
    leistungsbeginn: '2025-01-01',
    verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
    zahlender: { art: 'egh' },
    verpflichteter: { art: 'egh', insgesamtZustaendig: true },
  },
  leistungszeitraeume: [{ von: '2025-01-01', bis: '2025-01-31', betragCent: 150000 }],
  kenntnisEntscheidung: '2025-01-15',
};

async function aktionen(c: Client, pfad: string): Promise<Record<string, Aktion>> {
  const r = await c.get(pfad);
  expect(r.statusCode, r.body).toBe(200);
  return Object.fromEntries((r.json().aktionen as Aktion[]).map((a) => [a.aktion, a]));
}

async function fuehreAus(c: Client, id: string, was: string, body: Record<string, unknown> = {}) {
  const etag = String((await c.get(`${url}/${id}`)).headers.etag);
  return c.post(`${url}/${id}/${was}`, body, { 'if-match': etag });
}

describe(`Erlaubte Aktionen (${testDb})`, () => {
  it('Erstattung: nennt je Seite, Status und Rolle, was geht, und warum das andere nicht', async () => {
    const neu = await schwaben.post(url, anspruch);
    expect(neu.statusCode, neu.body).toBe(201);
    const id = neu.json().id as string;
    // Die Antwort auf das Anlegen trägt sie schon.
    expect(neu.json().aktionen).toContainEqual({ aktion: 'anmelden', erlaubt: true });

    const entwurf = await aktionen(schwaben, `${url}/${id}`);
    expect(entwurf.anmelden).toEqual({ aktion: 'anmelden', erlaubt: true });
    expect(entwurf.beziffern).toEqual({
      aktion: 'beziffern',
      erlaubt: false,
      grund: 'Nur im Status „Angemeldet“; der Anspruch ist „Entwurf“.',
      hindernis: 'status',
    });
    expect(entwurf.freigeben).toMatchObject({ grund: 'Das ist Sache des verpflichteten Trägers.', hindernis: 'seite' });
    // Zahlungen erfassen beide Seiten, aber erst nach Anerkennung.
    expect(entwurf.zahlung?.grund).toBe(
      'Nur im Status „Anerkannt“, „Teilweise anerkannt“, „Klage“ oder „Bezahlt“; der Anspruch ist „Entwurf“.',
    );
    // Jede Aktion der Tabelle steht genau einmal da.
    expect(Object.keys(entwurf).sort()).toEqual(
      ['anmelden', 'beziffern', 'erledigen', 'freigeben', 'klagen', 'rechtskraft', 'vorschlagVerwerfen', 'vorschlagen', 'zahlung'].sort(),
    );

    expect((await fuehreAus(schwaben, id, 'anmelden')).statusCode).toBe(200);
    // Sachbearbeitung der Kostenerstattung beim Verpflichteten: vorschlagen ja, freigeben nur die Leitung.
    const mf = await aktionen(mittelfranken, `${url}/${id}`);
    expect(mf.vorschlagen?.erlaubt).toBe(true);
    expect(mf.freigeben).toMatchObject({ grund: 'Nur mit der Rolle Leitung; Sie haben die Rolle Kostenerstattung.', hindernis: 'rolle' });
    expect((await aktionen(leitungMf, `${url}/${id}`)).freigeben?.grund).toMatch(/^Es liegt kein Vorschlag vor\. Zuerst schlägt/);

    expect((await fuehreAus(leitungMf, id, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Zuständig.' })).statusCode).toBe(200);
    // Vier-Augen-Prinzip: die Leitung, die vorgeschlagen hat, darf nicht freigeben – und erfährt warum;
    // der Server weist denselben Versuch mit derselben Meldung ab.
    const selbst = (await aktionen(leitungMf, `${url}/${id}`)).freigeben;
    expect(selbst?.erlaubt).toBe(false);
    expect(selbst?.grund).toBe(
      'Vier-Augen-Prinzip: Sie haben den Vorschlag selbst gemacht. Freigeben muss eine andere Person mit der Rolle Leitung.',
    );
    const versuch = await fuehreAus(leitungMf, id, 'freigeben');
    expect(versuch.statusCode).toBe(403);
    expect(versuch.json().detail).toBe(selbst?.grund);
    expect((await aktionen(leitungMf, `${url}/${id}`)).vorschlagVerwerfen?.erlaubt).toBe(true);
  });

  it('Amtshilfe: der ersuchte Träger darf annehmen, der ersuchende nicht; die Leitung liest nur', async () => {
    const ausgang = (await prignitz.get('/api/v1/amtshilfeersuchen?richtung=ausgang&status=Gesendet')).json();
    const id = ausgang.eintraege[0]?.id as string;
    expect(id).toBeTruthy();
    const pfad = `/api/v1/amtshilfeersuchen/${id}`;
    const ersuchter = await aktionen(cottbus, pfad);
    expect(ersuchter.annehmen).toEqual({ aktion: 'annehmen', erlaubt: true });
    expect(ersuchter.ablehnen?.erlaubt).toBe(true);
    expect(ersuchter.bezahlen?.grund).toBe('Der Vermerk der Zahlung ist Sache des ersuchenden Trägers.');
    const ersuchender = await aktionen(prignitz, pfad);
    expect(ersuchender.annehmen?.grund).toBe('Die Annahme ist Sache des ersuchten Trägers.');
    expect(ersuchender.senden?.grund).toBe('Das Senden ist im Status „Gesendet“ nicht möglich (möglich in: Entwurf).');
    const leitung = await aktionen(leitungPrignitz, pfad);
    expect(Object.values(leitung).filter((a) => a.erlaubt)).toEqual([]);
    expect(leitung.aufsicht).toMatchObject({
      grund: 'Die Anrufung der Aufsichtsbehörde ist der Rolle Sachbearbeitung vorbehalten.',
      hindernis: 'rolle',
    });
  });
});
