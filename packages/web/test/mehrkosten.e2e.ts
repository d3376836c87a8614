// Mehrkostenvergleich im Browser: der Demo-Vergleich nach SG Freiburg (16,01 %) mit Diagramm,
// Vergleichsentscheidungen und Normtext-Dialog, die Entscheidung eines Menschen mit Gründen, ein
// neuer Vergleich über das Formular (Fehler oben und am Feld), 320 px und axe ohne Verstöße.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, bildschirme, foto, fokusId, fokusText } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

const demoTitel = 'Wohnheim S statt Wohnheim A (nach SG Freiburg, S 9 SO 2640/10)';

/** Text ohne geschützte Leerzeichen (Intl setzt eines vor „€“ und „%“). */
async function text(l: { textContent(): Promise<string | null> }): Promise<string> {
  return ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

async function oeffneDemo(seite: Page) {
  await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mehrkostenvergleich' }).click();
  await seite.getByRole('heading', { level: 1, name: 'Mehrkostenvergleich', exact: true }).waitFor();
  await seite.getByRole('link', { name: demoTitel }).click();
  await seite.getByRole('heading', { level: 1, name: demoTitel }).waitFor();
}

describe('Mehrkostenvergleich', () => {
  it('Liste: eine unsinnige Seitenzahl in der Adresse zeigt Seite 1; sortieren über die Spaltenköpfe, zurück auf Seite 1', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.goto('/mehrkosten?seite=-3');
    await seite.getByRole('heading', { level: 1, name: 'Mehrkostenvergleich', exact: true }).waitFor();
    await seite.getByRole('row').filter({ hasText: demoTitel }).waitFor();
    const kopf = seite.getByRole('columnheader', { name: /Bezeichnung/ });
    await seite.getByRole('button', { name: 'Bezeichnung' }).click();
    await expect.poll(() => kopf.getAttribute('aria-sort')).toBe('ascending');
    expect(seite.url()).toContain('sortierung=bezeichnung');
    expect(seite.url()).not.toContain('seite=');
    await seite.getByRole('button', { name: 'Bezeichnung' }).click();
    await expect.poll(() => kopf.getAttribute('aria-sort')).toBe('descending');
    expect(seite.url()).toContain('sortierung=-bezeichnung');
    await kontext.close();
  });

  it('zeigt den Demo-Vergleich: 16,01 %, Diagramm mit Tabelle, Vergleichsentscheidungen, keine automatische Entscheidung', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mehrkostenvergleich' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Mehrkostenvergleich', exact: true }).waitFor();
    const zeile = seite.getByRole('row').filter({ hasText: demoTitel });
    await zeile.waitFor();
    expect(await text(zeile)).toContain('16,01 %');
    expect(await text(zeile)).toContain('Offen');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '60-mehrkosten-liste');

    await seite.getByRole('link', { name: demoTitel }).click();
    await seite.getByRole('heading', { level: 1, name: demoTitel }).waitFor();
    await seite.getByText('Mehrkosten gegenüber dem Vergleichsangebot').waitFor();
    const kennzahlen = await text(seite.locator('.mehrkosten-kennzahlen'));
    expect(kennzahlen).toContain('16,01 %');
    expect(kennzahlen).toContain('366,00 €');
    expect(kennzahlen).toContain('Wohnheim A');
    expect(kennzahlen).toContain('Abwägung erforderlich');
    await seite.getByText('Das System entscheidet nicht nach einer Prozentzahl').waitFor();
    // Das Diagramm ist ein Bild mit Namen und Beschreibung; dieselben Zahlen stehen in der Tabelle.
    const bild = seite.getByRole('img', { name: 'Monatliche Kosten: Wunsch und Alternativen' });
    expect(await bild.getAttribute('aria-describedby')).toBeTruthy();
    expect(await text(seite.locator('svg desc'))).toContain('2.652,30 €');
    const tabelle = seite.getByRole('table', { name: /Monatliche Kosten im Vergleich/ });
    expect(await text(tabelle.getByRole('row', { name: /Wohnheim S/ }))).toContain('2.652,30 €');
    expect(await text(tabelle.getByRole('row', { name: /Wohnheim A/ }))).toMatch(/Vergleichsangebot.*2\.286,30 €.*16,01 %/);
    const referenzen = seite.getByRole('table', { name: /Vergleichsentscheidungen/ });
    const freiburg = referenzen.getByRole('row', { name: /S 9 SO 2640\/10/ });
    expect(await text(freiburg)).toMatch(/SG Freiburg.*01\.03\.2011.*S 9 SO 2640\/10.*16,01 %.*angemessen/);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '61-mehrkosten-ergebnis');
    await seite
      .locator('section[aria-labelledby=mk-ergebnis]')
      .screenshot({ path: `${bildschirme}/61a-mehrkosten-ergebnis-ausschnitt.png` });
    await seite.locator('section[aria-labelledby=mk-referenzen]').screenshot({ path: `${bildschirme}/61b-mehrkosten-referenzen.png` });
    await kontext.close();
  });

  it('eine Norm der Begründung öffnet ihren Wortlaut; Escape schließt, der Fokus kehrt zurück', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await oeffneDemo(seite);
    const normknopf = seite.getByRole('button', { name: '§ 104 Abs. 3 Satz 1 SGB IX' });
    await normknopf.focus();
    await seite.keyboard.press('Enter');
    const dialog = seite.getByRole('dialog', { name: '§ 104 Abs. 3 Satz 1 SGB IX' });
    await dialog.getByRole('heading', { name: '§ 104 Leistungen nach der Besonderheit des Einzelfalles' }).waitFor();
    expect(await text(dialog)).toContain('(3) Bei der Entscheidung nach Absatz 2 ist zunächst die Zumutbarkeit');
    expect(await text(dialog)).toContain('Stand: Juli/August 2026');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '62-mehrkosten-normtext');
    await seite.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => fokusText(seite)).toBe('§ 104 Abs. 3 Satz 1 SGB IX');

    // Eine Gerichtsentscheidung als „Norm“: kein Text, aber ein Hinweis, wo sie zu finden ist.
    await seite.getByRole('button', { name: 'BVerwG, Beschluss vom 18.08.2003 – 5 B 14/03' }).click();
    const urteil = seite.getByRole('dialog', { name: 'BVerwG, Beschluss vom 18.08.2003 – 5 B 14/03' });
    await urteil.getByRole('heading', { name: 'Gerichtsentscheidung' }).waitFor();
    expect(await text(urteil)).toContain('Rechtsprechungsdatenbank');
    await urteil.getByRole('button', { name: 'Schließen' }).click();
    await urteil.waitFor({ state: 'detached' });
    await kontext.close();
  });

  it('hält die Entscheidung eines Menschen mit Gründen fest: Fehler zuerst, dann Status Entschieden', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await oeffneDemo(seite);
    await seite.getByRole('button', { name: 'Entscheidung festhalten' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung.waitFor();
    expect(await zusammenfassung.getByRole('link').allTextContents()).toEqual([
      'Bitte wählen Sie die Entscheidung: bewilligt, teilweise bewilligt oder abgelehnt.',
      'Bitte begründen Sie die Abwägung nachvollziehbar (mindestens 20 Zeichen): Gewicht des Wunsches gegen die Mehrkosten.',
    ]);
    await zusammenfassung.getByRole('link', { name: /mindestens 20 Zeichen/ }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-gruende');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '63-mehrkosten-entscheidung-fehler');
    await seite
      .locator('section[aria-labelledby=mk-entscheidung]')
      .screenshot({ path: `${bildschirme}/63a-mehrkosten-entscheidung-ausschnitt.png` });

    await seite.getByRole('group', { name: 'Entscheidung über den Wunsch' }).getByLabel('Teilweise bewilligt').check();
    await seite.getByLabel('Übernommener Betrag je Monat').fill('2.286,30');
    await seite.getByRole('group', { name: 'Entscheidung über den Wunsch' }).getByLabel('Bewilligt', { exact: true }).check();
    await seite
      .getByLabel('Gründe der Abwägung')
      .fill(
        'Einzelzimmer ohne Warteliste, Bewohnergruppe ähnlichen Alters und Nähe zur bevorzugten Werkstatt wiegen die Mehrkosten von 16,01 % auf.',
      );
    await seite.getByRole('button', { name: 'Entscheidung festhalten' }).click();
    await seite.getByText('Die Entscheidung ist festgehalten. Der Vergleich ist abgeschlossen.').waitFor();
    expect(await seite.getByText('Entschieden: Bewilligt').count()).toBeGreaterThan(0);
    const angaben = await text(seite.getByRole('region', { name: 'Entscheidung', exact: true }));
    expect(angaben).toContain('Einzelzimmer ohne Warteliste');
    expect(angaben).toContain('Mehmet Yılmaz');
    expect(await seite.getByRole('button', { name: 'Entscheidung festhalten' }).count()).toBe(0);
    await expect.poll(() => fokusId(seite)).toBe('mk-entscheidung');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '64-mehrkosten-entschieden');

    await seite.getByRole('link', { name: 'Mehrkostenvergleiche' }).click();
    const zeile = seite.getByRole('row').filter({ hasText: demoTitel });
    await zeile.getByText('Entschieden: Bewilligt').waitFor();
    await kontext.close();
  });

  it('legt einen neuen Vergleich an: Fehler oben und am Feld, Eingaben bleiben, Ergebnis 16,01 %', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.goto('/mehrkosten');
    await seite.getByRole('link', { name: 'Neuen Mehrkostenvergleich anlegen' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Neuer Mehrkostenvergleich' }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await seite.getByLabel('Gewünschte Leistung: Anbieter oder Angebot').fill('Wohnheim S');
    await seite.getByRole('button', { name: 'Vergleich berechnen und speichern' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung.waitFor();
    const meldungen = await zusammenfassung.getByRole('link').allTextContents();
    expect(meldungen).toContain('Bitte geben Sie eine Bezeichnung des Vergleichs ein.');
    expect(meldungen).toContain('Gewünschte Leistung, Posten 1: Bitte geben Sie einen Betrag in Euro ein, z. B. 88,41.');
    expect(meldungen).toContain('Alternative 1: Bitte geben Sie eine Bezeichnung ein.');
    expect(await seite.getByLabel('Gewünschte Leistung: Anbieter oder Angebot').inputValue()).toBe('Wohnheim S');
    expect(await seite.locator('#feld-gewuenscht-posten-0-betragCent').getAttribute('aria-invalid')).toBe('true');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '65-mehrkosten-neu-fehler');

    await seite.getByLabel('Bezeichnung des Vergleichs').fill('Test: Wohnheim S statt Wohnheim A');
    await seite.getByLabel('Stichtag').fill('01.03.2025');
    const wunsch = seite.getByRole('group', { name: 'Gewünschte Leistung: Posten 1' });
    await wunsch.getByLabel('Posten 1: wofür').fill('Wohnheim');
    await wunsch.getByLabel('Posten 1: Betrag', { exact: true }).fill('88,41');
    const alternative = seite.getByRole('group', { name: 'Alternative 1', exact: true });
    await alternative.getByLabel('Alternative 1: Anbieter oder Angebot').fill('Wohnheim A');
    await alternative.getByLabel('Posten 1: wofür').fill('Wohnheim');
    await alternative.getByLabel('Posten 1: Betrag', { exact: true }).fill('76,21');
    // Eine zweite, billigere Alternative ist nicht zumutbar: sie ist kein Vergleichsmaßstab.
    await seite.getByRole('button', { name: 'Weitere Alternative hinzufügen' }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-alternativen-1-bezeichnung');
    await seite.keyboard.type('Wohnheim B (weit entfernt)');
    const zweite = seite.getByRole('group', { name: 'Alternative 2', exact: true });
    await zweite.getByLabel('Posten 1: wofür').fill('Wohnheim');
    await zweite.getByLabel('Posten 1: Betrag', { exact: true }).fill('70,00');
    await zweite.getByLabel('zumutbar', { exact: true }).uncheck();
    await seite.getByRole('button', { name: 'Vergleich berechnen und speichern' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Test: Wohnheim S statt Wohnheim A' }).waitFor();
    expect(await text(seite.locator('.mehrkosten-kennzahlen'))).toContain('16,01 %');
    const tabelle = seite.getByRole('table', { name: /Monatliche Kosten im Vergleich/ });
    expect(await text(tabelle.getByRole('row', { name: /Wohnheim B/ }))).toContain('nicht vergleichbar: nicht zumutbar');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '66-mehrkosten-neu-ergebnis');
    await kontext.close();
  });

  it('bei 320 px Breite ohne waagrechtes Scrollen der Seite; Kostenerstattung liest nur', async () => {
    const { kontext, seite } = await w.als('cottbus', { breite: 320 });
    await seite.goto('/mehrkosten');
    await seite.getByRole('link', { name: demoTitel }).click();
    await seite.getByRole('heading', { level: 1, name: demoTitel }).waitFor();
    await seite.getByText('Mehrkosten gegenüber dem Vergleichsangebot').waitFor();
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '67-mehrkosten-320px');
    await seite.locator('section[aria-labelledby=mk-ergebnis]').screenshot({ path: `${bildschirme}/67a-mehrkosten-320px-ergebnis.png` });
    await kontext.close();

    const schwaben = await w.als('schwaben');
    await schwaben.seite.goto('/mehrkosten');
    await schwaben.seite.getByText('Neue Vergleiche legen die Sachbearbeitung oder die Leitung an').waitFor();
    expect(await schwaben.seite.getByRole('link', { name: 'Neuen Mehrkostenvergleich anlegen' }).count()).toBe(0);
    expect(await barrieren(schwaben.seite)).toEqual([]);
    await schwaben.kontext.close();
  });
});
