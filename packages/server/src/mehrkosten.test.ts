// Mehrkostenvergleich über die API gegen eine echte Datenbank (PGlite oder PostgreSQL): die Zahlen
// des SG Freiburg (Urteil vom 01.03.2011 – S 9 SO 2640/10), die Entscheidung eines Menschen mit
// Gründen, verbotene Übergänge, If-Match, Idempotency-Key, Mandantentrennung und Protokoll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let cottbus: Client;
let leitungSchwaben: Client;
let schwaben: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  cottbus = await u.als('cottbus');
  leitungSchwaben = await u.als('leitung.schwaben');
  schwaben = await u.als('schwaben');
}, 120_000);
afterAll(async () => u?.schliessen());

const url = '/api/v1/mehrkostenvergleiche';
const gruende =
  'Einzelzimmer ohne Warteliste, Bewohnergruppe ähnlichen Alters und die bevorzugte Werkstatt rechtfertigen die Mehrkosten von 16,01 %.';

/** Der Vergleich des SG Freiburg: Wunschwohnheim 88,41 € gegen Vergleichswohnheim 76,21 € je Tag. */
function sgFreiburg(aenderung: { bezeichnung?: string; stichtag?: string; zumutbar?: boolean; fallId?: string } = {}) {
  return {
    bezeichnung: aenderung.bezeichnung ?? 'Wohnheim S statt Wohnheim A',
    ...(aenderung.fallId ? { fallId: aenderung.fallId } : {}),
    stichtag: aenderung.stichtag ?? '2011-03-01',
    gewuenscht: { bezeichnung: 'Wohnheim S', posten: [{ bezeichnung: 'Wohnheim', betragCent: 8841, je: 'tag' }] },
    alternativen: [
      {
        bezeichnung: 'Wohnheim A',
        posten: [{ bezeichnung: 'Wohnheim', betragCent: 7621, je: 'tag' }],
        vereinbarungKapitel8: true,
        zumutbar: aenderung.zumutbar ?? true,
        bedarfsdeckend: true,
      },
    ],
  };
}

async function lege(c: Client, body: unknown, kopf?: Record<string, string>) {
  const r = await c.post(url, body, kopf);
  expect(r.statusCode, r.body).toBe(201);
  return { id: r.json().id as string, etag: String(r.headers.etag), antwort: r };
}

