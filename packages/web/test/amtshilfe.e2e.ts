// Amtshilfe im Browser: Prignitz ersucht Cottbus, Cottbus nimmt an, berichtet und rechnet ab,
// Prignitz sieht Bericht und Rechnung und vermerkt die Zahlung – jeder Schritt vom Benutzer des
// richtigen Trägers. Dazu eine Ablehnung mit zulässigem Grund, die Prignitz sieht, ein fremder
// Träger, der das Ersuchen nicht findet, axe auf jedem Bildschirm und Bildschirmfotos.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusId } from './umgebung.ts';

let w: Webumgebung;
let ersuchenUrl = '';

beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

function tagDe(plusTage: number): string {
  const heute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
  const d = new Date(`${heute}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusTage);
  const [j, m, t] = d.toISOString().slice(0, 10).split('-');
  return `${t}.${m}.${j}`;
}

async function ohneBarrieren(seite: Page, name: string): Promise<void> {
  expect(await barrieren(seite), name).toEqual([]);
  await foto(seite, name);
}

async function statusIst(seite: Page, text: string): Promise<void> {
  await seite
    .getByRole('definition')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first()
    .waitFor();
}

const lebensbereiche = [
  'Lernen und Wissensanwendung',
  'Allgemeine Aufgaben und Anforderungen',
  'Kommunikation',
  'Mobilität',
  'Selbstversorgung',
  'Häusliches Leben',
  'Interpersonelle Interaktionen und Beziehungen',
  'Bedeutende Lebensbereiche',
  'Gemeinschafts-, soziales und staatsbürgerliches Leben',
];

describe('Amtshilfe', () => {
  it('zeigt Eingang und Ausgang sortierbar und ohne Barrieren', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Amtshilfe' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Amtshilfe', exact: true }).waitFor();
    const tabelle = seite.getByRole('table', { name: /Eingang/ });
    await tabelle.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    expect(await tabelle.getByRole('cell', { name: 'Landkreis Prignitz' }).count()).toBe(1);
    expect(await tabelle.getByText('Gesendet').count()).toBe(1);
    await ohneBarrieren(seite, '30-amtshilfe-eingang');

    await seite.getByRole('button', { name: 'Zeichen' }).click();
    await expect.poll(() => seite.getByRole('columnheader', { name: 'Zeichen' }).getAttribute('aria-sort')).toBe('ascending');
    await seite.getByRole('link', { name: 'Ausgang', exact: true }).click();
    await seite.getByText('Ihr Träger hat noch um keine Amtshilfe ersucht.').waitFor();
    expect(await seite.getByRole('link', { name: 'Ausgang', exact: true }).getAttribute('aria-current')).toBe('page');
    await ohneBarrieren(seite, '31-amtshilfe-ausgang-leer');

    await seite.getByRole('link', { name: 'Eingang', exact: true }).click();
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    await seite.getByLabel('Status', { exact: true }).selectOption({ label: 'Bezahlt' });
    await seite.getByRole('button', { name: 'Filtern' }).click();
    await seite.getByText('Keine Ersuchen passen zu diesem Filter.').waitFor();
    await seite.getByLabel('Status', { exact: true }).selectOption({ label: 'Gesendet' });
    await seite.getByRole('button', { name: 'Filtern' }).click();
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    await kontext.close();
  });

  it('Prignitz ersucht Cottbus; Cottbus nimmt an, berichtet und rechnet ab; Prignitz sieht Bericht und Rechnung und zahlt', async () => {
    const prignitz = await w.als('prignitz');
    const p = prignitz.seite;
    await p.goto('/amtshilfe?richtung=ausgang');
    await p
      .getByRole('table', { name: /Ausgang/ })
      .getByRole('link', { name: 'PR-50-2021-0042' })
      .waitFor();
    await ohneBarrieren(p, '32-amtshilfe-ausgang-prignitz');

    // Neues Ersuchen: erst leer absenden → Zusammenfassung oben, Meldung am Feld.
    await p.getByRole('link', { name: 'Neues Ersuchen' }).click();
    await p.getByRole('heading', { level: 1, name: 'Neues Amtshilfeersuchen' }).waitFor();
    await ohneBarrieren(p, '33-amtshilfe-neu');
    await p.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
    const zusammenfassung = p.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung.waitFor();
    await zusammenfassung.getByRole('link', { name: /ersuchten Träger im Register/ }).click();
    await expect.poll(() => fokusId(p)).toBe('feld-ersuchterId');
    await ohneBarrieren(p, '34-amtshilfe-neu-fehler');

    await p.getByLabel('Fall Ihres Trägers').selectOption({ label: 'PR-50-2021-0042 – Beispiel, Lena' });
    await p.getByLabel('Ersuchter Träger: im Register suchen').fill('Cottbus');
    await p.getByLabel('Ersuchter Träger: im Register suchen').press('Enter');
    await p.getByLabel(/^Stadt Cottbus/).check();
    await p.getByLabel('Erbetene Aufgabe').selectOption({ label: 'Bedarfsermittlung (§ 118 SGB IX)' });
    await p.getByLabel('Zeichen des Ersuchens').fill('PR-AH-2026-7');
    await p
      .getByLabel('Fragen an den ersuchten Träger')
      .fill('Bitte ermitteln Sie den Bedarf von Frau Beispiel in Cottbus (§ 118 SGB IX).');
    await p.getByLabel('Erbeten bis').fill(tagDe(14));
    await p.getByRole('checkbox', { name: 'Stammdaten (Name, Anschrift, Geburtsdatum, Ansprechperson)' }).check();
    await p
      .getByLabel('Inhalt: Stammdaten (Name, Anschrift, Geburtsdatum, Ansprechperson)')
      .fill('Lena Beispiel, Beispielweg 3, 03046 Cottbus');
    await p.getByRole('checkbox', { name: 'Bericht eines behandelnden Arztes' }).check();
    await p.getByLabel('Inhalt: Bericht eines behandelnden Arztes').fill('Befundbericht Dr. Muster vom 01.02.2026');

    // Vorabprüfung: Amtshilfe ja, Pauschale als Beispielbetrag, Arztbericht darf nicht mit.
    await p.getByRole('button', { name: 'Vorab prüfen' }).click();
    const vorschau = p.getByRole('region', { name: 'Vorabprüfung: was das Regelwerk sagt' });
    await vorschau.getByText('Ja, Amtshilfe (§ 3 SGB X)').waitFor();
    await vorschau.getByText(/Pauschale nach der Vereinbarung: 200,00\s€/).waitFor();
    await vorschau.getByText('Beispielbetrag').waitFor();
    const arzt = vorschau.getByRole('row', { name: /Bericht eines behandelnden Arztes/ });
    expect(await arzt.getByText('darf nicht mit').count()).toBe(1);
    expect(
      await vorschau
        .getByRole('row', { name: /Stammdaten/ })
        .getByText('darf mit')
        .count(),
    ).toBe(1);
    await ohneBarrieren(p, '35-amtshilfe-neu-vorabpruefung');

    // Der Server sagt dasselbe (400) – die Gründe des Regelwerks stehen am Feld; nichts Eingegebenes geht verloren.
    await p.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
    const datenFehler = p.getByRole('alert').filter({ hasText: 'Das Regelwerk lässt die Übermittlung dieser Daten nicht zu' });
    await datenFehler.waitFor();
    await datenFehler
      .getByRole('link', { name: /^„Bericht eines behandelnden Arztes“ darf nicht übermittelt werden \(§ 76 Abs\. 1 SGB X\)/ })
      .click();
    await expect.poll(() => fokusId(p)).toBe('feld-daten-arztbericht-art');
    expect(await p.getByRole('checkbox', { name: 'Bericht eines behandelnden Arztes' }).getAttribute('aria-invalid')).toBe('true');
    expect(await p.getByLabel('Fragen an den ersuchten Träger').inputValue()).toContain('Frau Beispiel');
    await ohneBarrieren(p, '36-amtshilfe-neu-daten-abgelehnt');

    await p.getByRole('checkbox', { name: 'Bericht eines behandelnden Arztes' }).uncheck();
    await p.getByRole('button', { name: 'Als Entwurf anlegen' }).click();
    await p.getByRole('heading', { level: 1, name: 'Amtshilfeersuchen PR-AH-2026-7' }).waitFor();
    await statusIst(p, 'Entwurf');
    await p.getByText('Der Entwurf ist angelegt.').waitFor();
    await ohneBarrieren(p, '37-amtshilfe-entwurf');
    ersuchenUrl = new URL(p.url()).pathname;

    await p.getByRole('button', { name: 'Ersuchen senden' }).click();
    await statusIst(p, 'Gesendet');
    await p.getByText(/Das Ersuchen liegt bei Stadt Cottbus/).waitFor();
    expect(await p.getByRole('button', { name: /annehmen|ablehnen|senden/ }).count()).toBe(0);
    await ohneBarrieren(p, '38-amtshilfe-gesendet-prignitz');

    // Cottbus: im Eingang öffnen, Ablehnungsgründe nur die zulässigen, annehmen.
    const cottbus = await w.als('cottbus');
    const c = cottbus.seite;
    await c.goto('/amtshilfe');
    await c.getByRole('link', { name: 'PR-AH-2026-7' }).click();
    await c.getByRole('heading', { level: 1, name: 'Amtshilfeersuchen PR-AH-2026-7' }).waitFor();
    await c.getByText('Lena Beispiel, Beispielweg 3, 03046 Cottbus').waitFor();
    const gruende = c.getByRole('group', { name: 'Ablehnungsgrund' });
    await gruende.getByRole('radio').first().waitFor();
    const angeboten = await gruende.getByRole('radio').evaluateAll((r) => r.map((x) => (x as HTMLInputElement).value));
    expect(angeboten.sort()).toEqual(
      ['andereBehoerdeEinfacher', 'eigeneAufgabenGefaehrdet', 'gemeinwohl', 'rechtlichesHindernis', 'unverhaeltnismaessigerAufwand'].sort(),
    );
    expect(await gruende.getByRole('radio', { name: /unzweckmäßig/ }).count()).toBe(0);
    await gruende.getByText(/Die ersuchte Behörde braucht nicht zu helfen, wenn eine andere Behörde/).waitFor();
    await ohneBarrieren(c, '39-amtshilfe-eingang-antwort');

    await c.getByRole('button', { name: 'Ersuchen annehmen' }).click();
    await statusIst(c, 'Angenommen');
    await c.getByRole('heading', { name: 'Ergebnisbericht abgeben' }).waitFor();
    await c.getByRole('button', { name: 'Bericht abgeben' }).click();
    const berichtFehler = c.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await berichtFehler.waitFor();
    expect(await berichtFehler.getByRole('link').count()).toBe(9);
    await ohneBarrieren(c, '40-amtshilfe-bericht-fehler');
    for (const [i, n] of lebensbereiche.entries()) await c.getByLabel(`${i + 1}. ${n}`, { exact: true }).fill(`Befund zu ${n}.`);
    await c.getByLabel('Wünsche der Person (§ 104 Abs. 2 SGB IX)').fill('Möchte in der eigenen Wohnung bleiben.');
    await c.getByLabel('Vorschläge zu Leistungen').fill('Assistenzleistungen im bisherigen Umfang fortführen.');
    await c.getByRole('button', { name: 'Bericht abgeben' }).click();
    await statusIst(c, 'Durchgeführt');
    await c.getByRole('heading', { level: 3, name: 'Abrechnen' }).waitFor();
    await c.getByText(/die Pauschale von 200,00\s€/).waitFor();
    await c.getByRole('button', { name: 'Erstattung vorab berechnen' }).click();
    await c.getByText(/Vorabberechnung des Regelwerks: Pauschale der Vereinbarung: 200,00\s€/).waitFor();
    await ohneBarrieren(c, '41-amtshilfe-abrechnen');
    await c.getByRole('button', { name: 'Abrechnen', exact: true }).click();
    await statusIst(c, 'Abgerechnet');
    const abrechnung = c.getByRole('region', { name: 'Abrechnung' });
    await abrechnung.getByText(/^200,00\s€$/).waitFor();
    expect(await abrechnung.getByText('Beispielbetrag').count()).toBeGreaterThan(0);
    await c.getByText(/Sie haben abgerechnet. Die Zahlung vermerkt Landkreis Prignitz/).waitFor();
    await ohneBarrieren(c, '42-amtshilfe-abgerechnet-cottbus');

    // Prignitz: Bericht und Rechnung sehen, Zahlung vermerken.
    await p.reload();
    await statusIst(p, 'Abgerechnet');
    const bericht = p.getByRole('region', { name: 'Ergebnisbericht' });
    await bericht.getByText('Befund zu Mobilität.').waitFor();
    await bericht.getByText('Möchte in der eigenen Wohnung bleiben.').waitFor();
    await p
      .getByRole('region', { name: 'Abrechnung' })
      .getByText(/^200,00\s€$/)
      .waitFor();
    await ohneBarrieren(p, '43-amtshilfe-bericht-rechnung-prignitz');
    await p.getByRole('button', { name: 'Zahlung vermerken' }).click();
    await statusIst(p, 'Bezahlt');
    await p.getByText('Das Ersuchen ist bezahlt und abgeschlossen; es gibt keine weiteren Schritte.').waitFor();
    await ohneBarrieren(p, '44-amtshilfe-bezahlt');

    // Cottbus sieht die Zahlung.
    await c.reload();
    await statusIst(c, 'Bezahlt');
    await prignitz.kontext.close();
    await cottbus.kontext.close();
  });

  it('Cottbus lehnt mit einem zulässigen Grund ab; Prignitz sieht den Grund und ruft die Aufsicht an', async () => {
    const cottbus = await w.als('cottbus');
    const c = cottbus.seite;
    await c.goto('/amtshilfe');
    await c.getByRole('link', { name: 'PR-50-2021-0042' }).click();
    await c.getByRole('heading', { level: 1, name: 'Amtshilfeersuchen PR-50-2021-0042' }).waitFor();
    await c.getByRole('button', { name: 'Ersuchen ablehnen' }).click();
    const fehler = c.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await fehler.getByRole('link', { name: /Ablehnungsgrund/ }).waitFor();
    await ohneBarrieren(c, '45-amtshilfe-ablehnen-fehler');
    await c.getByRole('radio', { name: /Die eigenen Aufgaben würden ernstlich gefährdet/ }).check();
    // Der Wortlaut der Norm öffnet sich als Dialog und schließt mit Escape.
    await c.getByRole('button', { name: 'Wortlaut von § 4 Abs. 3 Nr. 3 SGB X' }).click();
    const dialog = c.getByRole('dialog', { name: '§ 4 Abs. 3 Nr. 3 SGB X' });
    await dialog.waitFor();
    await ohneBarrieren(c, '45b-amtshilfe-ablehnen-normtext');
    await c.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await c.getByLabel('Begründung im Einzelfall').fill('Zwei von drei Stellen im Fallmanagement sind bis Ende des Quartals unbesetzt.');
    await c.getByRole('button', { name: 'Ersuchen ablehnen' }).click();
    await statusIst(c, 'Abgelehnt');
    await ohneBarrieren(c, '46-amtshilfe-abgelehnt-cottbus');

    const prignitz = await w.als('prignitz');
    const p = prignitz.seite;
    await p.goto('/amtshilfe?richtung=ausgang');
    await p.getByRole('link', { name: 'PR-50-2021-0042' }).click();
    await statusIst(p, 'Abgelehnt');
    const ablehnung = p.getByRole('region', { name: 'Ablehnung' });
    await ablehnung.getByText('Die eigenen Aufgaben würden ernstlich gefährdet (§ 4 Abs. 3 Nr. 3 SGB X)').waitFor();
    await ablehnung.getByText(/Zwei von drei Stellen/).waitFor();
    await ohneBarrieren(p, '47-amtshilfe-abgelehnt-prignitz');
    await p.getByRole('button', { name: 'Auf der Amtshilfe bestehen' }).click();
    await statusIst(p, 'Bei der Aufsichtsbehörde');
    await p.getByRole('heading', { name: 'Bei der Aufsichtsbehörde (§ 4 Abs. 5 SGB X)' }).waitFor();
    await ohneBarrieren(p, '48-amtshilfe-aufsicht');
    await prignitz.kontext.close();
    await cottbus.kontext.close();
  });

  it('ein unbeteiligter Träger (Schwaben) findet das Ersuchen nicht', async () => {
    expect(ersuchenUrl).toMatch(/^\/amtshilfe\/[0-9a-f-]{36}$/);
    const { kontext, seite } = await w.als('schwaben');
    await seite.goto(ersuchenUrl);
    await seite.getByRole('heading', { level: 1, name: 'Amtshilfeersuchen nicht gefunden' }).waitFor();
    expect(await seite.getByText('PR-AH-2026-7').count()).toBe(0);
    await ohneBarrieren(seite, '49-amtshilfe-nicht-gefunden');
    await kontext.close();
  });

  it('passt auf 320 px Breite (Liste und Ersuchen)', async () => {
    const { kontext, seite } = await w.als('cottbus', { breite: 320 });
    await seite.goto('/amtshilfe');
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await ohneBarrieren(seite, '50-amtshilfe-liste-320px');
    await seite.goto(ersuchenUrl);
    await seite.getByRole('heading', { level: 1, name: 'Amtshilfeersuchen PR-AH-2026-7' }).waitFor();
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await ohneBarrieren(seite, '51-amtshilfe-ersuchen-320px');
    await kontext.close();
  });
});
