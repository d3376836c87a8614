// Erstattungsansprüche über die API: der Seed-Anspruch über 122.288,02 €, der ganze Arbeitsablauf
// mit Vier-Augen-Prinzip, verbotene Übergänge, Fristen, ETag und Idempotenz – PGlite und PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, demoStichtag, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;
let mittelfranken: Client;
let leitungMf: Client;
let prignitz: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  [schwaben, mittelfranken, leitungMf, prignitz] = await Promise.all([
    u.als('schwaben'),
    u.als('mittelfranken'),
    u.als('leitung.mittelfranken'),
    u.als('prignitz'),
  ]);
}, 120_000);
afterAll(async () => u?.schliessen());

const neuerAnspruch = (aktenzeichen: string, extra: Record<string, unknown> = {}) => ({
  aktenzeichen,
  verpflichteterId: 'bezirk-mittelfranken',
  rechtsgrundlage: {
    leistungsbeginn: '2025-01-01',
    verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
    zahlender: { art: 'egh' },
    verpflichteter: { art: 'egh', insgesamtZustaendig: true },
  },
  leistungszeitraeume: [
    { von: '2025-01-01', bis: '2025-01-31', betragCent: 150000 },
    { von: '2025-02-01', bis: '2025-02-28', betragCent: 150000 },
  ],
  kenntnisEntscheidung: '2025-01-15',
  ...extra,
});

async function aktion(c: Client, id: string, was: string, body: Record<string, unknown> = {}) {
  const aktuell = await c.get(`/api/v1/erstattungsansprueche/${id}`);
  return c.post(`/api/v1/erstattungsansprueche/${id}/${was}`, body, { 'if-match': String(aktuell.headers.etag) });
}

