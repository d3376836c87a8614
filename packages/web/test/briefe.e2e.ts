// Briefe und XRechnung im Browser: Schwaben erzeugt zum Seed-Anspruch (122.288,02 €) die Anmeldung
// als Zweitschrift und meldet den Demo-Entwurf mit dem Brief an (Eingang heute per E-Mail, § 111 SGB X; mit Vorschau);
// ein veralteter Stand wird gemeldet statt überschrieben. Cottbus sieht vor der XRechnung, welche
// Stammdaten fehlen, und legt sie danach als XML ab; Prignitz lädt sie herunter. Vermerk zum
// Mehrkostenvergleich und Beitrittserklärung aus ihren Seiten. Jede Datei lädt wirklich herunter;
// axe auf jedem Bildschirm.
import type { APIResponse, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leitwegPruefziffer } from '../../recht/src/index.ts';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusText } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

async function text(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

async function ohneBarrieren(seite: Page, name: string): Promise<void> {
  expect(await barrieren(seite), name).toEqual([]);
  await foto(seite, name);
}

function heuteDe(): string {
  const [j, m, t] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date()).split('-');
  return `${t}.${m}.${j}`;
}

/** Vorbereitung über die API, wie die Oberfläche sie nutzt (Sitzungs-Cookie, CSRF-Token, If-Match). */
async function apiAls(benutzername: string) {
  const { cookie, csrf } = await w.apiSitzung(benutzername);
  const get = (url: string) => w.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });
  const aendern = async (method: 'POST' | 'PATCH', url: string, payload: Record<string, unknown>, etagVon?: string) => {
    const etag = etagVon ? String((await get(etagVon)).headers.etag) : undefined;
    const a = await w.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie, 'x-csrf-token': csrf, ...(etag ? { 'if-match': etag } : {}) },
      payload,
    });
    expect(a.statusCode, a.body).toBeLessThan(300);
    return a;
  };
  return { get, aendern };
}

/** Lädt, was ein Link im Browser herunterladen würde, mit der Sitzung des Browsers. */
async function herunterladen(kontext: BrowserContext, link: Locator): Promise<APIResponse> {
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/api\/v1\/dokumente\/[0-9a-f-]{36}$/);
  const r = await kontext.request.get(href ?? '');
  expect(r.status()).toBe(200);
  return r;
}

/** Der Wert einer Angabe (dd) zu ihrer Bezeichnung (dt). */
function angabe(seite: Page, bezeichnung: string): Locator {
  return seite
    .locator('.kern-description-list-item')
    .filter({ has: seite.getByRole('term').filter({ hasText: new RegExp(`^${bezeichnung.replace(/[()]/g, '\\$&')}$`) }) })
    .getByRole('definition');
}

async function oeffneAnspruch(seite: Page, aktenzeichen: RegExp | string): Promise<Locator> {
  await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Erstattung', exact: true }).click();
  await seite.getByRole('link', { name: aktenzeichen }).click();
  await seite.getByRole('heading', { level: 1, name: /^Erstattungsanspruch / }).waitFor();
  const briefe = seite.getByRole('region', { name: 'Briefe und Dokumente' });
  await briefe
    .getByText(/Vorlage|Zurzeit können Sie hier keinen Brief erzeugen/)
    .first()
    .waitFor();
  return briefe;
}

