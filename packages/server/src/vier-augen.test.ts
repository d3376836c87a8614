// Vier-Augen-Prinzip unter Angriff: Ein Vorschlag gilt dem Anspruch, wie er war. Ändert der
// Anspruchsteller danach Zeiträume oder Beträge, ist der Vorschlag hinfällig; bei der Freigabe
// prüft der Server unabhängig davon noch einmal den Betrag gegen die aktuelle Forderung.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erstattungsanspruch } from './db/schema.ts';
import { alsSystem } from './db/verbindung.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;
let mittelfranken: Client;
let leitungMf: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  [schwaben, mittelfranken, leitungMf] = await Promise.all([u.als('schwaben'), u.als('mittelfranken'), u.als('leitung.mittelfranken')]);
}, 120_000);
afterAll(async () => u?.schliessen());

// Die Forderung ist der Betrag der Leistungen zuzüglich 5 % Verwaltungskosten (Demo-Rechtsgrundlage):
// 1.000,00 € Leistung → Forderung 1.050,00 €.
const zeitraum = (betragCent: number) => [{ von: '2025-01-01', bis: '2025-01-31', betragCent }];

async function angemeldeterAnspruch(aktenzeichen: string, betragCent: number): Promise<string> {
  const r = await schwaben.post(
    '/api/v1/erstattungsansprueche',
    {
      aktenzeichen,
      verpflichteterId: 'bezirk-mittelfranken',
      rechtsgrundlage: {
        leistungsbeginn: '2025-01-01',
        verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
        zahlender: { art: 'egh' },
        verpflichteter: { art: 'egh', insgesamtZustaendig: true },
      },
      leistungszeitraeume: zeitraum(betragCent),
      kenntnisEntscheidung: '2025-01-15',
    },
    { 'idempotency-key': `vier-augen-${aktenzeichen}` },
  );
  expect(r.statusCode).toBe(201);
  const id = r.json<{ id: string }>().id;
  expect((await aktion(schwaben, id, 'anmelden')).statusCode).toBe(200);
  return id;
}

async function aktion(c: Client, id: string, was: string, body: Record<string, unknown> = {}) {
  const aktuell = await c.get(`/api/v1/erstattungsansprueche/${id}`);
  return c.post(`/api/v1/erstattungsansprueche/${id}/${was}`, body, { 'if-match': String(aktuell.headers.etag) });
}

async function zeitraeumeAendern(id: string, betragCent: number) {
  const aktuell = await schwaben.get(`/api/v1/erstattungsansprueche/${id}`);
  // Im Status „Angemeldet“ darf der Anspruchsteller die Zeiträume noch ändern.
  const r = await schwaben.patch(
    `/api/v1/erstattungsansprueche/${id}`,
    { leistungszeitraeume: zeitraum(betragCent) },
    { 'if-match': String(aktuell.headers.etag) },
  );
  expect(r.statusCode).toBe(200);
  return r;
}