describe(`Erstattung (${testDb})`, () => {
  it('zeigt Schwaben den Seed-Anspruch über 122.288,02 € mit Rechtsgrundlage, § 111 je Maßnahme und § 113', async () => {
    const liste = await schwaben.get('/api/v1/erstattungsansprueche?richtung=ausgehend');
    expect(liste.statusCode).toBe(200);
    const seed = liste.json().eintraege.find((a: { aktenzeichen: string }) => a.aktenzeichen === 'S-KE-2013-0815');
    expect(seed).toMatchObject({ forderungCent: 12228802, status: 'Klage', verpflichteterId: 'bezirk-mittelfranken' });
    expect(seed.anspruchsgrundlage).toMatch(/§ 14 Abs\. 4 Satz 3 Hs\. 2 SGB IX a\.F\. i\.V\.m\. § 105 SGB X/);
    const a = await schwaben.get(`/api/v1/erstattungsansprueche/${seed.id}`);
    const body = a.json();
    expect(body.leistungszeitraeume).toHaveLength(9);
    // Eine Maßnahme (Hochschulhilfe und Assistenz) bis 30.06.2014: ein Fristbeginn für alle Monate
    // (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R; SC-28), Ende 30.06.2015, gewahrt durch die
    // Geltendmachung im Voraus am 13.09.2013.
    expect(body.leistungszeitraeume[0]).toMatchObject({ von: '2013-10-03', bis: '2013-10-31', fristEnde: '2015-06-30', gewahrt: true });
    expect(body.leistungszeitraeume.every((z: { fristEnde: string; gewahrt: boolean }) => z.gewahrt && z.fristEnde === '2015-06-30')).toBe(
      true,
    );
    expect(body.leistungszeitraeume.every((z: { massnahme: string }) => z.massnahme === 'Hochschulhilfe und Assistenz')).toBe(true);
    expect(body.massnahmen).toEqual([{ massnahme: 'Hochschulhilfe und Assistenz', beendet: '2014-06-30' }]);
    expect(body.fristenpruefung.ergebnis.leistungsfaelle).toMatchObject([
      {
        massnahme: 'Hochschulhilfe und Assistenz',
        zeitraeume: [0, 1, 2, 3, 4, 5, 6, 7, 8],
        ende: '2015-06-30',
        gewahrt: true,
        betragCent: 12228802,
      },
    ]);
    expect(body.fristenpruefung.ergebnis).toMatchObject({ status: 'S111_OK', verjaehrung: { status: 'S113_OK', gehemmtAmStichtag: true } });
    expect(body.fristenpruefung.begruendung.map((b: { norm: string }) => b.norm)).toEqual(
      expect.arrayContaining(['§ 111 Satz 1 SGB X', '§ 204 Abs. 1 Nr. 1, Abs. 2 Satz 1 BGB']),
    );
    expect(body.rechtsgrundlage.regelwerkVersion).toMatch(/\d+\.\d+\.\d+/);
    expect(body.seite).toBe('anspruchsteller');
  });

  it('der Demo-Entwurf gegen Mittelfranken hat § 111-Fristen in den nächsten 30 Tagen (Betrag mit Risiko)', async () => {
    const liste = (await schwaben.get('/api/v1/erstattungsansprueche?richtung=ausgehend&suche=-0420')).json();
    expect(liste.gesamt).toBe(1);
    const demo = liste.eintraege[0];
    expect(demo).toMatchObject({ aktenzeichen: 'S-KE-2024-0420', status: 'Entwurf', verpflichteterId: 'bezirk-mittelfranken' });
    const a = (await schwaben.get(`/api/v1/erstattungsansprueche/${demo.id}`)).json();
    // Stichtag 30.06.2025, eine Maßnahme April bis Juni 2024, Kenntnis 20.07.2024 danach: § 111 Satz 2
    // SGB X, Ende 20.07.2025 (Sonntag) → Montag, 21.07.2025 (§ 26 Abs. 3 SGB X); offen, weil nicht angemeldet.
    expect(a.kenntnisEntscheidung).toBe('2024-07-20');
    expect(
      a.leistungszeitraeume.map((z: { von: string; bis: string; fristEnde: string; gewahrt: boolean | null }) => [
        z.von,
        z.bis,
        z.fristEnde,
        z.gewahrt,
      ]),
    ).toEqual([
      ['2024-04-01', '2024-04-30', '2025-07-21', null],
      ['2024-05-01', '2024-05-31', '2025-07-21', null],
      ['2024-06-01', '2024-06-30', '2025-07-21', null],
    ]);
    expect(demo.naechsteFrist).toBe('2025-07-21');
    expect(demo.naechsteFrist > demoStichtag).toBe(true);
    // § 16 Abs. 1, Abs. 3 SGB IX: 3 × 4.250,00 € + 5 % Verwaltungskostenpauschale.
    expect(a).toMatchObject({ anspruchsgrundlage: '§ 16 Abs. 1 SGB IX', forderungCent: 1338750 });
    const fristen = (await schwaben.get('/api/v1/fristen?art=S111&faelligBis=2025-07-30&proSeite=500'))
      .json()
      .eintraege.filter((f: { bezugId: string }) => f.bezugId === demo.id);
    // Eine Frist für den Leistungsfall (die Maßnahme), mit dem Betrag ihrer drei Monate.
    expect(fristen.map((f: { betragCent: number; bezeichnung: string }) => [f.betragCent, f.bezeichnung])).toEqual([
      [1275000, 'Ausschlussfrist für die Maßnahme „Besondere Wohnform“ 01.04.2024 bis 30.06.2024, 3 Zeiträume (S-KE-2024-0420)'],
    ]);
    // Der Entwurf ist für den Verpflichteten noch nicht sichtbar.
    expect((await mittelfranken.get(`/api/v1/erstattungsansprueche/${demo.id}`)).statusCode).toBe(404);
  });

  it('der Verpflichtete sieht den Anspruch als eingehend, ohne Fall und Person des Anspruchstellers', async () => {
    const liste = await mittelfranken.get('/api/v1/erstattungsansprueche?richtung=eingehend');
    const seed = liste.json().eintraege.find((a: { aktenzeichen: string }) => a.aktenzeichen === 'S-KE-2013-0815');
    expect(seed).toBeDefined();
    const a = (await mittelfranken.get(`/api/v1/erstattungsansprueche/${seed.id}`)).json();
    expect(a.seite).toBe('verpflichteter');
    expect(a.personPseudonym).toMatch(/^P-/);
    expect((await mittelfranken.get(`/api/v1/faelle/${a.fallId}`)).statusCode).toBe(404);
  });

  it('ein unbeteiligter Träger sieht den Anspruch nicht: nicht in der Liste, 404 unter seiner URL', async () => {
    const seed = (await schwaben.get('/api/v1/erstattungsansprueche'))
      .json()
      .eintraege.find((a: { aktenzeichen: string }) => a.aktenzeichen === 'S-KE-2013-0815');
    const liste = await prignitz.get('/api/v1/erstattungsansprueche');
    expect(liste.statusCode).toBe(200);
    expect(JSON.stringify(liste.json())).not.toContain(seed.id);
    const r = await prignitz.get(`/api/v1/erstattungsansprueche/${seed.id}`);
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('S-KE-2013-0815');
  });

  it('gleich fällige Ausschlussfristen stehen in der Fristenliste in der Folge ihrer Zeiträume', async () => {
    // Sozialhilfe (jeder Zeitraum ein Leistungsfall), Kenntnis erst nach dem Ende aller Zeiträume:
    // § 111 Satz 2 SGB X – alle sechs Fristen enden am selben Tag.
    const monate = ['07', '08', '09', '10', '11', '12'];
    const neu = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      neuerAnspruch('S-KE-2025-0006', {
        rechtsgrundlage: { ...neuerAnspruch('').rechtsgrundlage, leistungsbeginn: '2025-07-01' },
        leistungszeitraeume: [...monate].reverse().map((m) => ({ von: `2025-${m}-01`, bis: `2025-${m}-28`, betragCent: 100000 })),
        kenntnisEntscheidung: '2026-01-20',
        leistungsrecht: 'sozialhilfe',
      }),
    );
    expect(neu.statusCode).toBe(201);
    const id = neu.json().id as string;
    const fristen = (await schwaben.get('/api/v1/fristen?art=S111&proSeite=500'))
      .json()
      .eintraege.filter((f: { bezugId: string }) => f.bezugId === id);
    expect(new Set(fristen.map((f: { faellig: string }) => f.faellig))).toEqual(new Set(['2027-01-20']));
    expect(fristen.map((f: { bezeichnung: string }) => f.bezeichnung.match(/^Ausschlussfrist für 01\.(\d\d)\./)?.[1])).toEqual(monate);
  });

  it('durchläuft Anlegen → Anmelden → Vorschlag → Freigabe (vier Augen) → Zahlung → Erledigt', async () => {
    const neu = await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0001'));
    expect(neu.statusCode).toBe(201);
    const a = neu.json();
    expect(a).toMatchObject({ status: 'Entwurf', anspruchsgrundlage: '§ 16 Abs. 1 SGB IX', forderungCent: 315000 });
    // § 111 je Leistungsfall als Frist des Anspruchstellers: Januar und Februar sind eine Maßnahme
    // (Eingliederungshilfe), beendet am 28.02.2025 → 28.02.2026 (Samstag) → 02.03.2026.
    const fristen = (await schwaben.get('/api/v1/fristen?art=S111&proSeite=500'))
      .json()
      .eintraege.filter((f: { bezugId: string }) => f.bezugId === a.id);
    expect(fristen.map((f: { faellig: string; betragCent: number }) => [f.faellig, f.betragCent])).toEqual([['2026-03-02', 300000]]);
    // Der Entwurf ist für den Verpflichteten unsichtbar.
    expect((await mittelfranken.get(`/api/v1/erstattungsansprueche/${a.id}`)).statusCode).toBe(404);

    const angemeldet = await aktion(schwaben, a.id, 'anmelden', { am: '2025-03-10' });
    expect(angemeldet.statusCode).toBe(200);
    expect(angemeldet.json()).toMatchObject({ status: 'Angemeldet', geltendmachung: '2025-03-10' });
    expect(angemeldet.json().leistungszeitraeume.every((z: { gewahrt: boolean }) => z.gewahrt)).toBe(true);
    const offen = (await schwaben.get('/api/v1/fristen?art=S111&proSeite=500'))
      .json()
      .eintraege.filter((f: { bezugId: string }) => f.bezugId === a.id);
    expect(offen).toHaveLength(0);

    // Der Verpflichtete sieht ihn jetzt; Kostenerstattung schlägt vor, darf aber nicht freigeben.
    expect((await mittelfranken.get(`/api/v1/erstattungsansprueche/${a.id}`)).statusCode).toBe(200);
    const vorschlag = await aktion(mittelfranken, a.id, 'vorschlagen', {
      entscheidung: 'Anerkannt',
      begruendung: 'Zuständigkeit nach § 98 SGB IX unstreitig.',
    });
    expect(vorschlag.statusCode).toBe(200);
    expect(vorschlag.json()).toMatchObject({
      status: 'Angemeldet',
      vorschlag: { entscheidung: 'Anerkannt', vonName: expect.stringContaining('Ziegler') },
    });
    expect((await aktion(mittelfranken, a.id, 'freigeben')).statusCode).toBe(403);
    const frei = await aktion(leitungMf, a.id, 'freigeben');
    expect(frei.statusCode).toBe(200);
    expect(frei.json()).toMatchObject({ status: 'Anerkannt', anerkanntCent: 315000, vorschlag: null });
    // § 212 BGB: das Anerkenntnis lässt die Verjährung neu beginnen …
    expect(frei.json().neubeginn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // … und die § 113-Frist des Anspruchstellers folgt sofort, obwohl der Verpflichtete handelte.
    const s113 = (await schwaben.get('/api/v1/fristen?art=S113&proSeite=500'))
      .json()
      .eintraege.find((f: { bezugId: string }) => f.bezugId === a.id);
    expect(s113.faellig > `${Number(frei.json().neubeginn.slice(0, 4)) + 3}-12-31`).toBe(true);

    // Zahlungen: eine Teilzahlung zeigt, was offen ist; mehr als das Anerkannte nur mit Bestätigung.
    const zahlen = async (body: Record<string, unknown>) => {
      const stand = await mittelfranken.get(`/api/v1/erstattungsansprueche/${a.id}`);
      return mittelfranken.post(`/api/v1/erstattungsansprueche/${a.id}/zahlungen`, body, { 'if-match': String(stand.headers.etag) });
    };
    const teil = await zahlen({ datum: '2025-06-02', betragCent: 100000, verwendungszweck: 'S-KE-2025-0001' });
    expect(teil.statusCode, teil.body).toBe(201);
    expect(teil.json()).toMatchObject({
      status: 'Anerkannt',
      sollCent: 315000,
      bezahltCent: 100000,
      offenCent: 215000,
      ueberzahlungCent: 0,
    });
    const zuViel = await zahlen({ datum: '2025-06-03', betragCent: 250000 });
    expect(zuViel.statusCode).toBe(400);
    expect(zuViel.json().fehler).toEqual([
      {
        pfad: '/betragCent',
        meldung:
          'Mit dieser Zahlung wären 3.500,00 € bezahlt, anerkannt sind 3.150,00 €: 350,00 € zu viel. Bitte den Betrag prüfen oder die Überzahlung ausdrücklich bestätigen; sie ist nach § 112 SGB X zurückzuerstatten.',
      },
    ]);
    expect((await mittelfranken.get(`/api/v1/erstattungsansprueche/${a.id}`)).json().zahlungen).toHaveLength(1);
    const rest = await zahlen({ datum: '2025-06-03', betragCent: 215000 });
    expect(rest.json()).toMatchObject({ status: 'Bezahlt', bezahltCent: 315000, offenCent: 0, ueberzahlungCent: 0 });
    const doppelt = await zahlen({ datum: '2025-06-04', betragCent: 5000, ueberzahlungBestaetigt: true });
    expect(doppelt.statusCode, doppelt.body).toBe(201);
    expect(doppelt.json()).toMatchObject({ status: 'Bezahlt', bezahltCent: 320000, offenCent: 0, ueberzahlungCent: 5000 });
    const erledigt = await aktion(schwaben, a.id, 'erledigen');
    expect(erledigt.json().status).toBe('Erledigt');
    // Nach Erledigung keine Fristen mehr.
    expect(erledigt.json().fristen).toHaveLength(0);
  });

  it('Vier-Augen-Prinzip: wer vorschlägt, gibt nicht frei', async () => {
    const a = (await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0002'))).json();
    await aktion(schwaben, a.id, 'anmelden');
    expect((await aktion(leitungMf, a.id, 'vorschlagen', { entscheidung: 'Abgelehnt', begruendung: 'Nicht zuständig.' })).statusCode).toBe(
      200,
    );
    const selbst = await aktion(leitungMf, a.id, 'freigeben');
    expect(selbst.statusCode).toBe(403);
    expect(selbst.json().detail).toMatch(/Vier-Augen-Prinzip/);
    expect((await mittelfranken.get(`/api/v1/erstattungsansprueche/${a.id}`)).json().status).toBe('Angemeldet');
  });

  it('verbotene Übergänge ändern nichts: falsche Seite 403, falscher Status 409, falsche Rolle 403', async () => {
    const a = (await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0003'))).json();
    expect((await aktion(schwaben, a.id, 'freigeben')).statusCode).toBe(403);
    expect((await aktion(schwaben, a.id, 'beziffern')).statusCode).toBe(409);
    expect((await aktion(schwaben, a.id, 'klagen', { am: '2025-05-01' })).statusCode).toBe(409);
    await aktion(schwaben, a.id, 'anmelden');
    expect((await aktion(schwaben, a.id, 'anmelden')).statusCode).toBe(409);
    expect((await aktion(mittelfranken, a.id, 'anmelden')).statusCode).toBe(403);
    expect((await aktion(mittelfranken, a.id, 'erledigen')).statusCode).toBe(403);
    // Unbeteiligte Sachbearbeitung: 403 (Rolle) oder 404 – in keinem Fall Daten des Anspruchs.
    const fremd = await aktion(prignitz, a.id, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'x' });
    expect([403, 404]).toContain(fremd.statusCode);
    expect(fremd.body).not.toContain('S-KE-2025-0003');
    expect((await schwaben.get(`/api/v1/erstattungsansprueche/${a.id}`)).json().status).toBe('Angemeldet');
  });

  it('Klage hemmt die Verjährung; Rechtskraft beendet die Hemmung sechs Monate später', async () => {
    const a = (await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0004'))).json();
    await aktion(schwaben, a.id, 'anmelden', { am: '2025-03-01' });
    const klage = await aktion(schwaben, a.id, 'klagen', { am: '2025-06-01' });
    expect(klage.json()).toMatchObject({ status: 'Klage', hemmungen: [{ art: 'klage', von: '2025-06-01' }] });
    expect(klage.json().fristenpruefung.ergebnis.verjaehrung.gehemmtAmStichtag).toBe(true);
    const rk = await aktion(schwaben, a.id, 'rechtskraft', { am: '2025-09-01' });
    expect(rk.json().fristenpruefung.ergebnis.verjaehrung).toMatchObject({ gehemmtAmStichtag: false, verjaehrt: false });
    // Hemmung 01.06.2025–01.03.2026; gezählt ab Beginn der Verjährung am 01.01.2026 (Kenntnis 2025): 60 Tage.
    expect(rk.json().fristenpruefung.ergebnis.verjaehrung).toMatchObject({
      nominalesEnde: '2029-12-31',
      gehemmtTage: 60,
      ende: '2030-03-01',
    });
  });

  it('berechnet die Fristen neu, wenn sich das Datum der Kenntnis ändert', async () => {
    const a = (await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0005'))).json();
    expect(a.leistungszeitraeume[0].fristEnde).toBe('2026-03-02');
    const r = await schwaben.patch(
      `/api/v1/erstattungsansprueche/${a.id}`,
      { kenntnisEntscheidung: '2025-04-20' },
      { 'if-match': `"${a.version}"` },
    );
    expect(r.statusCode).toBe(200);
    // § 111 Satz 2 SGB X: frühestens ab Kenntnis; 20.04.2026 ist ein Montag.
    expect(r.json().leistungszeitraeume.map((z: { fristEnde: string }) => z.fristEnde)).toEqual(['2026-04-20', '2026-04-20']);
    const f = (await schwaben.get('/api/v1/fristen?art=S111&faelligBis=2026-04-20&proSeite=500'))
      .json()
      .eintraege.filter((x: { bezugId: string }) => x.bezugId === a.id);
    expect(f.map((x: { faellig: string }) => x.faellig)).toEqual(['2026-04-20']);
  });

  it('Bemerkung: beide Parteien ändern sie mit If-Match; gleichzeitige Änderungen mit demselben ETag – genau eine gelingt', async () => {
    const seed = (await schwaben.get('/api/v1/erstattungsansprueche'))
      .json()
      .eintraege.find((x: { aktenzeichen: string }) => x.aktenzeichen === 'S-KE-2013-0815');
    const vorher = await mittelfranken.get(`/api/v1/erstattungsansprueche/${seed.id}`);
    const etag = String(vorher.headers.etag);
    const [r1, r2] = await Promise.all([
      mittelfranken.patch(
        `/api/v1/erstattungsansprueche/${seed.id}`,
        { bemerkung: 'Prüfung läuft (Mittelfranken).' },
        { 'if-match': etag },
      ),
      schwaben.patch(`/api/v1/erstattungsansprueche/${seed.id}`, { bemerkung: 'Bitte um Rückmeldung (Schwaben).' }, { 'if-match': etag }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 412]);
    const nachher = (await schwaben.get(`/api/v1/erstattungsansprueche/${seed.id}`)).json();
    const gewinner = r1.statusCode === 200 ? 'Prüfung läuft (Mittelfranken).' : 'Bitte um Rückmeldung (Schwaben).';
    expect(nachher.bemerkung).toBe(gewinner);
    expect((await schwaben.patch(`/api/v1/erstattungsansprueche/${seed.id}`, { bemerkung: 'x' })).statusCode).toBe(428);
    // Der Verpflichtete darf nur die Bemerkung ändern.
    const etag2 = String((await mittelfranken.get(`/api/v1/erstattungsansprueche/${seed.id}`)).headers.etag);
    expect(
      (await mittelfranken.patch(`/api/v1/erstattungsansprueche/${seed.id}`, { kenntnisEntscheidung: '2013-01-01' }, { 'if-match': etag2 }))
        .statusCode,
    ).toBe(403);
  });

  it('ungültige Eingaben: 400 mit Feld, nichts gespeichert', async () => {
    const anzahl = (await schwaben.get('/api/v1/erstattungsansprueche?proSeite=1')).json().gesamt;
    const r = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      neuerAnspruch('S-KE-2025-0099', { leistungszeitraeume: [{ von: '2025-02-01', bis: '2025-01-31', betragCent: 100 }] }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler[0]).toMatchObject({ pfad: '/leistungszeitraeume/0/bis' });
    const negativ = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      neuerAnspruch('S-KE-2025-0098', { leistungszeitraeume: [{ von: '2025-01-01', bis: '2025-01-31', betragCent: -1 }] }),
    );
    expect(negativ.statusCode).toBe(400);
    expect(negativ.json().fehler[0]).toMatchObject({
      pfad: '/leistungszeitraeume/0/betragCent',
      meldung: expect.stringMatching(/nicht negativ/),
    });
    const falscheArt = await schwaben.post(
      '/api/v1/erstattungsansprueche',
      neuerAnspruch('S-KE-2025-0097', {
        rechtsgrundlage: { leistungsbeginn: '2025-01-01', zahlender: { art: 'egh' }, verpflichteter: { art: 'mond' } },
      }),
    );
    expect(falscheArt.statusCode).toBe(400);
    expect(falscheArt.json().fehler.map((f: { pfad: string }) => f.pfad)).toContain('/rechtsgrundlage/verpflichteter/art');
    expect((await schwaben.get('/api/v1/erstattungsansprueche?proSeite=1')).json().gesamt).toBe(anzahl);
  });

  it('jedes Feld auf einmal: Schemafehler und Widersprüche anderer Felder in einer Antwort, beim Anlegen und Ändern', async () => {
    const anzahl = (await schwaben.get('/api/v1/erstattungsansprueche?proSeite=1')).json().gesamt;
    // Drei Fehler in drei Feldern: Kenntnis mit unmöglichem Datum und negativer Betrag (Schema), Ende vor
    // Beginn im zweiten Zeitraum und kein Verpflichteter (Widersprüche) – alle in der ersten Antwort.
    const r = await schwaben.post('/api/v1/erstattungsansprueche', {
      ...neuerAnspruch('S-KE-2025-0096', { kenntnisEntscheidung: '2025-02-31' }),
      verpflichteterId: undefined,
      leistungszeitraeume: [
        { von: '2025-01-01', bis: '2025-01-31', betragCent: -1 },
        { von: '2025-03-01', bis: '2025-02-28', betragCent: 100 },
      ],
    });
    expect(r.statusCode).toBe(400);
    const fehler = r.json().fehler as { pfad: string; meldung: string }[];
    expect(fehler.map((f) => f.pfad).sort()).toEqual([
      '/kenntnisEntscheidung',
      '/leistungszeitraeume/0/betragCent',
      '/leistungszeitraeume/1/bis',
      '/verpflichteterId',
    ]);
    expect(fehler.find((f) => f.pfad === '/leistungszeitraeume/1/bis')?.meldung).toBe(
      'Das Ende am 28.02.2025 liegt vor dem Beginn am 01.03.2025.',
    );
    expect(fehler.find((f) => f.pfad === '/kenntnisEntscheidung')?.meldung).toMatch(/31\.02\.2025/);
    expect((await schwaben.get('/api/v1/erstattungsansprueche?proSeite=1')).json().gesamt).toBe(anzahl);

    // Ändern ebenso: falscher Typ im Aktenzeichen und Ende vor Beginn zugleich.
    const neu = await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0095'));
    const url = `/api/v1/erstattungsansprueche/${neu.json().id}`;
    const p = await schwaben.patch(
      url,
      { aktenzeichen: 42, leistungszeitraeume: [{ von: '2025-02-01', bis: '2025-01-31', betragCent: 100 }] },
      { 'if-match': String(neu.headers.etag) },
    );
    expect(p.statusCode).toBe(400);
    expect(
      p
        .json()
        .fehler.map((f: { pfad: string }) => f.pfad)
        .sort(),
    ).toEqual(['/aktenzeichen', '/leistungszeitraeume/0/bis']);
    expect((await schwaben.get(url)).json().version).toBe(neu.json().version);
  });

  it('Idempotency-Key: derselbe POST legt nur einmal an; anderer Inhalt mit demselben Schlüssel → 422', async () => {
    const kopf = { 'idempotency-key': 'test-idem-0001' };
    const r1 = await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0100'), kopf);
    const r2 = await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0100'), kopf);
    expect(r1.statusCode).toBe(201);
    expect(r2.statusCode).toBe(201);
    expect(r2.json().id).toBe(r1.json().id);
    expect(r2.headers['idempotent-replayed']).toBe('true');
    const anders = await schwaben.post('/api/v1/erstattungsansprueche', neuerAnspruch('S-KE-2025-0101'), kopf);
    expect(anders.statusCode).toBe(422);
    const liste = (await schwaben.get('/api/v1/erstattungsansprueche?suche=S-KE-2025-010')).json();
    expect(liste.gesamt).toBe(1);
  });

  it('das Protokoll hält Lesen und Ändern fest; nur die Rolle Datenschutz sieht es', async () => {
    expect((await schwaben.get('/api/v1/protokoll')).statusCode).toBe(403);
    const ds = await u.als('datenschutz.schwaben');
    const p = (await ds.get('/api/v1/protokoll?objektArt=erstattungsanspruch&proSeite=500')).json();
    const aktionen = new Set(p.eintraege.map((e: { aktion: string }) => e.aktion));
    expect(aktionen).toEqual(new Set(['anlegen', 'lesen', 'uebergang', 'aendern', 'auflisten']));
    expect(p.eintraege.every((e: { traegerId: string }) => e.traegerId === 'bezirk-schwaben')).toBe(true);
  });
});
