// Fälle im Browser: Liste mit Suche und Sortierung; Fall anlegen (mit Maus und NUR mit der
// Tastatur) bis zur Zuständigkeit mit Begründung; Fehler oben und am Feld; Zeitstrahl als Bild und
// Tabelle; Bearbeiten mit If-Match (412 ohne Verlust der Eingaben); Stichtag prüfen; ein anderer
// Träger sieht den Fall nicht. axe ohne Befund auf jedem Bildschirmzustand.
import { readFile } from 'node:fs/promises';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusId, fokusText } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

function heutePlus(tage: number): string {
  const d = new Date(`${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date())}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + tage);
  const iso = d.toISOString().slice(0, 10);
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Name des fokussierten Elements: Beschriftung, aria-label oder Text. */
async function fokusName(seite: Page): Promise<string> {
  return seite.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const feld = el as HTMLInputElement;
    const text = feld.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** Drückt Tab, bis das Element mit diesem Namen den Fokus hat (beweist die Erreichbarkeit per Tastatur). */
async function tabZu(seite: Page, name: string | RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await seite.keyboard.press('Tab');
    const n = await fokusName(seite);
    if (typeof name === 'string' ? n === name || n.startsWith(`${name} –`) : name.test(n)) return;
  }
  throw new Error(`Per Tab nicht erreichbar: ${String(name)}`);
}

async function ausgewaehlt(seite: Page): Promise<string> {
  return seite.evaluate(() => {
    const s = document.activeElement as HTMLSelectElement;
    return s.selectedOptions[0]?.textContent ?? '';
  });
}

describe('Fälle', () => {
  it('Liste: suchen, sortieren, leeres Ergebnis – barrierefrei', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälle' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '60-faelle-liste');

    await seite.getByRole('button', { name: 'Aktenzeichen' }).click();
    await expect.poll(() => seite.getByRole('columnheader', { name: /Aktenzeichen/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(seite.url()).toContain('sortierung=aktenzeichen');

    await seite.getByLabel('Suchbegriff').fill('Beispiel');
    await seite.getByRole('button', { name: 'Suchen' }).click();
    await seite.getByText('1 Fall gefunden für „Beispiel“.').waitFor();
    // Export mit der Suche der Anzeige (ohne Seiten): die CSV-Datei hat die Kopfzeile und genau den gefundenen Fall.
    const gefunden = (await seite.getByRole('row').nth(1).getByRole('link').textContent()) ?? '';
    const csv = seite.getByRole('group', { name: 'Exportieren' }).getByRole('link', { name: 'Fälle als CSV' });
    const adresse = new URL((await csv.getAttribute('href')) ?? '', w.basis);
    expect(adresse.pathname).toBe('/api/v1/export/faelle');
    expect(Object.fromEntries(adresse.searchParams)).toEqual({ suche: 'Beispiel', format: 'csv' });
    expect(await csv.getAttribute('download')).toBe('');
    const [datei] = await Promise.all([seite.waitForEvent('download'), csv.click()]);
    expect(datei.suggestedFilename()).toMatch(/\.csv$/);
    const inhalt = (await readFile(await datei.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(inhalt.split(/\r?\n/)[0]).toMatch(/^Aktenzeichen;Nachname;Vorname;Geburtsdatum;/);
    expect(inhalt).toContain(gefunden);
    expect(inhalt.trim().split(/\r?\n/)).toHaveLength(2);
    await seite.getByLabel('Suchbegriff').fill('gibt es nicht');
    await seite.getByRole('button', { name: 'Suchen' }).click();
    await seite.getByText('Keine Fälle passen zur Suche.').waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '61-faelle-suche-leer');
    await kontext.close();
  });

  it('Kostenerstattung liest die Fälle, bekommt aber keine Exportlinks (der Server lehnt ihren Export ab)', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await seite.goto('/faelle');
    await seite.getByRole('table').getByRole('link').first().waitFor();
    expect(await seite.getByRole('group', { name: 'Exportieren' }).count()).toBe(0);
    expect((await kontext.request.get('/api/v1/export/faelle?format=csv')).status()).toBe(403);
    await kontext.close();
  });

  it('Fall anlegen: ungültiges Datum und Fehler der API stehen oben und am Feld, nichts Getipptes geht verloren', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.goto('/faelle/neu');
    await seite.getByRole('heading', { level: 1, name: 'Neuen Fall anlegen' }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '62-fall-neu-leer');

    await seite.getByLabel('Aktenzeichen').fill('PR-FEHLER-1');
    await seite.getByLabel('Vorname').fill('Erika');
    await seite.getByRole('button', { name: 'Aufenthalt hinzufügen' }).click();
    const aufenthalt = seite.getByRole('group', { name: 'Aufenthalt 1' });
    await aufenthalt.getByLabel('Beginn').fill('01.01.2020');
    await aufenthalt.getByLabel('Ende').fill('01.01.2019');
    await aufenthalt.getByLabel('Gebiet (Träger)').selectOption({ label: 'Landkreis Prignitz' });
    await aufenthalt.getByLabel('Art des Aufenthalts').selectOption({ label: 'gewöhnlicher Aufenthalt' });
    await seite.getByRole('button', { name: 'Antrag hinzufügen' }).click();
    await seite.getByRole('group', { name: 'Antrag 1' }).getByLabel('Antrag gestellt am').fill('31.02.2021');
    await seite.getByRole('button', { name: 'Fall anlegen und Zuständigkeit prüfen' }).click();

    // 1. Das Datum prüft schon das Formular.
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung
      .getByRole('link', { name: /^Antrag 1, Antrag gestellt am: Den 31\.02\.2021 gibt es nicht – der Februar 2021 hat 28 Tage/ })
      .waitFor();
    expect(await seite.locator('#feld-antraege-0-datum').getAttribute('aria-invalid')).toBe('true');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '63-fall-neu-datum-ungueltig');

    // 2. Datum berichtigt: die API prüft das Schema und meldet den fehlenden Nachnamen (JSON-Pointer /person/nachname).
    await seite.getByRole('group', { name: 'Antrag 1' }).getByLabel('Antrag gestellt am').fill('10.05.2021');
    await seite.getByRole('button', { name: 'Fall anlegen und Zuständigkeit prüfen' }).click();
    await zusammenfassung.getByRole('link', { name: /^Person, Nachname: / }).waitFor();
    expect(await seite.locator('#feld-person-nachname').getAttribute('aria-invalid')).toBe('true');
    expect(await seite.getByLabel('Vorname').inputValue()).toBe('Erika');

    // 3. Nachname ergänzt: jetzt meldet das Regelwerk das Ende vor dem Beginn an der Zeile.
    await seite.getByLabel('Nachname').fill('Mustermann');
    await seite.getByRole('button', { name: 'Fall anlegen und Zuständigkeit prüfen' }).click();
    const endeLink = zusammenfassung.getByRole('link', { name: /^Aufenthalt 1, Ende: Das Ende \(01\.01\.2019\) liegt vor dem Beginn/ });
    await endeLink.waitFor();
    expect(await seite.locator('#feld-aufenthalte-0-bis-fehler').textContent()).toContain('liegt vor dem Beginn');
    expect(await aufenthalt.getByLabel('Ende').inputValue()).toBe('01.01.2019');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '64-fall-neu-fehler-api');
    await endeLink.click();
    await expect.poll(() => fokusId(seite)).toBe('feld-aufenthalte-0-bis');
    await kontext.close();
  });

  it('Reise mit der Maus: Fall mit Umzug und § 14-Verfahren anlegen → Landkreis Prignitz nach § 98 Abs. 1 SGB IX, Zeitstrahl, Fristen', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälle' }).click();
    await seite.getByRole('link', { name: 'Neuen Fall anlegen' }).click();
    await seite.getByLabel('Aktenzeichen').fill('PR-50-2025-0100');
    await seite.getByLabel('Nachname').fill('Muster');
    await seite.getByLabel('Vorname').fill('Max');
    await seite.getByLabel('Geburtsdatum').fill('12.04.1990');
    await seite.getByLabel('Ort').fill('Cottbus');
    await seite.getByRole('button', { name: 'Aufenthalt hinzufügen' }).click();
    let gruppe = seite.getByRole('group', { name: 'Aufenthalt 1' });
    await gruppe.getByLabel('Beginn').fill('01.01.2015');
    await gruppe.getByLabel('Ende').fill('31.07.2023');
    await gruppe.getByLabel('Gebiet (Träger)').selectOption({ label: 'Landkreis Prignitz' });
    await gruppe.getByLabel('Art des Aufenthalts').selectOption({ label: 'gewöhnlicher Aufenthalt' });
    await seite.getByRole('button', { name: 'Aufenthalt hinzufügen' }).click();
    gruppe = seite.getByRole('group', { name: 'Aufenthalt 2' });
    await gruppe.getByLabel('Beginn').fill('01.08.2023');
    await gruppe.getByLabel('Gebiet (Träger)').selectOption({ label: 'Stadt Cottbus' });
    await gruppe.getByLabel('Art des Aufenthalts').selectOption({ label: 'gewöhnlicher Aufenthalt' });
    await seite.getByRole('button', { name: 'Leistung hinzufügen' }).click();
    gruppe = seite.getByRole('group', { name: 'Leistung 1' });
    await gruppe.getByLabel('Bezeichnung').fill('Assistenzleistungen (§ 113 SGB IX)');
    await gruppe.getByLabel('Beginn').fill('01.06.2021');
    await gruppe.getByLabel('Form der Leistung').selectOption({ label: 'ambulant' });
    await gruppe.getByLabel('Leistender Träger').selectOption({ label: 'Landkreis Prignitz' });
    await seite.getByRole('button', { name: 'Antrag hinzufügen' }).click();
    gruppe = seite.getByRole('group', { name: 'Antrag 1' });
    await gruppe.getByLabel('Antrag gestellt am').fill('10.05.2021');
    await gruppe.getByLabel('Gestellt bei').selectOption({ label: 'Landkreis Prignitz' });
    await seite.getByRole('button', { name: 'Unterbrechung hinzufügen' }).click();
    gruppe = seite.getByRole('group', { name: 'Unterbrechung 1' });
    await gruppe.getByLabel('Beginn').fill('01.03.2022');
    await gruppe.getByLabel('Ende').fill('15.04.2022');
    await gruppe.getByLabel('Grund').selectOption({ label: 'Krankenhaus' });
    await seite.getByLabel('Verfahren nach § 14 SGB IX erfassen').check();
    await seite.getByLabel('Antragseingang beim ersten Träger').fill(heutePlus(-3));
    await seite.getByLabel('Land des ersten Trägers').selectOption({ label: 'Brandenburg' });
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '65-fall-neu-ausgefuellt');
    await seite.getByRole('button', { name: 'Fall anlegen und Zuständigkeit prüfen' }).click();

    await seite.getByRole('heading', { level: 1, name: 'Fall PR-50-2025-0100' }).waitFor();
    await seite.getByText('Der Fall PR-50-2025-0100 wurde angelegt.').waitFor();
    const zustaendigkeit = seite.getByRole('region', { name: 'Zuständigkeit nach § 98 SGB IX' });
    await zustaendigkeit.getByText('Zuständig: Landkreis Prignitz').waitFor();
    expect(await zustaendigkeit.getByText(/nach § 98 Abs\. 1 Satz \d SGB IX/).count()).toBeGreaterThan(0);
    const begruendung = zustaendigkeit.getByRole('region', { name: 'Begründung der Zuständigkeit' });
    expect(await begruendung.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await begruendung.getByRole('button', { name: '§ 98 Abs. 1 Satz 1 SGB IX' }).first().waitFor();

    // Zeitstrahl: ein Bild mit Titel und Beschreibung und dieselben Angaben als Tabelle.
    const bild = seite.getByRole('img', { name: /Zeitstrahl des Falls/ });
    await bild.waitFor();
    expect(await bild.getAttribute('aria-labelledby')).toMatch(/titel .*beschreibung/);
    const tabelle = seite.getByRole('table', { name: 'Zeitstrahl als Tabelle' });
    expect(await tabelle.getByRole('row').count()).toBe(6);
    await tabelle.getByRole('cell', { name: 'gewöhnlicher Aufenthalt im Gebiet Stadt Cottbus' }).waitFor();
    await tabelle.getByRole('cell', { name: 'dauert an' }).first().waitFor();

    // § 14-Verfahren: Fristen mit Norm und Stand in Text und Farbe.
    const verfahren = seite.getByRole('region', { name: 'Zuständigkeitsklärung nach § 14 SGB IX' });
    const fristen = verfahren.getByRole('table', { name: 'Fristen' });
    await fristen.getByRole('cell', { name: '§ 14 Abs. 1 Satz 2 SGB IX' }).waitFor();
    await fristen
      .getByText(/fällig in \d+ Tag/)
      .first()
      .waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '66-fall-detail');

    // Entscheidungsverlauf: jede Entscheidung aufklappbar mit Begründung.
    const verlauf = seite.getByRole('region', { name: 'Entscheidungsverlauf' });
    await verlauf.getByText(/Örtliche Zuständigkeit zum .*Landkreis Prignitz/).click();
    await verlauf
      .getByRole('region', { name: /^Begründung vom / })
      .first()
      .waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await kontext.close();
  });

  it('dieselbe Reise NUR mit der Tastatur: Anmelden, Fall anlegen, Zuständigkeit mit Begründung lesen', async () => {
    const kontext = await w.browser.newContext({ baseURL: w.basis, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const seite = await kontext.newPage();
    const k = seite.keyboard;
    await seite.goto('/');
    await seite.getByRole('heading', { level: 1, name: 'Anmeldung bei EGH-Clearing' }).waitFor();
    await tabZu(seite, 'Benutzername');
    await k.type('prignitz');
    await tabZu(seite, 'Passwort');
    await k.type('demo');
    await k.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();

    await tabZu(seite, 'Fälle');
    await k.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'Fälle' }).waitFor();
    await tabZu(seite, 'Neuen Fall anlegen');
    await k.press('Enter');
    await seite.getByRole('heading', { level: 1, name: 'Neuen Fall anlegen' }).waitFor();

    await tabZu(seite, 'Aktenzeichen');
    await k.type('PR-50-2025-0200');
    await tabZu(seite, 'Nachname');
    await k.type('Tastatur');
    await tabZu(seite, 'Vorname');
    await k.type('Tina');

    // Aufenthalt 1: „hinzufügen“ bringt den Fokus in das erste Feld der neuen Zeile.
    await tabZu(seite, 'Aufenthalt hinzufügen');
    await k.press('Enter');
    await seite.getByRole('group', { name: 'Aufenthalt 1' }).waitFor();
    await expect.poll(() => fokusName(seite)).toBe('Beginn');
    await k.type('01.01.2015');
    await tabZu(seite, 'Ende');
    await k.type('31.07.2023');
    await tabZu(seite, 'Gebiet (Träger)');
    await k.type('Landkreis Prignitz');
    expect(await ausgewaehlt(seite)).toBe('Landkreis Prignitz');
    await tabZu(seite, 'Art des Aufenthalts');
    await k.type('gew');
    expect(await ausgewaehlt(seite)).toBe('gewöhnlicher Aufenthalt');

    await tabZu(seite, 'Aufenthalt hinzufügen');
    await k.press('Space');
    await seite.getByRole('group', { name: 'Aufenthalt 2' }).waitFor();
    await k.type('01.08.2023');
    await tabZu(seite, 'Gebiet (Träger)');
    await k.type('Stadt Cottbus');
    expect(await ausgewaehlt(seite)).toBe('Stadt Cottbus');
    await tabZu(seite, 'Art des Aufenthalts');
    await k.type('gew');
    expect(await ausgewaehlt(seite)).toBe('gewöhnlicher Aufenthalt');

    await tabZu(seite, 'Leistung hinzufügen');
    await k.press('Enter');
    await seite.getByRole('group', { name: 'Leistung 1' }).waitFor();
    await expect.poll(() => fokusName(seite)).toMatch(/^Bezeichnung/);
    await k.type('Assistenzleistungen');
    await tabZu(seite, 'Beginn');
    await k.type('01.06.2021');
    await tabZu(seite, 'Form der Leistung');
    await k.type('amb');
    expect(await ausgewaehlt(seite)).toBe('ambulant');

    await tabZu(seite, 'Antrag hinzufügen');
    await k.press('Enter');
    await seite.getByRole('group', { name: 'Antrag 1' }).waitFor();
    await k.type('10.05.2021');
    await tabZu(seite, 'Gestellt bei');
    await k.type('Landkreis Prignitz');

    // Mit Umschalt+Tab zurück zum Antragsdatum und wieder vor: nichts geht verloren.
    await k.press('Shift+Tab');
    expect(await fokusName(seite)).toBe('Antrag gestellt am');
    expect(await seite.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('10.05.2021');

    await tabZu(seite, 'Fall anlegen und Zuständigkeit prüfen');
    await k.press('Enter');
    // Meldet das Formular doch einen Fehler, nennt der Test ihn (statt nur auf die Fallseite zu warten).
    const fallseite = seite.getByRole('heading', { level: 1, name: 'Fall PR-50-2025-0200' });
    const fehler = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await fallseite.or(fehler).first().waitFor();
    expect(await fehler.count(), await fehler.allTextContents().then((t) => t.join(' | '))).toBe(0);
    const zustaendigkeit = seite.getByRole('region', { name: 'Zuständigkeit nach § 98 SGB IX' });
    await zustaendigkeit.getByText('Zuständig: Landkreis Prignitz').waitFor();
    expect(await zustaendigkeit.getByText(/nach § 98 Abs\. 1 Satz \d SGB IX/).count()).toBeGreaterThan(0);

    // Die Begründung per Tastatur: Norm öffnen (Enter) und den Dialog mit Escape schließen.
    await tabZu(seite, /^§ 98 Abs\. 1 Satz 3 SGB IX$/, 200);
    await k.press('Enter');
    const dialog = seite.getByRole('dialog', { name: '§ 98 Abs. 1 Satz 3 SGB IX' });
    await dialog.waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '67-fall-tastatur-normtext');
    await k.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => fokusName(seite)).toBe('§ 98 Abs. 1 Satz 3 SGB IX');
    await foto(seite, '68-fall-tastatur-ergebnis');
    await kontext.close();
  });

  it('Bearbeiten mit If-Match: 412 meldet es deutlich, lädt neu ohne Eingaben zu verlieren, danach wird gespeichert', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.goto('/faelle');
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Fall PR-50-2021-0042' }).waitFor();
    const url = new URL(seite.url());
    const id = url.pathname.split('/').pop() ?? '';
    await seite.getByRole('button', { name: 'Fall bearbeiten' }).click();
    const bemerkung = seite.getByLabel('Bemerkung', { exact: false }).last();
    await bemerkung.fill('Meine Notiz aus dem Formular');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '69-fall-bearbeiten');

    // Jemand anders speichert inzwischen (gleiche Sitzung, eigene Anfrage mit dem aktuellen ETag).
    const sitzung = (await (await kontext.request.get('/api/v1/sitzung')).json()) as { csrfToken: string };
    const vorher = await kontext.request.get(`/api/v1/faelle/${id}`);
    const anders = await kontext.request.patch(`/api/v1/faelle/${id}`, {
      data: { bemerkung: 'Von jemand anderem geändert' },
      headers: { 'if-match': vorher.headers().etag ?? '', 'x-csrf-token': sitzung.csrfToken },
    });
    expect(anders.status()).toBe(200);

    await seite.getByRole('button', { name: 'Änderungen speichern' }).click();
    const warnung = seite.getByRole('alert').filter({ hasText: 'Der Fall wurde inzwischen geändert' });
    await warnung.waitFor();
    await expect.poll(() => fokusText(seite)).toContain('Der Fall wurde inzwischen geändert');
    expect(await bemerkung.inputValue()).toBe('Meine Notiz aus dem Formular');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '70-fall-bearbeiten-412');
    await warnung.getByRole('button', { name: 'Aktuellen Stand laden, Eingaben behalten' }).click();
    await seite.getByText('Der aktuelle Stand ist geladen').waitFor();
    await seite.getByRole('region', { name: 'Person' }).getByText('Von jemand anderem geändert').waitFor();
    expect(await bemerkung.inputValue()).toBe('Meine Notiz aus dem Formular');
    await seite.getByRole('button', { name: 'Änderungen speichern' }).click();
    await seite.getByText('Die Änderungen wurden gespeichert; das Regelwerk hat die Zuständigkeit neu geprüft.').waitFor();
    await seite.getByRole('region', { name: 'Person' }).getByText('Meine Notiz aus dem Formular').waitFor();
    await kontext.close();
  });

  it('Zuständigkeit zum Stichtag prüfen: falsches Datum wird gemeldet, ein gültiges kommt in den Verlauf', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.goto('/faelle');
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).click();
    const formular = seite.getByRole('form', { name: 'Zuständigkeit zum Stichtag prüfen' });
    await formular.getByLabel('Stichtag').fill('32.01.2023');
    await formular.getByRole('button', { name: 'Zuständigkeit zum Stichtag prüfen' }).click();
    await formular.getByRole('link', { name: /^Stichtag: Bitte ein gültiges Datum/ }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await formular.getByLabel('Stichtag').fill('01.09.2023');
    await formular.getByRole('button', { name: 'Zuständigkeit zum Stichtag prüfen' }).click();
    await seite.getByText('Die Zuständigkeit wurde zum Stichtag 01.09.2023 neu geprüft: Landkreis Prignitz.').waitFor();
    const verlauf = seite.getByRole('region', { name: 'Entscheidungsverlauf' });
    await verlauf.getByText(/zum 01\.09\.2023: Landkreis Prignitz/).waitFor();
    expect(await verlauf.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '71-fall-stichtag');
    await kontext.close();
  });

  it('ein anderer Träger (Cottbus) sieht den Fall aus Prignitz nicht: „nicht gefunden“', async () => {
    const p = await w.als('prignitz');
    await p.seite.goto('/faelle');
    await p.seite.getByRole('link', { name: 'PR-50-2021-0042' }).click();
    await p.seite.getByRole('heading', { level: 1, name: 'Fall PR-50-2021-0042' }).waitFor();
    const adresse = new URL(p.seite.url()).pathname;
    await p.kontext.close();

    const { kontext, seite } = await w.als('cottbus');
    await seite.goto(adresse);
    await seite.getByRole('heading', { level: 1, name: 'Fall nicht gefunden' }).waitFor();
    await seite
      .getByText(/nicht gefunden/)
      .first()
      .waitFor();
    expect(await seite.getByText('Beispiel').count()).toBe(0);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '72-fall-nicht-gefunden-cottbus');
    await kontext.close();
  });

  it('Liste mit mehr als einer Seite: blättern, Sortierung bleibt, Stand der Seite wird angesagt (zuletzt, legt Fälle an)', async () => {
    const { kontext, seite } = await w.als('prignitz');
    const sitzung = (await (await kontext.request.get('/api/v1/sitzung')).json()) as { csrfToken: string };
    for (let i = 1; i <= 22; i++) {
      const r = await kontext.request.post('/api/v1/faelle', {
        data: { aktenzeichen: `PR-SEITE-${String(i).padStart(2, '0')}`, person: { nachname: `Seite${i}`, vorname: 'Test' } },
        headers: { 'x-csrf-token': sitzung.csrfToken },
      });
      expect(r.status()).toBe(201);
    }
    await seite.goto('/faelle?sortierung=aktenzeichen');
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    const seiten = seite.getByRole('navigation', { name: 'Seiten' });
    await seiten.getByText(/Seite 1 von 2/).waitFor();
    await seiten.getByRole('button', { name: 'Nächste Seite' }).click();
    await seiten.getByText(/Seite 2 von 2/).waitFor();
    await seite.getByRole('link', { name: 'PR-SEITE-22' }).waitFor();
    expect(seite.url()).toContain('sortierung=aktenzeichen');
    expect(await seiten.getByRole('button', { name: 'Nächste Seite' }).getAttribute('aria-disabled')).toBe('true');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '74-faelle-seite-2');

    // Zurück auf Seite 1: Die Tabelle steht sofort aus dem Zwischenspeicher da, während der Server
    // (hier angehalten) noch antwortet; neu geladen wird sie trotzdem (eine Anfrage je Seitenwechsel).
    const angehalten: Route[] = [];
    await seite.route(/\/api\/v1\/faelle\?/, (r) => void angehalten.push(r));
    await seiten.getByRole('button', { name: 'Vorige Seite' }).click();
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).waitFor();
    await seiten.getByText(/Seite 1 von 2/).waitFor();
    await expect.poll(() => angehalten.length).toBe(1);
    expect(angehalten[0]?.request().url()).toContain('seite=1');
    // Eine neue Sortierung (noch nicht im Speicher): Bis die Antwort da ist, bleibt die vorige Tabelle
    // stehen, statt leer zu werden oder zu springen.
    await seite.getByRole('button', { name: 'Person' }).click();
    await expect.poll(() => angehalten.length).toBe(2);
    expect(angehalten[1]?.request().url()).toContain('sortierung=name');
    await seite.getByRole('status').filter({ hasText: 'Fälle werden geladen …' }).waitFor();
    expect(await seite.getByRole('link', { name: 'PR-50-2021-0042' }).count()).toBe(1);
    for (const r of angehalten) await r.continue();
    await seite.unroute(/\/api\/v1\/faelle\?/);
    await expect.poll(() => seite.getByRole('columnheader', { name: /Person/ }).getAttribute('aria-sort')).toBe('ascending');
    await seite.getByText(/Fälle gefunden\./).waitFor();
    await kontext.close();
  });

  it('Fallseite mit 320 px: kein waagerechtes Scrollen der Seite, der Zeitstrahl ist per Tastatur verschiebbar', async () => {
    const { kontext, seite } = await w.als('prignitz', { breite: 320 });
    await seite.goto('/faelle?suche=PR-50-2021-0042');
    await seite.getByRole('link', { name: 'PR-50-2021-0042' }).click();
    await seite.getByRole('img', { name: /Zeitstrahl des Falls/ }).waitFor();
    const breit = await seite.evaluate(() => document.documentElement.scrollWidth);
    expect(breit).toBeLessThanOrEqual(320);
    expect(await seite.getByRole('region', { name: 'Zeitstrahl (waagerecht verschiebbar)' }).getAttribute('tabindex')).toBe('0');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '73-fall-detail-320px');
    await kontext.close();
  });
});
