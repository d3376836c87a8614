// Prüfrechner im Browser: jede Prüfungsart rechnet ihr Beispiel (die Anfrage ist genau das
// Beispiel), Fehler stehen oben und am Feld, Listen lassen sich per Tastatur ergänzen; axe ohne Befund.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, foto, fokusId, fokusText } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

interface Art {
  art: string;
  titel: string;
  beispiel: Record<string, unknown>;
}

async function arten(): Promise<Art[]> {
  const r = await w.app.inject({ method: 'GET', url: '/api/v1/pruefungen/arten' });
  return r.json();
}

async function ergebnisDerApi(eingabe: unknown): Promise<{ begruendung: { norm: string; text: string }[] }> {
  const r = await w.app.inject({ method: 'POST', url: '/api/v1/pruefungen', payload: eingabe as Record<string, unknown> });
  return r.json();
}

async function waehle(seite: Page, titel: string): Promise<void> {
  await seite.getByLabel('Prüfung', { exact: true }).selectOption({ label: titel });
  await seite.getByRole('heading', { level: 2, name: titel }).waitFor();
}

describe('Prüfrechner', () => {
  it('rechnet für jede Prüfungsart ihr Beispiel und zeigt Ergebnis und Begründung ohne Barrieren', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Prüfrechner' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Prüfrechner' }).waitFor();
    const alle = await arten();
    expect(alle.length).toBe(10);
    for (const [i, a] of alle.entries()) {
      await waehle(seite, a.titel);
      expect(await barrieren(seite), `Formular ${a.art}`).toEqual([]);
      const anfrage = seite.waitForRequest((r) => r.url().endsWith('/api/v1/pruefungen') && r.method() === 'POST');
      await seite.getByRole('button', { name: 'Berechnen' }).click();
      // Das Formular gibt das Beispiel unverändert weiter: Datum, Betrag, Listen und Gruppen gehen hin und zurück.
      expect((await anfrage).postDataJSON(), a.art).toEqual(a.beispiel);
      const ergebnis = seite.getByRole('region', { name: 'Ergebnis' });
      await ergebnis.getByRole('heading', { level: 2, name: 'Ergebnis' }).waitFor();
      await expect.poll(() => fokusId(seite)).toBe('ergebnis-titel');
      const erwartet = await ergebnisDerApi(a.beispiel);
      const erster = erwartet.begruendung[0];
      expect(erster).toBeDefined();
      await ergebnis
        .getByRole('button', { name: erster?.norm ?? '' })
        .first()
        .waitFor();
      expect(await ergebnis.getByRole('region', { name: 'Begründung' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(
        erwartet.begruendung.length,
      );
      expect(await ergebnis.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}|true|false|undefined|NaN/);
      expect(await barrieren(seite), `Ergebnis ${a.art}`).toEqual([]);
      await foto(seite, `8${i}-pruefrechner-${a.art}`);
    }
    await kontext.close();
  });

  it('zeigt die Ergebnisse deutsch: Frist mit Datum, Zinsen in Euro, Zuständigkeit mit Grundlage', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.goto('/pruefrechner?art=frist');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    const ergebnis = seite.getByRole('region', { name: 'Ergebnis' });
    await ergebnis.getByText('28.02.2025').first().waitFor();
    await waehle(seite, 'Zinsen auf einen Erstattungsanspruch');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    await ergebnis.getByText('205,75 €').first().waitFor();
    await waehle(seite, 'Örtliche Zuständigkeit des Trägers der Eingliederungshilfe');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    await ergebnis.getByText('§ 98 Abs. 1 Satz 3 SGB IX').first().waitFor();
    await ergebnis.getByText('lk-prignitz', { exact: true }).waitFor();
    await kontext.close();
  });

  it('meldet ein ungültiges Datum oben und am Feld, ebenso Fehler des Regelwerks; Eingaben bleiben erhalten', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.goto('/pruefrechner?art=frist');
    const ereignis = seite.getByLabel('Tag des Ereignisses');
    await ereignis.fill('31.02.2025');
    await seite.getByLabel('Monate').fill('');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung.waitFor();
    await expect.poll(() => fokusText(seite)).toContain('Bitte korrigieren');
    const link = zusammenfassung.getByRole('link', { name: /Tag des Ereignisses: Den 31\.02\.2025 gibt es nicht/ });
    await link.waitFor();
    expect(await ereignis.getAttribute('aria-invalid')).toBe('true');
    expect(await seite.locator('#feld-ereignis-fehler').textContent()).toContain(
      'Den 31.02.2025 gibt es nicht – der Februar 2025 hat 28 Tage.',
    );
    expect(await ereignis.inputValue()).toBe('31.02.2025');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '90-pruefrechner-datum-ungueltig');
    await link.click();
    await expect.poll(() => fokusId(seite)).toBe('feld-ereignis');

    // Datum richtig, aber keine Dauer: das Regelwerk meldet /dauer – oben und an der Gruppe.
    await ereignis.fill('31.01.2025');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    await zusammenfassung.getByRole('link', { name: /^Dauer der Frist: / }).waitFor();
    expect(await seite.locator('#feld-dauer-fehler').textContent()).toMatch(/Mindestens 1 Angabe/);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '91-pruefrechner-fehler-regelwerk');
    await seite.getByLabel('Monate').fill('1');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    await seite.getByRole('heading', { level: 2, name: 'Ergebnis' }).waitFor();
    expect(await zusammenfassung.count()).toBe(0);
    await kontext.close();
  });

  it('Listen: Zeilen per Tastatur hinzufügen und entfernen, der Fokus folgt; 320 px ohne waagerechtes Scrollen', async () => {
    const { kontext, seite } = await w.als('prignitz', { breite: 320 });
    await seite.goto('/pruefrechner?art=erstattungsfristen');
    const liste = seite.getByRole('group', { name: 'Leistungszeiträume' });
    await liste.getByRole('button', { name: 'Leistungszeitraum hinzufügen' }).focus();
    await seite.keyboard.press('Enter');
    const zweiter = seite.getByRole('group', { name: 'Leistungszeitraum 2' });
    await zweiter.waitFor();
    await expect.poll(() => fokusId(seite)).toBe('feld-leistungszeitraeume-1-von');
    await seite.keyboard.type('01.01.2024');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('31.01.2024');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('1.000,00');
    const anfrage = seite.waitForRequest((r) => r.url().endsWith('/api/v1/pruefungen') && r.method() === 'POST');
    await seite.getByRole('button', { name: 'Berechnen' }).click();
    const body = (await anfrage).postDataJSON() as { leistungszeitraeume: unknown[] };
    expect(body.leistungszeitraeume[1]).toEqual({ von: '2024-01-01', bis: '2024-01-31', betragCent: 100000 });
    await seite.getByRole('heading', { level: 2, name: 'Ergebnis' }).waitFor();
    const breit = await seite.evaluate(() => document.documentElement.scrollWidth);
    expect(breit).toBeLessThanOrEqual(320);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '92-pruefrechner-320px');
    await zweiter.getByRole('button', { name: 'Leistungszeitraum 2 entfernen' }).focus();
    await seite.keyboard.press('Enter');
    await expect.poll(() => zweiter.count()).toBe(0);
    // Der Fokus wandert nach dem Neuzeichnen (useEffect): abwarten statt sofort lesen.
    await expect.poll(() => fokusText(seite)).toBe('Leistungszeitraum hinzufügen');
    await kontext.close();
  });
});
