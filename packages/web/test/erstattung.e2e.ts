// Erstattung im Browser: Erstattungsbuch, Seed-Anspruch (§ 111/§ 113) und seine Unsichtbarkeit für
// Unbeteiligte, neuer Anspruch mit Fehlern, die ganze Reise Anmelden → Vorschlag → Freigabe (vier
// Augen) → Zahlung → Bezahlt, jeweils durch die richtige Person, und die Bemerkung mit 412.
import { readFile } from 'node:fs/promises';
import type { Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusId } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

/** Text eines Elements; Beträge enthalten ein geschütztes Leerzeichen vor „€“, hier ein normales. */
async function text(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

async function keineBarrieren(seite: Page) {
  expect(await barrieren(seite)).toEqual([]);
}

async function zumBuch(seite: Page) {
  await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Erstattung', exact: true }).click();
  await seite.getByRole('heading', { level: 1, name: 'Erstattung', exact: true }).waitFor();
  await seite.getByRole('table').or(seite.getByText('Keine Ansprüche gefunden.')).waitFor();
}

async function oeffne(seite: Page, aktenzeichen: RegExp | string) {
  await zumBuch(seite);
  await seite.getByRole('link', { name: aktenzeichen }).click();
  await seite.getByRole('heading', { level: 1, name: /^Erstattungsanspruch / }).waitFor();
  await seite.getByRole('heading', { level: 2, name: 'Arbeitsschritte' }).waitFor();
}

const zeitraeume = (seite: Page) => seite.getByRole('table', { name: /Leistungszeiträume mit Betrag/ });

let seedUrl = '';

describe('Erstattung', () => {
  it('das Erstattungsbuch zeigt Schwaben den Seed-Anspruch und den Entwurf mit naher Frist, filterbar und sortierbar', async () => {
    const { kontext, seite } = await w.als('schwaben');
    // Der Demo-Entwurf: drei Ausschlussfristen in den nächsten 30 Tagen, 3 × 4.250,00 € mit Risiko.
    const risiko = seite.getByRole('listitem').filter({ hasText: 'mit Risiko nach § 111 SGB X' });
    await expect.poll(() => text(risiko)).toContain('12.750,00 €');
    await zumBuch(seite);
    const seed = seite.getByRole('row').filter({ hasText: 'S-KE-2013-0815' });
    await expect.poll(() => text(seed)).toContain('122.288,02 €');
    expect(await text(seed)).toContain('Klage');
    expect(await text(seed)).toContain('an Bezirk Mittelfranken');
    const entwurf = seite.getByRole('row').filter({ hasText: '-0420' });
    expect(await text(entwurf)).toContain('Entwurf');
    // Nächste Frist: § 111 SGB X in den nächsten 30 Tagen.
    expect(await text(entwurf)).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await keineBarrieren(seite);
    await foto(seite, '10-erstattung-buch');

    await seite.getByRole('button', { name: 'Forderung' }).click();
    await expect.poll(() => seite.getByRole('columnheader', { name: /Forderung/ }).getAttribute('aria-sort')).toBe('ascending');
    const zeilen = await seite.getByRole('row').allTextContents();
    expect(zeilen.findIndex((z) => z.includes('-0420'))).toBeLessThan(zeilen.findIndex((z) => z.includes('S-KE-2013-0815')));

    await seite.getByLabel('Richtung', { exact: true }).selectOption('eingehend');
    await seite.getByRole('button', { name: 'Anzeigen' }).click();
    await seite.getByText('Keine Ansprüche gefunden.').waitFor();
    await seite.getByRole('heading', { level: 2, name: 'Eingehende Ansprüche' }).waitFor();
    await keineBarrieren(seite);

    // Export mit Filter und Sortierung der Anzeige (ohne Seiten): CSV mit Kopfzeile, nur der gefundene Anspruch.
    await seite.getByLabel('Richtung', { exact: true }).selectOption('ausgehend');
    await seite.getByLabel('Suche (Aktenzeichen, Stelle, Bemerkung)').fill('0815');
    await seite.getByRole('button', { name: 'Anzeigen' }).click();
    await seite.getByRole('heading', { level: 2, name: 'Ausgehende Ansprüche mit „0815“' }).waitFor();
    const csv = seite.getByRole('group', { name: 'Exportieren' }).getByRole('link', { name: 'Ansprüche als CSV' });
    const adresse = new URL((await csv.getAttribute('href')) ?? '', w.basis);
    expect(adresse.pathname).toBe('/api/v1/export/erstattungsansprueche');
    expect(Object.fromEntries(adresse.searchParams)).toEqual({
      richtung: 'ausgehend',
      suche: '0815',
      sortierung: 'forderung',
      format: 'csv',
    });
    expect(await seite.getByRole('link', { name: 'Ansprüche als Excel (XLSX)' }).getAttribute('href')).toContain('format=xlsx');
    const [datei] = await Promise.all([seite.waitForEvent('download'), csv.click()]);
    expect(datei.suggestedFilename()).toMatch(/\.csv$/);
    const inhalt = (await readFile(await datei.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(inhalt.split(/\r?\n/)[0]).toMatch(/^Aktenzeichen;Anspruchsteller \(Kennung\);Verpflichteter Träger \(Kennung\);/);
    expect(inhalt).toContain('S-KE-2013-0815');
    expect(inhalt).not.toContain('-0420');
    await kontext.close();
  });

  it('der Seed-Anspruch über 122.288,02 €: § 111 je Zeitraum gewahrt, § 113 durch Klage gehemmt, Begründung mit Normtext', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await oeffne(seite, 'S-KE-2013-0815');
    seedUrl = new URL(seite.url()).pathname;
    await expect.poll(() => zeitraeume(seite).getByText('gewahrt', { exact: true }).count()).toBe(9);
    expect(await zeitraeume(seite).getByText('offen', { exact: true }).count()).toBe(0);
    const betraege = seite.getByRole('table', { name: 'Beträge des Anspruchs' });
    expect(await text(betraege.getByRole('row', { name: /^Forderung/ }))).toContain('122.288,02 €');
    const s113 = seite.getByRole('region', { name: 'Verjährung (§ 113 SGB X)' });
    expect(await text(s113)).toContain('gehemmt durch Klage');
    expect(await text(s113)).toContain('Die Klage vom 09.12.2013 hemmt die Verjährung');
    await seite.getByText('§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X', { exact: true }).first().waitFor();
    // Kein Arbeitsschritt außer der Rechtskraft; was nicht geht, steht mit Grund da.
    await seite.getByRole('button', { name: 'Rechtskraft erfassen' }).waitFor();
    const nicht = seite.getByRole('region', { name: 'Zurzeit nicht möglich' });
    expect(await text(nicht)).toContain('Anspruch anmelden: Nur im Status „Entwurf“; der Anspruch ist „Klage“.');
    // Briefe: nur die Anmeldung als Zweitschrift; was nicht geht, steht mit Grund da.
    const briefe = seite.getByRole('region', { name: 'Briefe und Dokumente' });
    await briefe.getByLabel('Vorlage').waitFor();
    expect(await text(briefe)).toContain('Erinnerung: Erinnert wird an einen angemeldeten, noch nicht erledigten Anspruch');
    await keineBarrieren(seite);
    await foto(seite, '11-erstattung-seed-schwaben');

    await seite.getByRole('button', { name: '§ 111 Satz 2 SGB X' }).click();
    const dialog = seite.getByRole('dialog', { name: '§ 111 Satz 2 SGB X' });
    await dialog.getByText(/Stand:/).waitFor();
    await keineBarrieren(seite);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await kontext.close();
  });

  it('für den unbeteiligten Landkreis Prignitz ist der Seed-Anspruch nicht vorhanden', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await zumBuch(seite);
    expect(await text(seite.locator('main'))).not.toContain('S-KE-2013-0815');
    await seite.goto(seedUrl);
    await seite.getByRole('heading', { level: 1, name: 'Erstattungsanspruch nicht gefunden' }).waitFor();
    const inhalt = await text(seite.locator('main'));
    expect(inhalt).not.toContain('S-KE-2013-0815');
    expect(inhalt).not.toContain('122.288,02');
    expect(inhalt).toContain('Ihr Träger ist an ihm nicht beteiligt');
    await keineBarrieren(seite);
    await foto(seite, '12-erstattung-prignitz-nicht-gefunden');
    await kontext.close();
  });

  it('Abmelden und im selben Fenster als anderer Träger anmelden: das Buch zeigt nie die Ansprüche der vorigen Sitzung', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await zumBuch(seite);
    await seite.getByRole('row').filter({ hasText: 'S-KE-2013-0815' }).waitFor();
    await seite.getByRole('button', { name: 'Abmelden' }).click();
    await seite.getByLabel('Benutzername').fill('prignitz');
    await seite.getByLabel('Passwort').fill('demo');
    await seite.getByRole('button', { name: 'Anmelden' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    // Die Antwort des Servers wird angehalten: was jetzt zu sehen ist, stammt nicht vom Server.
    const angehalten: Route[] = [];
    await seite.route(/\/api\/v1\/erstattungsansprueche\?/, (r) => void angehalten.push(r));
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Erstattung', exact: true }).click();
    await seite.getByRole('heading', { level: 1, name: 'Erstattung', exact: true }).waitFor();
    await expect.poll(() => angehalten.length).toBe(1);
    expect(await text(seite.locator('main'))).not.toContain('S-KE-2013-0815');
    for (const r of angehalten) await r.continue();
    await seite.unroute(/\/api\/v1\/erstattungsansprueche\?/);
    await seite.getByRole('table').or(seite.getByText('Keine Ansprüche gefunden.')).waitFor();
    expect(await text(seite.locator('main'))).not.toContain('S-KE-2013-0815');
    await kontext.close();
  });

  it('neuer Anspruch: Fehler oben und am Feld, Eingaben bleiben, Zeiträume hinzufügen und entfernen, Anlegen als Entwurf', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await zumBuch(seite);
    await seite.getByRole('link', { name: 'Neuen Erstattungsanspruch anlegen' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Neuer Erstattungsanspruch' }).waitFor();
    await seite.getByRole('option', { name: 'Bezirk Oberbayern (BY)' }).waitFor({ state: 'attached' });
    await keineBarrieren(seite);
    await foto(seite, '13-erstattung-neu');

    await seite.getByLabel('Aktenzeichen', { exact: true }).fill('S-KE-2025-0777');
    await seite.getByRole('group', { name: 'Zeitraum 1' }).getByLabel('Von').fill('31.02.2025');
    await seite.getByRole('button', { name: 'Anspruch als Entwurf anlegen' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung.waitFor();
    expect(await zusammenfassung.textContent()).toContain('Bitte den verpflichteten Träger aus dem Register wählen.');
    expect(await zusammenfassung.textContent()).toContain('Bitte den Leistungsbeginn angeben');
    await seite.getByRole('link', { name: /Beginn von Zeitraum 1: Den 31\.02\.2025 gibt es nicht/ }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-leistungszeitraeume-0-von');
    // Nichts verloren: das Aktenzeichen steht noch da, die Meldung auch am Feld.
    expect(await seite.getByLabel('Aktenzeichen', { exact: true }).inputValue()).toBe('S-KE-2025-0777');
    expect(await seite.getByRole('group', { name: 'Zeitraum 1' }).getByLabel('Von').getAttribute('aria-invalid')).toBe('true');
    await keineBarrieren(seite);
    await foto(seite, '14-erstattung-neu-fehler');

    await seite.getByLabel('Im Trägerregister suchen').fill('Prignitz');
    await seite.keyboard.press('Enter');
    await seite.getByText('2 Träger gefunden.').waitFor();
    expect(await seite.getByRole('heading', { level: 1, name: 'Neuer Erstattungsanspruch' }).count()).toBe(1);
    await seite.getByLabel('Verpflichteter Träger').selectOption({ label: 'Landkreis Prignitz (BB)' });
    await seite.getByLabel('Beginn der Leistung').fill('01.03.2025');
    await seite.getByRole('group', { name: 'Zeitraum 1' }).getByLabel('Von').fill('01.03.2025');
    await seite.getByRole('group', { name: 'Zeitraum 1' }).getByLabel('Bis').fill('31.03.2025');
    await seite.getByRole('group', { name: 'Zeitraum 1' }).getByLabel('Betrag').fill('3.100,00');
    await seite.getByRole('button', { name: 'Weiteren Zeitraum hinzufügen' }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-leistungszeitraeume-1-von');
    await seite.getByRole('button', { name: 'Weiteren Zeitraum hinzufügen' }).click();
    await seite.getByRole('button', { name: 'Zeitraum 3 entfernen' }).click();
    expect(await seite.getByRole('group', { name: /^Zeitraum \d$/ }).count()).toBe(2);
    await seite.getByRole('group', { name: 'Zeitraum 2' }).getByLabel('Von').fill('01.04.2025');
    await seite.getByRole('group', { name: 'Zeitraum 2' }).getByLabel('Bis').fill('30.04.2025');
    await seite.getByRole('group', { name: 'Zeitraum 2' }).getByLabel('Betrag').fill('3.000,00');
    await seite.getByLabel('Kenntnis von der Entscheidung des Verpflichteten').fill('15.05.2025');
    await seite.getByLabel('Zinsen nach § 108 Abs. 2 SGB X beantragen').check();
    await keineBarrieren(seite);
    await seite.getByRole('button', { name: 'Anspruch als Entwurf anlegen' }).click();

    await seite.getByRole('heading', { level: 1, name: 'Erstattungsanspruch S-KE-2025-0777' }).waitFor();
    await seite.getByText('Der Anspruch S-KE-2025-0777 ist als Entwurf angelegt.', { exact: false }).waitFor();
    await seite.getByText('§ 16 Abs. 1 SGB IX', { exact: true }).first().waitFor();
    // 6.100,00 € + 5 % Verwaltungskostenpauschale (§ 16 Abs. 3 SGB IX).
    expect(await text(seite.getByRole('table', { name: 'Beträge des Anspruchs' }))).toContain('6.405,00 €');
    // Nicht angemeldet: je nach Datum des Testlaufs ist die Frist offen oder schon verstrichen – nie gewahrt.
    expect(await zeitraeume(seite).getByText('gewahrt', { exact: true }).count()).toBe(0);
    expect(await zeitraeume(seite).getByRole('row').count()).toBe(3);
    await keineBarrieren(seite);
    await foto(seite, '15-erstattung-neu-angelegt');

    // Eine Stelle außerhalb der Plattform braucht Name und Land.
    await zumBuch(seite);
    await seite.getByRole('link', { name: 'Neuen Erstattungsanspruch anlegen' }).click();
    await seite.getByLabel('Eine Stelle außerhalb der Plattform (z. B. eine Krankenkasse)').check();
    await seite.getByRole('button', { name: 'Anspruch als Entwurf anlegen' }).click();
    await seite.getByRole('link', { name: 'Bitte das Land der Stelle wählen (Feiertage für das Fristende).' }).waitFor();
    await keineBarrieren(seite);
    await kontext.close();
  });

  it('Reise: Schwaben meldet an (§ 111 gewahrt) → Mittelfranken schlägt vor → Leitung gibt frei (vier Augen) → Zahlung → Bezahlt', async () => {
    // 1. Schwaben (Kostenerstattung) meldet den Entwurf mit naher Frist an.
    const s = await w.als('schwaben');
    await oeffne(s.seite, /-0420$/);
    await expect.poll(() => zeitraeume(s.seite).getByText('offen', { exact: true }).count()).toBe(3);
    expect(await text(s.seite.getByRole('region', { name: /Ausschlussfrist/ }))).toContain('Noch nicht angemeldet.');
    await keineBarrieren(s.seite);
    await foto(s.seite, '16-reise-1-entwurf-offen');
    await s.seite.getByRole('button', { name: 'Anspruch anmelden' }).click();
    await s.seite.getByText(/Der Anspruch ist angemeldet \(geltend gemacht am \d{2}\.\d{2}\.\d{4}\)/).waitFor();
    await expect.poll(() => zeitraeume(s.seite).getByText('gewahrt', { exact: true }).count()).toBe(3);
    expect(await zeitraeume(s.seite).getByText('offen', { exact: true }).count()).toBe(0);
    expect(await text(s.seite.locator('.erstattung-kopf'))).toContain('Angemeldet');
    const url = new URL(s.seite.url()).pathname;
    await keineBarrieren(s.seite);
    await foto(s.seite, '17-reise-2-angemeldet-gewahrt');

    // 2. Mittelfranken (Kostenerstattung) sieht ihn im Eingang und schlägt die Anerkennung vor.
    const m = await w.als('mittelfranken');
    await m.seite.getByRole('link', { name: /-0420 – .* von Bezirk Schwaben \(Angemeldet\)/ }).click();
    await m.seite.getByRole('heading', { level: 2, name: 'Arbeitsschritte' }).waitFor();
    expect(new URL(m.seite.url()).pathname).toBe(url);
    await keineBarrieren(m.seite);
    await m.seite.getByLabel('Vorgeschlagene Entscheidung').selectOption('Anerkannt');
    await m.seite.getByRole('button', { name: 'Entscheidung vorschlagen' }).click();
    await m.seite.getByRole('link', { name: 'Bitte begründen Sie den Vorschlag; die Leitung prüft ihn daran.' }).waitFor();
    await keineBarrieren(m.seite);
    await m.seite.getByLabel('Begründung', { exact: true }).fill('Zuständigkeit nach § 98 SGB IX unstreitig; Beträge geprüft.');
    await m.seite.getByRole('button', { name: 'Entscheidung vorschlagen' }).click();
    await m.seite.getByText('Ihr Vorschlag liegt zur Freigabe vor.').waitFor();
    const vierAugen = m.seite.getByRole('region', { name: 'Vier-Augen-Prinzip' });
    expect(await text(vierAugen)).toContain('Sabine Ziegler (Kostenerstattung, Bezirk Mittelfranken) hat am');
    expect(await text(vierAugen)).toContain('Sie können ihn nicht selbst freigeben');
    // Die Vorschlagende kann nicht freigeben – sichtbar begründet, kein stummer Knopf.
    expect(await m.seite.getByRole('button', { name: 'Vorschlag freigeben' }).count()).toBe(0);
    expect(await text(m.seite.getByRole('region', { name: 'Zurzeit nicht möglich' }))).toContain(
      'Vorschlag freigeben: Vier-Augen-Prinzip: Den eigenen Vorschlag gibt eine andere Person frei. Nur mit der Rolle Leitung',
    );
    await keineBarrieren(m.seite);
    await foto(m.seite, '18-reise-3-vorschlag-mittelfranken');

    // Schwaben sieht nur, dass eine Freigabe offen ist.
    await s.seite.reload();
    await s.seite.getByText('Beim verpflichteten Träger liegt ein Vorschlag zur Entscheidung vor').waitFor();
    await zumBuch(s.seite);
    expect(await text(s.seite.getByRole('row').filter({ hasText: '-0420' }))).toContain('Freigabe offen');

    // 3. Die Leitung in Mittelfranken gibt frei (eine andere Person).
    // Sie findet den Vorschlag auf ihrer Übersicht unter „Zur Freigabe“.
    const l = await w.als('leitung.mittelfranken');
    const zurFreigabe = l.seite.getByRole('region', { name: /^Zur Freigabe/ });
    const eintrag = zurFreigabe.getByRole('listitem').filter({ hasText: '-0420' });
    await eintrag.waitFor();
    expect(await text(eintrag)).toMatch(/Bezirk Schwaben: anerkennen .*vorgeschlagen von .* am \d\d\.\d\d\.\d{4}, heute\./);
    await keineBarrieren(l.seite);
    await eintrag.getByRole('link').click();
    await l.seite.getByRole('heading', { level: 2, name: 'Arbeitsschritte' }).waitFor();
    expect(l.seite.url()).toContain(url);
    expect(await text(l.seite.getByRole('region', { name: 'Vier-Augen-Prinzip' }))).toContain(
      'Sie haben die Rolle Leitung und den Vorschlag nicht selbst gemacht',
    );
    await keineBarrieren(l.seite);
    await foto(l.seite, '19-reise-4-freigabe-leitung');
    await l.seite.getByRole('button', { name: 'Vorschlag freigeben' }).click();
    await l.seite.getByText('Der Vorschlag ist freigegeben. Der Anspruch ist jetzt „Anerkannt“.').waitFor();
    expect(await text(l.seite.getByRole('table', { name: 'Beträge des Anspruchs' }).getByRole('row', { name: /^Anerkannt/ }))).toContain(
      '13.387,50 €',
    );
    await keineBarrieren(l.seite);

    // 4. Mittelfranken erfasst die Zahlung (vorbelegt mit dem offenen Betrag).
    await m.seite.reload();
    await m.seite.getByRole('button', { name: 'Zahlung erfassen' }).waitFor();
    expect(await m.seite.getByLabel('Gezahlter Betrag').inputValue()).toBe('13.387,50');
    await m.seite.getByLabel('Zahlungsdatum').fill('99.99.2025');
    await m.seite.getByRole('button', { name: 'Zahlung erfassen' }).click();
    await m.seite.getByRole('link', { name: 'Bitte das Zahlungsdatum als TT.MM.JJJJ angeben.' }).waitFor();
    await keineBarrieren(m.seite);
    await m.seite
      .getByLabel('Zahlungsdatum')
      .fill(
        new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
          new Date(),
        ),
      );
    // Mehr als offen: nur mit bestätigter Überzahlung (§ 112 SGB X); ohne Bestätigung meldet der Server es am Betrag.
    await m.seite.getByLabel('Gezahlter Betrag').fill('13.400,00');
    const bestaetigen = m.seite.getByLabel('Überzahlung bestätigen');
    await bestaetigen.waitFor();
    await m.seite.getByRole('button', { name: 'Zahlung erfassen' }).click();
    await m.seite.getByRole('link', { name: /12,50 € zu viel/ }).waitFor();
    await keineBarrieren(m.seite);
    await m.seite.getByLabel('Gezahlter Betrag').fill('13.387,50');
    await bestaetigen.waitFor({ state: 'detached' });
    await m.seite.getByRole('button', { name: 'Zahlung erfassen' }).click();
    await m.seite.getByText(/Die Zahlung über 13\.387,50\s€ ist erfasst\. Der Anspruch ist vollständig bezahlt\./).waitFor();
    await keineBarrieren(m.seite);
    await foto(m.seite, '20-reise-5-zahlung');

    // 5. Schwaben sieht „Bezahlt“ – auf der Seite und im Erstattungsbuch.
    await s.seite.goto(url);
    await s.seite.getByRole('heading', { level: 2, name: 'Arbeitsschritte' }).waitFor();
    expect(await text(s.seite.locator('.erstattung-kopf'))).toContain('Bezahlt');
    expect(await text(s.seite.getByRole('table', { name: 'Zahlungen auf den Anspruch' }))).toContain('13.387,50 €');
    await s.seite.getByRole('button', { name: 'Anspruch erledigen' }).waitFor();
    await keineBarrieren(s.seite);
    await foto(s.seite, '21-reise-6-bezahlt-schwaben');
    await zumBuch(s.seite);
    expect(await text(s.seite.getByRole('row').filter({ hasText: '-0420' }))).toContain('Bezahlt');
    for (const k of [s, m, l]) await k.kontext.close();
  });

  it('Vier-Augen-Prinzip: schlägt die Leitung selbst vor, sagt die Seite ihr, warum sie nicht freigeben kann', async () => {
    const l = await w.als('leitung.mittelfranken');
    await l.seite.goto(seedUrl);
    await l.seite.getByRole('heading', { level: 2, name: 'Arbeitsschritte' }).waitFor();
    await l.seite.getByLabel('Vorgeschlagene Entscheidung').selectOption('TeilweiseAnerkannt');
    await l.seite.getByLabel('Anerkannter Betrag').fill('100.000,00');
    await l.seite.getByLabel('Begründung', { exact: true }).fill('Teilanerkenntnis nach Vergleichsgespräch.');
    await l.seite.getByRole('button', { name: 'Entscheidung vorschlagen' }).click();
    await l.seite.getByText('Ihr Vorschlag liegt zur Freigabe vor.').waitFor();
    expect(await l.seite.getByRole('button', { name: 'Vorschlag freigeben' }).count()).toBe(0);
    expect(await text(l.seite.getByRole('region', { name: 'Zurzeit nicht möglich' }))).toContain(
      'Vorschlag freigeben: Vier-Augen-Prinzip: Sie haben den Vorschlag selbst gemacht. Freigeben muss eine andere Person mit der Rolle Leitung.',
    );
    expect(await text(l.seite.getByRole('region', { name: 'Vier-Augen-Prinzip' }))).toContain(
      'Teilweise anerkennen in Höhe von 100.000,00 €',
    );
    await keineBarrieren(l.seite);
    await foto(l.seite, '22-vier-augen-eigener-vorschlag');
    await l.seite.getByRole('button', { name: 'Vorschlag verwerfen' }).click();
    await l.seite.getByText('Der Vorschlag ist verworfen.').waitFor();
    await l.kontext.close();
  });

  it('Bemerkung: ändert jemand anderes den Anspruch, erklärt die Seite das (412) und der getippte Text bleibt', async () => {
    const s = await w.als('schwaben');
    const m = await w.als('mittelfranken');
    await s.seite.goto(seedUrl);
    await m.seite.goto(seedUrl);
    await s.seite.getByLabel('Bemerkung zum Anspruch').fill('Schwaben: Bitte um Rückmeldung bis Monatsende.');
    await m.seite.getByLabel('Bemerkung zum Anspruch').fill('Mittelfranken: Prüfung läuft.');
    await m.seite.getByRole('button', { name: 'Bemerkung speichern' }).click();
    await m.seite.getByText('Die Bemerkung ist gespeichert.').waitFor();

    await s.seite.getByRole('button', { name: 'Bemerkung speichern' }).click();
    await s.seite.getByRole('heading', { name: 'Jemand anderes hat den Anspruch inzwischen geändert' }).waitFor();
    expect(await s.seite.getByLabel('Bemerkung zum Anspruch').inputValue()).toBe('Schwaben: Bitte um Rückmeldung bis Monatsende.');
    await keineBarrieren(s.seite);
    await foto(s.seite, '23-bemerkung-412');
    await s.seite.getByRole('button', { name: 'Neuen Stand laden – Ihr Text bleibt erhalten' }).click();
    await s.seite.getByText('Mittelfranken: Prüfung läuft.').waitFor();
    expect(await s.seite.getByLabel('Bemerkung zum Anspruch').inputValue()).toBe('Schwaben: Bitte um Rückmeldung bis Monatsende.');
    await keineBarrieren(s.seite);
    await s.seite.getByRole('button', { name: 'Bemerkung speichern' }).click();
    await s.seite.getByText('Die Bemerkung ist gespeichert.').waitFor();
    await s.seite.reload();
    expect(await s.seite.getByLabel('Bemerkung zum Anspruch').inputValue()).toBe('Schwaben: Bitte um Rückmeldung bis Monatsende.');
    await s.kontext.close();
    await m.kontext.close();
  });

  it('Zinsen nach § 108 Abs. 2 SGB X: gerechnete und andere Lesart (OQ-4) nebeneinander; gespeicherte Briefe zum Herunterladen', async () => {
    // Vorbereitung über die API (wie die Oberfläche sie nutzt): Anspruch gegen eine Krankenkasse auf der
    // Plattform gibt es nicht, daher Mittelfranken als Verpflichteter mit Trägerart Krankenkasse.
    const anmelden = async (benutzername: string) => {
      const r = await w.app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername, passwort: 'demo' } });
      return { cookie: String(r.headers['set-cookie']).split(';')[0] ?? '', csrf: r.json<{ csrfToken: string }>().csrfToken };
    };
    const [s, m, l] = [await anmelden('schwaben'), await anmelden('mittelfranken'), await anmelden('leitung.mittelfranken')];
    const basis = '/api/v1/erstattungsansprueche';
    const neu = await w.app.inject({
      method: 'POST',
      url: basis,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: {
        aktenzeichen: 'S-KE-2025-0555',
        verpflichteterId: 'bezirk-mittelfranken',
        rechtsgrundlage: {
          leistungsbeginn: '2025-01-01',
          verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
          zahlender: { art: 'egh' },
          verpflichteter: { art: 'krankenkasse', insgesamtZustaendig: true },
        },
        leistungszeitraeume: [{ von: '2025-01-01', bis: '2025-01-31', betragCent: 500000 }],
        kenntnisEntscheidung: '2025-01-15',
        eingangLeistungsantrag: '2025-01-10',
        zinsantrag: true,
      },
    });
    expect(neu.statusCode).toBe(201);
    const id = neu.json<{ id: string }>().id;
    const schritt = async (wer: { cookie: string; csrf: string }, pfad: string, payload: Record<string, unknown>) => {
      const vorher = await w.app.inject({ method: 'GET', url: `${basis}/${id}`, headers: { cookie: wer.cookie } });
      const r = await w.app.inject({
        method: 'POST',
        url: `${basis}/${id}/${pfad}`,
        headers: { cookie: wer.cookie, 'x-csrf-token': wer.csrf, 'if-match': String(vorher.headers.etag) },
        payload,
      });
      expect(r.statusCode, r.body).toBeLessThan(300);
    };
    await schritt(s, 'anmelden', { am: '2025-02-01' });
    // Ein gespeicherter Brief erscheint in „Briefe“ zum Herunterladen.
    const brief = await w.app.inject({
      method: 'POST',
      url: `${basis}/${id}/briefe`,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { vorlage: 'anmeldung' },
    });
    expect(brief.statusCode, brief.body).toBe(201);
    await schritt(s, 'beziffern', { am: '2025-03-01' });
    await schritt(m, 'vorschlagen', { entscheidung: 'Anerkannt', begruendung: 'Zuständigkeit unstreitig.' });
    await schritt(l, 'freigeben', {});
    await schritt(m, 'zahlungen', { datum: '2025-11-20', betragCent: 525000 });

    const b = await w.als('schwaben');
    await b.seite.goto(`/erstattung/${id}`);
    const zinsen = b.seite.getByRole('table', { name: 'Zinsen nach zwei Lesarten des § 108 Abs. 2 SGB X' });
    await zinsen.waitFor();
    // Eingang des Leistungsantrags 10.01.2025: sechs volle Kalendermonate nach dem Monat des Eingangs,
    // also ab August 2025 (die andere Lesart zählt den Januar mit: ab Juli); Zahlung im November.
    expect(await text(zinsen.getByRole('row', { name: /^Gerechnet/ }))).toMatch(/01\.08\.2025.*31\.10\.2025.*3.*52,50 €/);
    expect(await text(zinsen.getByRole('row', { name: /^Andere Lesart/ }))).toMatch(/01\.07\.2025.*31\.10\.2025.*4.*70,00 €/);
    await b.seite.getByRole('heading', { name: 'Begründung der Zinsen' }).waitFor();
    const briefe = b.seite.getByRole('region', { name: 'Briefe und Dokumente' });
    const link = briefe.getByRole('link', {
      name: /^Anmeldung eines Erstattungsanspruchs vom \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr herunterladen$/,
    });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/v1\/dokumente\/[0-9a-f-]{36}$/);
    await keineBarrieren(b.seite);
    await foto(b.seite, '25-erstattung-zinsen');
    await b.kontext.close();
  });

  it('mit 320 px Breite: Buch und Anspruch ohne waagerechtes Scrollen der Seite', async () => {
    const { kontext, seite } = await w.als('schwaben', { breite: 320 });
    await oeffne(seite, 'S-KE-2013-0815');
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await keineBarrieren(seite);
    await foto(seite, '24-erstattung-320px');
    await zumBuch(seite);
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await kontext.close();
  });
});
