// Anmeldung und Übersicht im Browser: Inhalte, Barrierefreiheit, 320 px, Tastatur.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusId, fokusText } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

describe('Anmeldung und Übersicht', () => {
  it('die Anmeldeseite ist barrierefrei und meldet fehlende Angaben oben und am Feld', async () => {
    const kontext = await w.browser.newContext({ baseURL: w.basis, locale: 'de-DE' });
    const seite = await kontext.newPage();
    await seite.goto('/');
    await seite.getByRole('heading', { level: 1, name: 'Anmeldung bei EGH-Clearing' }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await seite.getByRole('button', { name: 'Anmelden' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await expect.poll(() => zusammenfassung.count()).toBe(1);
    await seite.getByRole('link', { name: 'Bitte geben Sie Ihren Benutzernamen ein.' }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-benutzername');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '00-anmeldung-fehler');
    await seite.getByLabel('Benutzername').fill('schwaben');
    await seite.getByLabel('Passwort').fill('falsch');
    await seite.getByRole('button', { name: 'Anmelden' }).click();
    await seite.getByText('Benutzername oder Passwort ist falsch.').waitFor();
    await kontext.close();
  });

  it('zeigt Schwaben Kennzahlen, Fristen und Eingang ohne Barrieren', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await seite.getByText('Fristen überfällig').waitFor();
    expect(await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([
        'Übersicht',
        'Fälle',
        'Amtshilfe',
        'Erstattung',
        'Mehrkostenvergleich',
        'Prüfrechner',
        'Träger & Vereinbarung',
        'Hilfe',
      ]),
    );
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '01-uebersicht-schwaben');
    await kontext.close();
  });

  it('funktioniert mit 320 px Breite und mit der Tastatur (Sprunglink zum Inhalt)', async () => {
    const { kontext, seite } = await w.als('mittelfranken', { breite: 320 });
    // Der Eingang nennt den Träger mit Namen, nie mit seiner Kennung.
    const eingang = seite.getByRole('region', { name: 'Eingang' });
    await eingang
      .getByText(/von Bezirk Schwaben \(/)
      .first()
      .waitFor();
    expect(await eingang.textContent()).not.toMatch(/von (\d{5}|[a-z]+-[a-z-]+)\b/);
    await seite.keyboard.press('Tab');
    await expect.poll(() => fokusText(seite)).toBe('Zum Inhalt springen');
    const breit = await seite.evaluate(() => document.documentElement.scrollWidth);
    expect(breit).toBeLessThanOrEqual(320);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '02-uebersicht-320px');
    await kontext.close();
  });
});
