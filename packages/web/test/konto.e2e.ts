// Anmeldung und Konto im Browser: zweiter Schritt mit dem Code der Authenticator-App, ein
// Erstpasswort muss vor allem anderen ersetzt werden (Regeln am Feld), „Mein Konto“ ändert das
// Passwort und richtet den zweiten Faktor ein – axe ohne Verstöße auf jedem Bildschirm.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legeBenutzerAn } from '../../server/src/anwendungsfaelle/benutzer.ts';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusId } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

async function neueSeite(): Promise<Page> {
  const kontext = await w.browser.newContext({ baseURL: w.basis, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  return kontext.newPage();
}

async function passwortEingeben(seite: Page, benutzername: string, passwort: string) {
  await seite.goto('/');
  await seite.getByLabel('Benutzername').fill(benutzername);
  await seite.getByLabel('Passwort').fill(passwort);
  await seite.getByRole('button', { name: 'Anmelden' }).click();
}

describe('Anmeldung und Konto', () => {
  it('fragt admin.schwaben nach dem Code; ein falscher Code steht am Feld, der richtige meldet an', async () => {
    const seite = await neueSeite();
    await passwortEingeben(seite, 'admin.schwaben', 'demo');
    await seite.getByRole('heading', { level: 2, name: 'Zweiter Faktor' }).waitFor();
    await expect.poll(() => fokusId(seite)).toBe('schritt-titel');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '90-anmeldung-zweiter-faktor');
    await seite.getByLabel('Bestätigungscode').fill('000000');
    await seite.getByRole('button', { name: 'Anmelden' }).click();
    await seite.getByRole('alert').filter({ hasText: 'Code falsch' }).first().waitFor();
    await seite.getByLabel('Bestätigungscode').fill(w.naechsterCode());
    await seite.getByRole('button', { name: 'Anmelden' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await seite.context().close();
  });

  it('verlangt nach einem Erstpasswort ein eigenes, bevor die Plattform erscheint', async () => {
    await legeBenutzerAn(w.datenbank.db, {
      benutzername: 'neu.cottbus',
      name: 'Lena Neumann (Sachbearbeitung, Stadt Cottbus)',
      passwort: 'Startpasswort Spreewald 9',
      traegerId: '12052',
      rollen: ['sachbearbeitung'],
    });
    const seite = await neueSeite();
    await passwortEingeben(seite, 'neu.cottbus', 'Startpasswort Spreewald 9');
    await seite.getByRole('heading', { level: 2, name: 'Erstpasswort ersetzen' }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '91-anmeldung-erstpasswort');
    await seite.getByLabel('Neues Passwort', { exact: true }).fill('neumann-cottbus');
    await seite.getByLabel('Neues Passwort wiederholen').fill('neumann-cottbus');
    await seite.getByRole('button', { name: 'Passwort speichern' }).click();
    await seite.locator('#feld-neuesPasswort-fehler').filter({ hasText: 'Benutzernamen' }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await seite.getByLabel('Neues Passwort', { exact: true }).fill('Fahrrad an der Spree');
    await seite.getByLabel('Neues Passwort wiederholen').fill('Fahrrad an der Spree');
    await seite.getByRole('button', { name: 'Passwort speichern' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await seite.context().close();
  });

  it('ändert auf „Mein Konto“ das Passwort und richtet den zweiten Faktor ein; die nächste Anmeldung fragt nach dem Code', async () => {
    const { kontext, seite } = await w.als('datenschutz.schwaben');
    await seite.getByRole('link', { name: 'Mein Konto' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await seite.getByText('Nicht eingerichtet.', { exact: false }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await seite.getByLabel('Bisheriges Passwort').fill('demo');
    await seite.getByLabel('Neues Passwort', { exact: true }).fill('Wolke über Augsburg');
    await seite.getByLabel('Neues Passwort wiederholen').fill('Wolke über Augsburg');
    await seite.getByRole('button', { name: 'Passwort ändern' }).click();
    await seite.getByRole('status').filter({ hasText: 'Passwort geändert' }).waitFor();

    await seite.getByRole('button', { name: 'Zweiten Faktor einrichten' }).click();
    const qr = seite.getByRole('img', { name: 'QR-Code mit dem Geheimnis für die Authenticator-App' });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const geheimnis = ((await seite.locator('code.geheimnis').textContent()) ?? '').replace(/\s/g, '');
    expect(geheimnis).toMatch(/^[A-Z2-7]{32}$/);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '92-konto-zweiter-faktor');
    await seite.getByLabel('Bestätigungscode').fill(w.naechsterCode(geheimnis));
    await seite.getByRole('button', { name: 'Zweiten Faktor bestätigen' }).click();
    await seite.getByRole('status').filter({ hasText: 'Zweiter Faktor eingerichtet' }).waitFor();
    await kontext.close();

    const neu = await neueSeite();
    await passwortEingeben(neu, 'datenschutz.schwaben', 'Wolke über Augsburg');
    await neu.getByRole('heading', { level: 2, name: 'Zweiter Faktor' }).waitFor();
    await neu.getByLabel('Bestätigungscode').fill(w.naechsterCode(geheimnis));
    await neu.getByRole('button', { name: 'Anmelden' }).click();
    await neu.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await neu.context().close();
  });

  it('abonniert auf „Mein Konto“ die Fristen als Kalender: die Adresse liefert iCalendar ohne Sitzung, nach dem Widerruf 404', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await seite.getByRole('link', { name: 'Mein Konto' }).click();
    await seite.getByRole('heading', { level: 2, name: 'Fristen im Kalender' }).waitFor();
    const datei = await seite.request.get('/api/v1/kalender.ics');
    expect(datei.status()).toBe(200);
    expect(await datei.text()).toContain('BEGIN:VEVENT');
    await seite.getByRole('button', { name: 'Kalender abonnieren' }).click();
    const adresse = seite.getByLabel('Adresse für Ihr Kalenderprogramm');
    await adresse.waitFor();
    const url = await adresse.inputValue();
    expect(url).toMatch(/\/api\/v1\/kalender\/abonnement\/[A-Za-z0-9_-]{43}\.ics$/);
    await seite.getByText('Abonniert seit').waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '93-konto-kalender');
    // Ohne Sitzung, wie ein Kalenderprogramm.
    const ohneSitzung = await w.browser.newContext();
    const abruf = await ohneSitzung.request.get(url);
    expect(abruf.status()).toBe(200);
    expect(abruf.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await abruf.text()).toMatch(/^BEGIN:VCALENDAR/);
    await seite.getByRole('button', { name: 'Abonnement widerrufen' }).click();
    await seite.getByRole('status').filter({ hasText: 'Abonnement widerrufen' }).waitFor();
    expect((await ohneSitzung.request.get(url)).status()).toBe(404);
    await ohneSitzung.close();
    await kontext.close();
  });
});
