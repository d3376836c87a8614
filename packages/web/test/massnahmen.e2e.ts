// § 111 SGB X je Leistungsfall im Browser: der Demo-Anspruch mit laufender Maßnahme (keine Frist,
// Rat zur Anmeldung), das Beenden der Maßnahme über „Maßnahmen bearbeiten“ (eine Frist für alle
// Zeiträume) und die Übersicht, deren Risiko die Summe der aufgelisteten Fristen ist.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, foto } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

async function text(l: Locator): Promise<string> {
  return ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

async function oeffne(seite: Page, aktenzeichen: RegExp) {
  await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Erstattung', exact: true }).click();
  await seite.getByRole('heading', { level: 1, name: 'Erstattung', exact: true }).waitFor();
  await seite.getByRole('link', { name: aktenzeichen }).click();
  await seite.getByRole('heading', { level: 2, name: 'Arbeitsschritte' }).waitFor();
}

const faelle = (seite: Page) => seite.getByRole('table', { name: 'Ausschlussfrist je Leistungsfall' });

describe('Maßnahmen und § 111 SGB X je Leistungsfall', () => {
  it('die laufende Maßnahme hat keine Frist und den Rat zur Anmeldung; beendet bekommt sie eine Frist für alle vier Monate', async () => {
    const { kontext, seite } = await w.als('schwaben');
    await oeffne(seite, /-0512$/);
    const zeile = faelle(seite).getByRole('row', { name: /Maßnahme „Ambulant betreutes Wohnen“/ });
    await expect.poll(() => text(zeile)).toContain('läuft noch');
    expect(await text(zeile)).toContain('Frist nicht begonnen');
    expect(await text(zeile)).toContain('11.200,00 €');
    await seite.getByText('Empfehlung:', { exact: true }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '30-massnahme-laeuft');

    // Beenden: Ende der Maßnahme = letzter Tag ihres letzten Zeitraums.
    const letzterTag = (await text(zeile)).match(/– (\d{2}\.\d{2}\.\d{4})/)?.[1] ?? '';
    await seite.getByText('Zeiträume Maßnahmen zuordnen, Ende oder Fortdauer erfassen').click();
    const gruppe = seite.getByRole('group', { name: 'Maßnahme „Ambulant betreutes Wohnen“' });
    await gruppe.getByLabel('Läuft noch').uncheck();
    await gruppe.getByLabel('Beendet am').fill(letzterTag);
    await seite.getByRole('button', { name: 'Maßnahmen speichern' }).click();
    await seite.getByText('Die Maßnahmen sind gespeichert').waitFor();
    await expect.poll(() => text(zeile)).toContain(letzterTag);
    expect(await text(zeile)).toContain('offen');
    expect(await text(zeile)).toMatch(/4 Zeiträume/);
    const fristen = seite.getByRole('table', { name: /Leistungszeiträume mit Betrag/ });
    const enden = await fristen.getByRole('row').allTextContents();
    const daten = new Set(enden.slice(1).map((z) => z.match(/(\d{2}\.\d{2}\.\d{4})(?!.*\d{2}\.\d{2}\.\d{4})/)?.[1]));
    expect(daten.size).toBe(1);
    expect(await barrieren(seite)).toEqual([]);
    await kontext.close();
  });

  it('die Übersicht zeigt, woraus sich das Risiko nach § 111 SGB X zusammensetzt – die Summe der aufgelisteten Fristen', async () => {
    const { kontext, seite } = await w.als('schwaben');
    const karte = seite.getByRole('listitem').filter({ hasText: 'mit Risiko nach § 111 SGB X' });
    await expect.poll(() => text(karte)).toContain('12.750,00 €');
    await seite.getByText(/Woraus sich der Betrag von/).click();
    const tabelle = seite.getByRole('table', { name: 'Ausschlussfristen mit Risiko nach § 111 SGB X' });
    const zeilen = (await tabelle.getByRole('row').allTextContents()).map((z) => z.replace(/\u00a0/g, ' '));
    // Eine Frist für die Maßnahme „Besondere Wohnform“ (drei Monate), keine für die laufende Maßnahme.
    expect(zeilen.filter((z) => z.includes('Besondere Wohnform'))).toHaveLength(1);
    expect(zeilen.some((z) => z.includes('Ambulant betreutes Wohnen'))).toBe(false);
    expect(zeilen.at(-1)).toContain('12.750,00 €');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '31-uebersicht-risiko');
    await kontext.close();
  });
});