describe('Briefe und XRechnung', () => {
  it('Schwaben erzeugt zum Seed-Anspruch über 122.288,02 € die Anmeldung (Zweitschrift) und lädt das PDF', async () => {
    const { kontext, seite } = await w.als('schwaben');
    const briefe = await oeffneAnspruch(seite, 'S-KE-2013-0815');
    // Vorlagen und Dokumente laden getrennt: erst lesen, wenn auch die Liste der Dokumente da ist.
    await briefe.getByText('Zu diesem Anspruch gibt es noch keine Dokumente.').waitFor();
    expect(await text(seite.getByRole('table', { name: 'Beträge des Anspruchs' }))).toContain('122.288,02 €');
    // Angeboten wird nur, was der Server erlaubt; der Rest steht mit Grund da.
    const auswahl = briefe.getByLabel('Vorlage');
    expect(await auswahl.locator('option').allTextContents()).toEqual(['Anmeldung eines Erstattungsanspruchs']);
    expect(await text(briefe)).toContain('Zweitschrift: Der Anspruch ist seit 13.09.2013 geltend gemacht (§ 111 SGB X)');
    expect(await text(briefe)).toContain('Bezifferung: Beziffert wird ein angemeldeter Anspruch; Status ist „Klage“.');
    expect(await text(briefe)).toContain('Die Anmeldung ist die Geltendmachung nach § 111 SGB X.');
    expect(await text(briefe)).toContain('Zu diesem Anspruch gibt es noch keine Dokumente.');
    await ohneBarrieren(seite, '60-briefe-seed-vorher');

    await briefe.getByRole('button', { name: 'Schreiben erzeugen' }).click();
    const erfolg = briefe.getByRole('status').filter({ hasText: 'ist erzeugt und gespeichert' });
    await erfolg.waitFor();
    expect(await text(erfolg)).toContain('Der Brief „Anmeldung eines Erstattungsanspruchs“ ist erzeugt und gespeichert.');
    // Der Fokus steht bei der Meldung; der nächste Tab erreicht den Link zum Herunterladen.
    await seite.keyboard.press('Tab');
    await expect.poll(() => fokusText(seite)).toBe('Anmeldung eines Erstattungsanspruchs herunterladen');
    const pdf = await herunterladen(kontext, erfolg.getByRole('link', { name: 'Anmeldung eines Erstattungsanspruchs herunterladen' }));
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers()['content-disposition']).toMatch(/filename="anmeldung_S-KE-2013-0815_\d{4}-\d{2}-\d{2}\.pdf"/);

    // Die Liste der Dokumente ist neu geladen; der Anspruch ist unverändert (Klage, geltend gemacht 13.09.2013).
    const link = briefe.getByRole('link', {
      name: /^Anmeldung eines Erstattungsanspruchs vom \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr herunterladen$/,
    });
    await link.waitFor();
    expect((await herunterladen(kontext, link)).headers()['content-type']).toBe('application/pdf');
    expect(await text(angabe(seite, 'Angemeldet (geltend gemacht)'))).toBe('13.09.2013');
    await ohneBarrieren(seite, '61-briefe-seed-erzeugt');
    await kontext.close();
  });

  it('die Anmeldung eines Entwurfs ist die Geltendmachung: veralteter Stand wird gemeldet, danach ist der Anspruch heute angemeldet', async () => {
    const { kontext, seite } = await w.als('schwaben');
    const briefe = await oeffneAnspruch(seite, /-0420$/);
    const geltend = angabe(seite, 'Angemeldet (geltend gemacht)');
    expect(await text(geltend)).toBe('noch nicht');
    const warnung = briefe.getByText('Dieser Brief ändert den Datensatz');
    await warnung.waitFor();
    expect(await text(briefe)).toContain(
      'Status „Angemeldet“, geltend gemacht an dem Tag, an dem das Schreiben beim verpflichteten Träger eingeht',
    );
    // Der Tag des Eingangs: Vorschlag nach dem Versandweg (E-Mail/EGVP heute, Post drei Tage später), mit Erklärung.
    const eingang = briefe.getByLabel('Eingang beim verpflichteten Träger (Tag der Geltendmachung)');
    expect(await eingang.inputValue()).toBe(heuteDe());
    expect(await text(briefe)).toContain('Die Geltendmachung ist eine Erklärung, die dem Empfänger zugehen muss (§ 130 BGB)');
    await briefe.getByLabel('Versandweg').selectOption('post');
    expect(await eingang.inputValue()).not.toBe(heuteDe());
    await briefe.getByLabel('Versandweg').selectOption('elektronisch');
    expect(await eingang.inputValue()).toBe(heuteDe());
    // Jeder Zeitraum mit der Folge der Wahl; die Vorschau setzt den Brief, ohne etwas zu ändern.
    expect(await text(briefe)).toContain('Welche Leistungszeiträume macht der Brief geltend?');
    expect(await text(briefe)).toContain('Wird geltend gemacht; die Ausschlussfrist des § 111 SGB X');
    await briefe.getByRole('button', { name: 'Vorschau anzeigen' }).click();
    await briefe.getByRole('link', { name: 'Vorschau öffnen (PDF)' }).waitFor();
    expect(await text(geltend)).toBe('noch nicht');
    expect(await briefe.getByRole('button', { name: 'Schreiben erzeugen' }).getAttribute('aria-describedby')).toBeTruthy();
    await ohneBarrieren(seite, '62-briefe-entwurf');

    // Inzwischen ändert jemand den Anspruch: Der Brief ändert ihn nicht auf altem Stand (412), sondern sagt es.
    const id = new URL(seite.url()).pathname.split('/').pop() ?? '';
    const schwaben = await apiAls('schwaben');
    await schwaben.aendern('PATCH', `/erstattungsansprueche/${id}`, { bemerkung: 'Bitte heute anmelden.' }, `/erstattungsansprueche/${id}`);
    await briefe.getByRole('button', { name: 'Schreiben erzeugen' }).click();
    await briefe.getByRole('alert').filter({ hasText: 'Datensatz wurde inzwischen geändert' }).waitFor();
    expect(await text(geltend)).toBe('noch nicht');
    await ohneBarrieren(seite, '63-briefe-veraltet');
    await briefe.getByRole('button', { name: 'Neuen Stand laden' }).click();
    await briefe.getByRole('alert').filter({ hasText: 'Datensatz wurde inzwischen geändert' }).waitFor({ state: 'detached' });

    await briefe.getByRole('button', { name: 'Schreiben erzeugen' }).click();
    const erfolg = briefe.getByRole('status').filter({ hasText: 'ist erzeugt und gespeichert' });
    await erfolg.waitFor();
    expect(await text(erfolg)).toContain('Der Datensatz ist dabei geändert worden');
    // § 111 SGB X: geltend gemacht heute; Status und Auswahl zeigen den neuen Stand.
    await expect.poll(() => text(geltend)).toBe(heuteDe());
    await seite.locator('.erstattung-kopf').getByText('Angemeldet', { exact: true }).waitFor();
    await expect
      .poll(() => briefe.getByLabel('Vorlage').locator('option').allTextContents())
      .toEqual(['Anmeldung eines Erstattungsanspruchs', 'Bezifferung', 'Erinnerung']);
    const pdf = await herunterladen(kontext, erfolg.getByRole('link'));
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await ohneBarrieren(seite, '64-briefe-angemeldet');
    await kontext.close();
  });

  it('Amtshilfe: Cottbus sieht, welche Stammdaten der XRechnung fehlen, erzeugt sie danach als XML; Prignitz lädt sie herunter', async () => {
    // Vorbereitung: Cottbus nimmt das Demo-Ersuchen an, berichtet und rechnet die Pauschale ab.
    const prignitz = await apiAls('prignitz');
    const cottbus = await apiAls('cottbus');
    const ersuchen = (await prignitz.get('/amtshilfeersuchen?richtung=ausgang&suche=PR-50-2021-0042')).json<{
      eintraege: { id: string }[];
    }>().eintraege[0];
    const url = `/amtshilfeersuchen/${ersuchen?.id}`;
    await cottbus.aendern('POST', `${url}/annehmen`, {}, url);
    const lebensbereiche = [
      'lernenUndWissensanwendung',
      'allgemeineAufgabenUndAnforderungen',
      'kommunikation',
      'mobilitaet',
      'selbstversorgung',
      'haeuslichesLeben',
      'interpersonelleInteraktionenUndBeziehungen',
      'bedeutendeLebensbereiche',
      'gemeinschaftsSozialesUndStaatsbuergerlichesLeben',
    ];
    await cottbus.aendern(
      'POST',
      `${url}/berichten`,
      {
        bericht: { lebensbereiche: Object.fromEntries(lebensbereiche.map((b) => [b, `Bericht zu ${b}.`])), wuensche: '', vorschlaege: '' },
      },
      url,
    );
    await cottbus.aendern('POST', `${url}/abrechnen`, {}, url);
    // Die Demo-Stammdaten sind vollständig; hier fehlen sie, damit die Seite sie vorher nennt.
    const betrieb = await apiAls('betrieb');
    for (const t of ['/traeger/12070', '/traeger/12052'])
      await betrieb.aendern('PATCH', t, { leitwegId: null, iban: null, anschrift: {}, kontakt: {} }, t);

    const c = await w.als('cottbus');
    await c.seite.goto(`/amtshilfe/${ersuchen?.id}`);
    const abrechnung = c.seite.getByRole('region', { name: 'Abrechnung' });
    const warnung = abrechnung.getByText('Für die XRechnung fehlen Stammdaten');
    await warnung.waitFor();
    expect(await abrechnung.getByRole('button', { name: 'XRechnung erzeugen' }).count()).toBe(0);
    const fehlend = abrechnung.getByRole('link', { name: /Leitweg-ID des Rechnungsempfängers \(Landkreis Prignitz\) fehlt/ });
    expect(await fehlend.getAttribute('href')).toBe('/traeger/12070');
    expect(await abrechnung.getByRole('link', { name: /Stadt Cottbus/ }).count()).toBeGreaterThan(0);
    await ohneBarrieren(c.seite, '65-xrechnung-stammdaten-fehlen');

    // Der Plattformbetrieb ergänzt die Stammdaten; danach bietet die Seite die XRechnung an.
    const leitwegId = `12070000-${leitwegPruefziffer('12070000')}`;
    await betrieb.aendern(
      'PATCH',
      '/traeger/12070',
      { leitwegId, anschrift: { strasse: 'Berliner Straße 49', plz: '19348', ort: 'Perleberg' } },
      '/traeger/12070',
    );
    await betrieb.aendern(
      'PATCH',
      '/traeger/12052',
      {
        leitwegId: `12052000-${leitwegPruefziffer('12052000')}`,
        iban: 'DE89370400440532013000',
        anschrift: { strasse: 'Neumarkt 5', plz: '03046', ort: 'Cottbus' },
        kontakt: { telefon: '0355 612-0', email: 'eingliederungshilfe@cottbus.de', ansprechpartner: 'Fachbereich Soziales' },
      },
      '/traeger/12052',
    );
    await c.seite.reload();
    await abrechnung.getByRole('button', { name: 'XRechnung erzeugen' }).click();
    const erfolg = abrechnung.getByRole('status').filter({ hasText: 'Die XRechnung ist erzeugt und bei diesem Ersuchen gespeichert.' });
    await erfolg.waitFor();
    const xml = await herunterladen(c.kontext, erfolg.getByRole('link', { name: 'XRechnung (UBL) herunterladen' }));
    expect(xml.headers()['content-type']).toMatch(/^application\/xml/);
    expect(xml.headers()['content-disposition']).toMatch(/filename="xrechnung_AH-[0-9A-F]{12}_\d{4}-\d{2}-\d{2}\.xml"/);
    const inhalt = await xml.text();
    expect(inhalt).toContain(`<cbc:BuyerReference>${leitwegId}</cbc:BuyerReference>`);
    expect(inhalt).toContain('Stadt Cottbus');

    // Im Abschnitt „Briefe und Dokumente“: die XRechnung in der Liste, dazu die Kostenanforderung als Brief.
    const briefe = c.seite.getByRole('region', { name: 'Briefe und Dokumente' });
    await briefe.getByRole('link', { name: /^XRechnung \(UBL\) vom .* herunterladen$/ }).waitFor();
    await briefe.getByLabel('Vorlage').selectOption({ label: 'Kostenanforderung' });
    await briefe.getByRole('button', { name: 'Schreiben erzeugen' }).click();
    await briefe.getByRole('status').filter({ hasText: 'Der Brief „Kostenanforderung“ ist erzeugt und gespeichert.' }).waitFor();
    await briefe.getByRole('link', { name: /^Kostenanforderung vom .* herunterladen$/ }).waitFor();
    await ohneBarrieren(c.seite, '66-xrechnung-erzeugt');
    await c.kontext.close();

    // Prignitz (Rechnungsempfänger) sieht und lädt beide Dokumente; die XRechnung stellt nur Cottbus aus.
    const p = await w.als('prignitz');
    await p.seite.goto(`/amtshilfe/${ersuchen?.id}`);
    const pAbrechnung = p.seite.getByRole('region', { name: 'Abrechnung' });
    await pAbrechnung.getByText('Die XRechnung stellt der ersuchte Träger aus (Rechnungssteller).').waitFor();
    expect(await pAbrechnung.getByRole('button', { name: 'XRechnung erzeugen' }).count()).toBe(0);
    const pBriefe = p.seite.getByRole('region', { name: 'Briefe und Dokumente' });
    const pXml = await herunterladen(p.kontext, pBriefe.getByRole('link', { name: /^XRechnung \(UBL\) vom .* herunterladen$/ }));
    expect(await pXml.text()).toBe(inhalt);
    const pPdf = await herunterladen(p.kontext, pBriefe.getByRole('link', { name: /^Kostenanforderung vom .* herunterladen$/ }));
    expect(pPdf.headers()['content-type']).toBe('application/pdf');
    await ohneBarrieren(p.seite, '67-xrechnung-prignitz');
    await p.kontext.close();
  });

  it('Vermerk zum Mehrkostenvergleich (Cottbus) und Beitrittserklärung (Administration Schwaben) aus ihren Seiten', async () => {
    const c = await w.als('cottbus');
    await c.seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mehrkostenvergleich' }).click();
    await c.seite.getByRole('link', { name: /Wohnheim S statt Wohnheim A/ }).click();
    const vermerk = c.seite.getByRole('region', { name: 'Briefe und Dokumente' });
    await vermerk.getByLabel('Vorlage').waitFor();
    await vermerk.getByRole('button', { name: 'Schreiben erzeugen' }).click();
    const erfolg = vermerk.getByRole('status').filter({ hasText: 'Der Brief „Vermerk Mehrkostenvergleich“ ist erzeugt und gespeichert.' });
    await erfolg.waitFor();
    expect((await herunterladen(c.kontext, erfolg.getByRole('link'))).headers()['content-type']).toBe('application/pdf');
    await ohneBarrieren(c.seite, '68-vermerk-mehrkosten');
    await c.kontext.close();

    const a = await w.als('admin.schwaben');
    await a.seite
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: /Träger/ })
      .click();
    await a.seite
      .getByRole('link', { name: /Verwaltungsvereinbarung/ })
      .first()
      .click();
    const beitritt = a.seite.getByRole('region', { name: 'Beitrittserklärung als Brief' });
    await beitritt.getByLabel('Vorlage').waitFor();
    await beitritt.getByRole('button', { name: 'Schreiben erzeugen' }).click();
    const ok = beitritt.getByRole('status').filter({ hasText: 'ist erzeugt und gespeichert' });
    await ok.waitFor();
    expect((await herunterladen(a.kontext, ok.getByRole('link'))).headers()['content-type']).toBe('application/pdf');
    await beitritt.getByRole('link', { name: /^Beitrittserklärung zur Verwaltungsvereinbarung vom .* herunterladen$/ }).waitFor();
    await ohneBarrieren(a.seite, '69-beitrittserklaerung');
    await a.kontext.close();

    // Die Kostenerstattung sieht die Vorlage mit dem Grund, warum sie die Erklärung nicht schreibt.
    const s = await w.als('schwaben');
    await s.seite.goto(new URL(a.seite.url()).pathname);
    const sBeitritt = s.seite.getByRole('region', { name: 'Beitrittserklärung als Brief' });
    await sBeitritt.getByText(/administration oder leitung vorbehalten/).waitFor();
    expect(await sBeitritt.getByRole('button', { name: 'Schreiben erzeugen' }).count()).toBe(0);
    await s.kontext.close();
  });
});