describe(`Vier-Augen-Prinzip gegen nachträgliche Änderungen (${testDb})`, () => {
  it('der Vorschlag nennt die Forderung und die Version des Anspruchs, auf die er gemacht wurde', async () => {
    const id = await angemeldeterAnspruch('VA-1', 100000);
    const r = await aktion(mittelfranken, id, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Zuständigkeit geprüft.' });
    expect(r.statusCode).toBe(200);
    const a = r.json();
    expect(a.vorschlag).toMatchObject({ entscheidung: 'Anerkannt', forderungCent: 105000, anspruchVersion: a.version - 1 });
  });

  it('Anerkannt 1.050,00 €, dann Zeiträume auf 1.000.000 € erhöht: Vorschlag hinfällig, Freigabe nicht möglich', async () => {
    const id = await angemeldeterAnspruch('VA-2', 100000);
    expect(
      (await aktion(mittelfranken, id, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Zuständigkeit geprüft.' })).statusCode,
    ).toBe(200);
    const geaendert = (await zeitraeumeAendern(id, 100_000_000)).json();
    expect(geaendert.forderungCent).toBe(105_000_000);
    expect(geaendert.vorschlag).toBeNull();

    const frei = await aktion(leitungMf, id, 'freigeben');
    expect(frei.statusCode).toBe(409);
    const a = (await leitungMf.get(`/api/v1/erstattungsansprueche/${id}`)).json();
    expect(a).toMatchObject({ status: 'Angemeldet', anerkanntCent: null, vorschlag: null });

    // Das Protokoll hält fest, dass der Vorschlag durch die Änderung hinfällig wurde.
    const zeilen = await u.datenbank.roh<{ details: Record<string, unknown> }>(
      `select details from protokoll where objekt_id = $1 and aktion = 'aendern'`,
      [id],
    );
    expect(zeilen.some((z) => z.details.vorschlagHinfaellig === 'Anerkannt')).toBe(true);
  });

  it('TeilweiseAnerkannt 1.000,00 €, dann Forderung auf 105,00 € gesenkt: Vorschlag hinfällig, nichts über der Forderung anerkannt', async () => {
    const id = await angemeldeterAnspruch('VA-3', 150000);
    expect(
      (
        await aktion(mittelfranken, id, 'vorschlagen', {
          entscheidung: 'TeilweiseAnerkannt',
          betragCent: 100000,
          begruendung: 'Nur Januar belegt.',
        })
      ).statusCode,
    ).toBe(200);
    await zeitraeumeAendern(id, 10000);
    const frei = await aktion(leitungMf, id, 'freigeben');
    expect(frei.statusCode).toBe(409);
    expect((await leitungMf.get(`/api/v1/erstattungsansprueche/${id}`)).json()).toMatchObject({
      status: 'Angemeldet',
      forderungCent: 10500,
      anerkanntCent: null,
    });
  });

  it('eine nur geänderte Bemerkung lässt den Vorschlag bestehen; die Freigabe erkennt genau die vorgeschlagene Forderung an', async () => {
    const id = await angemeldeterAnspruch('VA-4', 100000);
    await aktion(mittelfranken, id, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Geprüft.' });
    const aktuell = await schwaben.get(`/api/v1/erstattungsansprueche/${id}`);
    const b = await schwaben.patch(
      `/api/v1/erstattungsansprueche/${id}`,
      { bemerkung: 'Rückfrage telefonisch geklärt.' },
      {
        'if-match': String(aktuell.headers.etag),
      },
    );
    expect(b.json().vorschlag).toMatchObject({ entscheidung: 'Anerkannt', forderungCent: 105000 });
    const frei = await aktion(leitungMf, id, 'freigeben');
    expect(frei.statusCode).toBe(200);
    expect(frei.json()).toMatchObject({ status: 'Anerkannt', anerkanntCent: 105000 });
  });

  // Die zweite Prüfung hält auch dann, wenn ein anderer Weg die Forderung ändert, ohne den
  // Vorschlag zu verwerfen (hier unmittelbar in der Datenbank).
  it('Freigabe prüft unabhängig: Anerkannt nur zur Forderung des Vorschlags, Teilbetrag nie über der Forderung', async () => {
    const anerkannt = await angemeldeterAnspruch('VA-5', 100000);
    await aktion(mittelfranken, anerkannt, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Geprüft.' });
    await alsSystem(u.datenbank.db, (tx) =>
      tx.update(erstattungsanspruch).set({ forderungCent: 105_000_000 }).where(eq(erstattungsanspruch.id, anerkannt)),
    );
    const r1 = await aktion(leitungMf, anerkannt, 'freigeben');
    expect(r1.statusCode).toBe(409);
    expect(r1.json().detail).toContain('galt einer Forderung von 1.050,00 €; die Forderung beträgt jetzt 1.050.000,00 €');

    const teilweise = await angemeldeterAnspruch('VA-6', 150000);
    await aktion(mittelfranken, teilweise, 'vorschlagen', { entscheidung: 'TeilweiseAnerkannt', betragCent: 100000, begruendung: 'Teil.' });
    await alsSystem(u.datenbank.db, (tx) =>
      tx.update(erstattungsanspruch).set({ forderungCent: 10500 }).where(eq(erstattungsanspruch.id, teilweise)),
    );
    const r2 = await aktion(leitungMf, teilweise, 'freigeben');
    expect(r2.statusCode).toBe(409);
    expect(r2.json().detail).toContain('1.000,00 € übersteigt die Forderung von 105,00 €');
    expect((await leitungMf.get(`/api/v1/erstattungsansprueche/${teilweise}`)).json()).toMatchObject({ status: 'Angemeldet' });
  });

  it('„Zur Freigabe“: der Vorschlag steht bei der Leitung des Verpflichteten mit Alter und Vorschlagendem, nach der Freigabe nicht mehr', async () => {
    const id = await angemeldeterAnspruch('VA-ZF', 100000);
    expect(
      (await aktion(mittelfranken, id, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Zuständigkeit geprüft.' })).statusCode,
    ).toBe(200);
    type Liste = {
      eintraege: { id: string; aktenzeichen: string; anspruchsteller: string; vonName: string; alterTage: number; eigener: boolean }[];
    };
    const liste = (await leitungMf.get('/api/v1/arbeitslisten/freigaben')).json<Liste>();
    const eintrag = liste.eintraege.find((e) => e.id === id);
    expect(eintrag).toMatchObject({
      aktenzeichen: 'VA-ZF',
      anspruchsteller: 'Bezirk Schwaben',
      entscheidung: 'Anerkannt',
      alterTage: 0,
      eigener: false,
    });
    expect(eintrag?.vonName).toMatch(/Mittelfranken/);
    // Wer vorgeschlagen hat, sieht den Eintrag als eigenen (darf nicht selbst freigeben).
    expect((await mittelfranken.get('/api/v1/arbeitslisten/freigaben')).json<Liste>().eintraege.find((e) => e.id === id)?.eigener).toBe(
      true,
    );
    // Der Anspruchsteller hat nichts freizugeben.
    expect((await schwaben.get('/api/v1/arbeitslisten/freigaben')).json<Liste>().eintraege.some((e) => e.id === id)).toBe(false);
    expect((await aktion(leitungMf, id, 'freigeben')).statusCode).toBe(200);
    expect((await leitungMf.get('/api/v1/arbeitslisten/freigaben')).json<Liste>().eintraege.some((e) => e.id === id)).toBe(false);
  });
});