describe(`Mehrkostenvergleich (${testDb})`, () => {
  it('rechnet den Fall des SG Freiburg: 16,01 %, 366,00 € im 30-Tage-Monat, Referenzen mit SG Freiburg, Abwägung offen', async () => {
    const { antwort: r, id } = await lege(cottbus, sgFreiburg());
    expect(r.headers.location).toBe(`${url}/${id}`);
    expect(r.headers.etag).toBe('"1"');
    const v = r.json();
    expect(v).toMatchObject({
      status: 'Offen',
      entscheidung: null,
      traegerId: '12052',
      moeglicheAktionen: ['entscheiden'],
      aenderbar: true,
      ergebnis: {
        vergleichZulaessig: true,
        vergleichsangebot: 'Wohnheim A',
        kostenGewuenschtCentProMonat: 265230,
        kostenVergleichCentProMonat: 228630,
        mehrkostenCentProMonat: 36600,
        mehrkostenProzent: 16.01,
        ergebnis: 'abwaegungErforderlich',
        kostenuebernahmeBisCentProMonat: 228630,
      },
    });
    expect(v.ergebnis.referenzen).toEqual(
      expect.arrayContaining([expect.objectContaining({ gericht: 'SG Freiburg', aktenzeichen: 'S 9 SO 2640/10', prozent: 16.01 })]),
    );
    // Der Entscheidungsdatensatz des Regelwerks: Eingabe, Begründung mit Normen, Version.
    expect(v.regelentscheidung).toMatchObject({ pruefung: 'mehrkosten', eingabe: { art: 'mehrkosten', stichtag: '2011-03-01' } });
    expect(v.regelentscheidung.regelwerkVersion).toEqual(expect.any(String));
    const normen = v.regelentscheidung.begruendung.map((b: { norm: string }) => b.norm);
    expect(normen).toContain('§ 9 Abs. 2 SGB XII a.F.');
    expect(normen).toContain('SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10');
    expect(v.regelentscheidung.hinweise.map((h: { code: string }) => h.code)).toContain('ABWAEGUNG_ERFORDERLICH');
  });

  it('legt die Demo bei der Stadt Cottbus an: SG-Freiburg-Vergleich mit eigenem Fall, offen für die Entscheidung eines Menschen', async () => {
    const liste = await cottbus.get(`${url}?suche=S%209%20SO%202640`);
    expect(liste.statusCode).toBe(200);
    const [eintrag] = liste.json().eintraege;
    expect(eintrag).toMatchObject({ status: 'Offen', mehrkostenProzent: 16.01, regelwerk: 'abwaegungErforderlich', entscheidung: null });
    const v = (await cottbus.get(`${url}/${eintrag.id}`)).json();
    expect(v.ergebnis).toMatchObject({ recht: 'SGB IX', mehrkostenCentProMonat: 36600, mehrkostenProzent: 16.01 });
    expect(v.fall.aktenzeichen).toBe(eintrag.aktenzeichen);
    expect(v.fall.bemerkung).toMatch(/Einzelzimmer ohne Warteliste/);
    expect(v.eingabe.gewuenscht.bezeichnung).toMatch(/§ 75 Abs. 3 SGB XII/);
    expect(v.moeglicheAktionen).toEqual(['entscheiden']);
  });

  it('hält die Entscheidung mit Gründen, Betrag, Person und Datum fest; danach sind Entscheiden und Ändern gesperrt (409)', async () => {
    const { id, etag } = await lege(cottbus, sgFreiburg({ bezeichnung: 'Teilbewilligung bis zu den Vergleichskosten' }));
    const r = await cottbus.post(
      `${url}/${id}/entscheiden`,
      { ergebnis: 'teilweiseBewilligt', betragCentProMonat: 228630, gruende },
      { 'if-match': etag },
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers.etag).toBe('"2"');
    const v = r.json();
    expect(v).toMatchObject({
      status: 'Entschieden',
      entscheidung: { ergebnis: 'teilweiseBewilligt', betragCentProMonat: 228630, gruende, vonName: expect.stringMatching(/Cottbus/) },
      moeglicheAktionen: [],
      aenderbar: false,
    });
    expect(v.entscheidung.am).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Das Ergebnis des Regelwerks bleibt daneben stehen: die Entscheidung trifft der Mensch.
    expect(v.ergebnis.ergebnis).toBe('abwaegungErforderlich');

    const nochmal = await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'abgelehnt', gruende }, { 'if-match': '"2"' });
    expect(nochmal.statusCode).toBe(409);
    expect(nochmal.json().detail).toMatch(/Entschieden/);
    const aendern = await cottbus.patch(`${url}/${id}`, { bezeichnung: 'Nachträglich' }, { 'if-match': '"2"' });
    expect(aendern.statusCode).toBe(409);
    const danach = (await cottbus.get(`${url}/${id}`)).json();
    expect(danach).toMatchObject({ version: 2, bezeichnung: 'Teilbewilligung bis zu den Vergleichskosten' });
    expect(danach.entscheidung.ergebnis).toBe('teilweiseBewilligt');

    const entschieden = (await cottbus.get(`${url}?status=Entschieden`)).json();
    expect(entschieden.eintraege.map((e: { id: string }) => e.id)).toContain(id);
    expect(entschieden.eintraege.every((e: { status: string }) => e.status === 'Entschieden')).toBe(true);
  });

  it('verlangt Gründe (400 mit /gruende), bei Teilbewilligung einen Betrag (400 mit /betragCentProMonat) und If-Match (428)', async () => {
    const { id, etag } = await lege(cottbus, sgFreiburg({ bezeichnung: 'Unvollständige Entscheidungen' }));
    const ohne = await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt' }, { 'if-match': etag });
    expect(ohne.statusCode).toBe(400);
    expect(ohne.json().fehler).toEqual([{ pfad: '/gruende', meldung: expect.any(String) }]);
    const kurz = await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt', gruende: 'passt' }, { 'if-match': etag });
    expect(kurz.statusCode).toBe(400);
    expect(kurz.json().fehler[0].pfad).toBe('/gruende');
    const leer = await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt', gruende: ' '.repeat(40) }, { 'if-match': etag });
    expect(leer.statusCode).toBe(400);
    expect(leer.json().fehler[0].pfad).toBe('/gruende');
    const ohneBetrag = await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'teilweiseBewilligt', gruende }, { 'if-match': etag });
    expect(ohneBetrag.statusCode).toBe(400);
    expect(ohneBetrag.json().fehler[0].pfad).toBe('/betragCentProMonat');
    const zuViel = await cottbus.post(
      `${url}/${id}/entscheiden`,
      { ergebnis: 'teilweiseBewilligt', betragCentProMonat: 265230, gruende },
      { 'if-match': etag },
    );
    expect(zuViel.statusCode).toBe(400);
    expect(zuViel.json().fehler[0].pfad).toBe('/betragCentProMonat');
    // Der Betrag in der Meldung in Euro, wie die Sachbearbeitung ihn liest.
    expect(zuViel.json().fehler[0].meldung).toMatch(/\(\d{1,3}(\.\d{3})*,\d{2} € je Monat\)\.$/);
    const betragOhneTeil = await cottbus.post(
      `${url}/${id}/entscheiden`,
      { ergebnis: 'bewilligt', betragCentProMonat: 1000, gruende },
      { 'if-match': etag },
    );
    expect(betragOhneTeil.statusCode).toBe(400);
    expect(betragOhneTeil.json().fehler[0].pfad).toBe('/betragCentProMonat');
    expect((await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt', gruende })).statusCode).toBe(428);
    expect((await cottbus.get(`${url}/${id}`)).json()).toMatchObject({ status: 'Offen', version: 1, entscheidung: null });
  });

  it('lässt nur Sachbearbeitung und Leitung anlegen und entscheiden; Kostenerstattung liest nur, Datenschutz gar nicht (403)', async () => {
    expect((await schwaben.post(url, sgFreiburg())).statusCode).toBe(403);
    const { id, etag } = await lege(leitungSchwaben, sgFreiburg({ bezeichnung: 'Schwaben: Wohnheimwahl' }));
    const lesen = await schwaben.get(`${url}/${id}`);
    expect(lesen.statusCode).toBe(200);
    expect(lesen.json().moeglicheAktionen).toEqual([]);
    const entscheiden = await schwaben.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt', gruende }, { 'if-match': etag });
    expect(entscheiden.statusCode).toBe(403);
    expect(entscheiden.json().detail).toMatch(/Sachbearbeitung oder Leitung/);
    expect((await schwaben.patch(`${url}/${id}`, { bezeichnung: 'X' }, { 'if-match': etag })).statusCode).toBe(403);
    const datenschutz = await u.als('datenschutz.schwaben');
    expect((await datenschutz.get(`${url}/${id}`)).statusCode).toBe(403);
    const ok = await leitungSchwaben.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt', gruende }, { 'if-match': etag });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().entscheidung).toMatchObject({ ergebnis: 'bewilligt', vonName: expect.stringMatching(/Leitung, Bezirk Schwaben/) });
  });

  it('ohne zumutbare Alternative: dem Wunsch ist zu entsprechen, kein Prozentsatz und keine Referenzen (§ 104 Abs. 3 Satz 5 SGB IX)', async () => {
    const { id, antwort } = await lege(
      cottbus,
      sgFreiburg({ bezeichnung: 'Keine zumutbare Alternative', stichtag: '2025-03-01', zumutbar: false }),
    );
    const v = antwort.json();
    expect(v.ergebnis).toMatchObject({
      vergleichZulaessig: false,
      vergleichsangebot: null,
      mehrkostenProzent: null,
      mehrkostenCentProMonat: null,
      ergebnis: 'wunschZuEntsprechen',
      referenzen: [],
    });
    expect(v.regelentscheidung.begruendung.map((b: { norm: string }) => b.norm)).toContain('§ 104 Abs. 3 Satz 5 SGB IX');
    const liste = (await cottbus.get(`${url}?suche=Keine%20zumutbare`)).json();
    expect(liste.eintraege).toEqual([expect.objectContaining({ id, mehrkostenProzent: null, regelwerk: 'wunschZuEntsprechen' })]);
  });

  it('ändert mit If-Match und lässt das Regelwerk neu rechnen; veraltetes If-Match gibt 412, Eingabefehler des Regelwerks 400', async () => {
    const { id, etag } = await lege(cottbus, sgFreiburg({ bezeichnung: 'Wird geändert', stichtag: '2025-03-01' }));
    const r = await cottbus.patch(`${url}/${id}`, { tageProMonat: 31 }, { 'if-match': etag });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers.etag).toBe('"2"');
    expect(r.json().ergebnis).toMatchObject({ tageProMonat: 31, mehrkostenCentProMonat: 37820, mehrkostenProzent: 16.01 });
    expect(r.json().entscheidungen).toHaveLength(2);

    const veraltet = await cottbus.patch(`${url}/${id}`, { bezeichnung: 'Zu spät' }, { 'if-match': etag });
    expect(veraltet.statusCode).toBe(412);
    const veraltetEntscheiden = await cottbus.post(`${url}/${id}/entscheiden`, { ergebnis: 'bewilligt', gruende }, { 'if-match': etag });
    expect(veraltetEntscheiden.statusCode).toBe(412);

    // null entfernt die Angabe: wieder 30 Tage je Monat.
    const zurueck = await cottbus.patch(`${url}/${id}`, { tageProMonat: null, bezeichnung: 'Geändert' }, { 'if-match': '"2"' });
    expect(zurueck.statusCode).toBe(200);
    expect(zurueck.json()).toMatchObject({ bezeichnung: 'Geändert', ergebnis: { tageProMonat: 30, mehrkostenCentProMonat: 36600 } });
    expect(zurueck.json().eingabe).not.toHaveProperty('tageProMonat');

    const alternativen = sgFreiburg().alternativen;
    const doppelt = await cottbus.patch(`${url}/${id}`, { alternativen: [...alternativen, ...alternativen] }, { 'if-match': '"3"' });
    expect(doppelt.statusCode).toBe(400);
    expect(doppelt.json().fehler[0].pfad).toBe('/alternativen/1/bezeichnung');
    expect((await cottbus.get(`${url}/${id}`)).json().version).toBe(3);
  });

  it('trennt die Träger: ein fremder Träger bekommt überall 404 und sieht nichts in Listen', async () => {
    const { id, etag } = await lege(cottbus, sgFreiburg({ bezeichnung: 'Nur Cottbus' }));
    for (const fremd of [schwaben, leitungSchwaben, await u.als('prignitz')]) {
      expect((await fremd.get(`${url}/${id}`)).statusCode).toBe(404);
      expect((await fremd.patch(`${url}/${id}`, { bezeichnung: 'Fremd' }, { 'if-match': etag })).statusCode).toBe(404);
      expect((await fremd.post(`${url}/${id}/entscheiden`, { ergebnis: 'abgelehnt', gruende }, { 'if-match': etag })).statusCode).toBe(404);
      const liste = (await fremd.get(`${url}?proSeite=500`)).json();
      expect(liste.eintraege.map((e: { id: string }) => e.id)).not.toContain(id);
      expect(liste.eintraege.every((e: { bezeichnung: string }) => !e.bezeichnung.startsWith('Nur Cottbus'))).toBe(true);
    }
    expect((await cottbus.get(`${url}/${id}`)).json()).toMatchObject({ status: 'Offen', version: 1, bezeichnung: 'Nur Cottbus' });

    // Ein fremder Fall lässt sich nicht verknüpfen.
    const cottbusFall = (await cottbus.get('/api/v1/faelle?proSeite=1')).json().eintraege[0].id;
    const fremderFall = await leitungSchwaben.post(url, sgFreiburg({ fallId: cottbusFall }));
    expect(fremderFall.statusCode).toBe(400);
    expect(fremderFall.json().fehler[0].pfad).toBe('/fallId');
  });

  it('legt mit demselben Idempotency-Key nur einen Vergleich an und liefert zweimal denselben Datensatz', async () => {
    const body = sgFreiburg({ bezeichnung: 'Idempotent angelegt' });
    const kopf = { 'idempotency-key': 'mehrkosten-idempotenz-1' };
    const erste = await cottbus.post(url, body, kopf);
    const zweite = await cottbus.post(url, body, kopf);
    expect(erste.statusCode).toBe(201);
    expect(zweite.statusCode).toBe(201);
    expect(zweite.headers['idempotent-replayed']).toBe('true');
    expect(zweite.json().id).toBe(erste.json().id);
    expect(zweite.headers.location).toBe(erste.headers.location);
    const liste = (await cottbus.get(`${url}?suche=Idempotent`)).json();
    expect(liste.gesamt).toBe(1);
  });

  it('listet nach Fall gefiltert, sortiert nach Mehrkosten und in Seiten', async () => {
    const fall = (await cottbus.get('/api/v1/faelle?proSeite=1')).json().eintraege[0].id;
    const a = await lege(cottbus, sgFreiburg({ bezeichnung: 'Sortierung 16 %', fallId: fall }));
    const b = await lege(cottbus, {
      ...sgFreiburg({ bezeichnung: 'Sortierung 5 %', fallId: fall }),
      gewuenscht: { bezeichnung: 'Wohnheim T', posten: [{ bezeichnung: 'Wohnheim', betragCent: 8002, je: 'tag' }] },
    });
    const zumFall = (await cottbus.get(`${url}?fallId=${fall}&suche=Sortierung&sortierung=-mehrkosten`)).json();
    expect(zumFall.eintraege.map((e: { id: string }) => e.id)).toEqual([a.id, b.id]);
    expect(zumFall.eintraege.map((e: { mehrkostenProzent: number }) => e.mehrkostenProzent)).toEqual([16.01, 5]);
    const aufsteigend = (await cottbus.get(`${url}?fallId=${fall}&suche=Sortierung&sortierung=mehrkosten&proSeite=1&seite=2`)).json();
    expect(aufsteigend).toMatchObject({ gesamt: 2, seite: 2, proSeite: 1, eintraege: [{ id: a.id }] });
  });

  it('protokolliert Anlegen, Lesen und Entscheiden mit der Person des Falls', async () => {
    const fall = (await leitungSchwaben.get('/api/v1/faelle?suche=S-EH-2013-0815')).json().eintraege[0];
    const { id, etag } = await lege(leitungSchwaben, sgFreiburg({ bezeichnung: 'Protokolliert', fallId: fall.id }));
    await leitungSchwaben.get(`${url}/${id}`);
    await leitungSchwaben.post(`${url}/${id}/entscheiden`, { ergebnis: 'abgelehnt', gruende }, { 'if-match': etag });
    const datenschutz = await u.als('datenschutz.schwaben');
    const p = await datenschutz.get(`/api/v1/protokoll?objektId=${id}&proSeite=100`);
    expect(p.statusCode).toBe(200);
    const eintraege: { aktion: string; personId: string | null; benutzername: string }[] = p.json().eintraege;
    expect(new Set(eintraege.map((e) => e.aktion))).toEqual(new Set(['anlegen', 'lesen', 'uebergang']));
    expect(eintraege.every((e) => e.personId === fall.person.id && e.benutzername === 'leitung.schwaben')).toBe(true);
  });
});
