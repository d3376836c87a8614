// Träger & Vereinbarung, Protokoll und Hilfe im Browser: Registersuche mit Seiten, die Seite der
// Vereinbarung (Pauschalen als Beispielbetrag gekennzeichnet), Stammdaten mit Leitweg-ID-Fehler am
// Feld, Austritt und Rücknahme durch die Administration, das Protokoll für den Datenschutz, die
// Normtexte der Hilfe (Dialog mit Escape und Fokus zurück) – axe ohne Verstöße auf jedem Bildschirm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Webumgebung, barrieren, baueWebumgebung, bildschirme, foto, fokusId, fokusText } from './umgebung.ts';

let w: Webumgebung;
beforeAll(async () => {
  w = await baueWebumgebung();
}, 120_000);
afterAll(async () => w?.schliessen());

async function text(l: { textContent(): Promise<string | null> }): Promise<string> {
  return ((await l.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

describe('Träger & Vereinbarung', () => {
  it('durchsucht das Register nach Name, Land und Art, blättert seitenweise und öffnet einen Träger', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Träger & Vereinbarung' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Träger & Vereinbarung' }).waitFor();
    await seite.getByText('420 Träger gefunden.').waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '70-traeger-register');

    await seite.getByRole('button', { name: 'Nächste Seite' }).click();
    await seite.getByText('Seite 2 von 17 (420 Einträge)').waitFor();

    await seite.getByLabel('Land').selectOption({ label: 'Bayern' });
    await seite.getByLabel('Art').selectOption({ label: 'überörtlicher Träger' });
    await seite.getByRole('button', { name: 'Suchen' }).click();
    await seite.getByText('7 Träger gefunden.').waitFor();
    expect(await seite.getByText('Seite 1 von 1 (7 Einträge)').count()).toBe(1);
    await seite.getByLabel('Name, Kurzname oder Kennung').fill('Schwaben');
    await seite.getByRole('button', { name: 'Suchen' }).click();
    await seite.getByText('1 Träger gefunden.').waitFor();
    await seite.getByRole('link', { name: 'Bezirk Schwaben' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Bezirk Schwaben' }).waitFor();
    const angaben = await text(seite.getByRole('region', { name: 'Stammdaten' }));
    expect(angaben).toContain('Hafnerberg 10, 86152 Augsburg');
    expect(angaben).toContain('Bayerisches Staatsministerium des Innern');
    expect(angaben).toContain('Die Stammdaten ändert die Administration dieses Trägers');
    expect(await seite.getByRole('button', { name: 'Stammdaten bearbeiten' }).count()).toBe(0);
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '71-traeger-schwaben');
    await kontext.close();
  });

  it('die Vereinbarung zeigt Pauschalen als Beispielbetrag und die Mitglieder', async () => {
    const { kontext, seite } = await w.als('cottbus');
    await seite.goto('/traeger');
    await seite.getByRole('link', { name: /Verwaltungsvereinbarung zur Amtshilfe/ }).click();
    await seite.getByRole('heading', { level: 1, name: /Verwaltungsvereinbarung zur Amtshilfe/ }).waitFor();
    await seite.getByText('Beispielbeträge – nicht die Beträge der Vereinbarung').waitFor();
    const pauschalen = seite.getByRole('table', { name: 'Pauschalen je Aufgabe' });
    expect(await text(pauschalen.getByRole('row', { name: /Hausbesuch/ }))).toMatch(/100,00 €\s*Beispielbetrag/);
    expect(await pauschalen.getByText('Beispielbetrag').count()).toBe(4);
    const mitglieder = seite.getByRole('table', { name: /Mitglieder der Vereinbarung/ });
    expect(await text(mitglieder.getByRole('row', { name: /Stadt Cottbus|Cottbus/ }))).toContain('Mitglied');
    expect(await text(seite.getByRole('region', { name: 'Mitgliedschaft Ihres Trägers' }))).toContain(
      'Beitritt und Austritt erklärt die Administration Ihres Trägers.',
    );
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '72-vereinbarung');
    await kontext.close();
  });

  it('Administration: Leitweg-ID-Fehler am Feld, dann gespeichert; Austritt erklärt und zurückgenommen', async () => {
    const { kontext, seite } = await w.als('admin.schwaben');
    await seite.goto('/traeger');
    await seite.getByRole('link', { name: 'Bezirk Schwaben' }).first().click();
    await seite.getByRole('heading', { level: 1, name: 'Bezirk Schwaben' }).waitFor();
    await seite.getByRole('button', { name: 'Stammdaten bearbeiten' }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-name');
    await seite.getByLabel('Leitweg-ID').fill('09761-0001-42');
    await seite.getByLabel('Postleitzahl').fill('8615');
    await seite.getByRole('button', { name: 'Stammdaten speichern' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung.getByRole('link', { name: 'Die Postleitzahl hat fünf Ziffern, z. B. 86152.' }).waitFor();
    await seite.getByLabel('Postleitzahl').fill('86152');
    await seite.getByRole('button', { name: 'Stammdaten speichern' }).click();
    await zusammenfassung.getByRole('link', { name: /Prüfziffer der Leitweg-ID 09761-0001-42 stimmt nicht/ }).waitFor();
    expect(await seite.getByLabel('Leitweg-ID').getAttribute('aria-invalid')).toBe('true');
    expect(await seite.getByLabel('Leitweg-ID').inputValue()).toBe('09761-0001-42');
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '73-traeger-leitweg-fehler');
    await zusammenfassung.getByRole('link', { name: /Prüfziffer/ }).click();
    await expect.poll(() => fokusId(seite)).toBe('feld-leitwegId');
    await seite.getByLabel('Leitweg-ID').fill('09761-0001-97');
    await seite.getByLabel('Telefon').fill('0821 3101-0');
    await seite.getByRole('button', { name: 'Stammdaten speichern' }).click();
    await seite.getByText('Die Stammdaten sind gespeichert.').waitFor();
    const angaben = await text(seite.getByRole('region', { name: 'Stammdaten' }));
    expect(angaben).toContain('09761-0001-97');
    expect(angaben).toContain('0821 3101-0');

    await seite.getByRole('link', { name: /Verwaltungsvereinbarung zur Amtshilfe/ }).click();
    await seite.getByRole('heading', { level: 1, name: /Verwaltungsvereinbarung zur Amtshilfe/ }).waitFor();
    const eigene = seite.getByRole('region', { name: 'Mitgliedschaft Ihres Trägers' });
    await eigene.getByText('Bezirk Schwaben ist Mitglied seit 01.01.2025.').waitFor();
    await eigene.getByRole('button', { name: 'Austritt erklären' }).click();
    await eigene.getByRole('link', { name: /ersten Tag ohne Mitgliedschaft/ }).waitFor();
    await eigene.getByLabel('Erster Tag ohne Mitgliedschaft').fill('01.01.2099');
    await eigene.getByRole('button', { name: 'Austritt erklären' }).click();
    await eigene.getByText('Der Austritt ist erklärt: Mitglied bis zum 01.01.2099 (erster Tag ohne Mitgliedschaft).').waitFor();
    await eigene.getByText('Bezirk Schwaben ist Mitglied bis zum 01.01.2099 (Austritt erklärt).').waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '74-vereinbarung-austritt');
    await eigene.getByRole('button', { name: 'Austritt zurücknehmen' }).click();
    await eigene.getByText('Bezirk Schwaben ist Mitglied seit 01.01.2025.').waitFor();
    await kontext.close();
  });
});

describe('Protokoll', () => {
  it('Datenschutz filtert nach Zeitraum (TT.MM.JJJJ), Objektart und Benutzer und blättert', async () => {
    const { kontext, seite } = await w.als('datenschutz.schwaben');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Protokoll' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();
    const tabelle = seite.getByRole('table', { name: /Protokolleinträge/ });
    await tabelle.waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '75-protokoll');

    await seite.getByLabel('Von').fill('31.02.2025');
    await seite.getByRole('button', { name: 'Protokoll anzeigen' }).click();
    const zusammenfassung = seite.getByRole('alert').filter({ hasText: 'Bitte korrigieren' });
    await zusammenfassung
      .getByRole('link', { name: 'Beginn des Zeitraums: Den 31.02.2025 gibt es nicht – der Februar 2025 hat 28 Tage.' })
      .waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await seite.getByLabel('Von').fill('01.01.2020');
    await seite.getByLabel('Bis').fill('31.12.2099');
    await seite.getByLabel('Objektart').selectOption({ label: 'Erstattungsanspruch' });
    await seite.getByLabel('Benutzername').fill('schwaben');
    await seite.getByRole('button', { name: 'Protokoll anzeigen' }).click();
    await seite.getByText(/Gefiltert vom 01\.01\.2020 bis 31\.12\.2099, Objektart Erstattungsanspruch, Benutzer schwaben/).waitFor();
    await tabelle.waitFor();
    const zeilen = await tabelle.getByRole('row').allTextContents();
    expect(zeilen.length).toBeGreaterThan(1);
    for (const z of zeilen.slice(1)) {
      expect(z).toContain('schwaben');
      expect(z).toContain('Erstattungsanspruch');
      // In Namen, nicht in Kennungen: keine UUID, kein Betrag in Cent.
      expect(z).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      expect(z).not.toMatch(/betragCent|felder:/);
    }
    expect(new URL(seite.url()).searchParams.get('von')).toBe('2020-01-01');

    // Seiten: ohne Filter gibt es mehr als 50 Einträge (Demo-Daten und die Zugriffe dieses Tests).
    await seite.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await seite.getByText(/Alle Zugriffe: Einträge 1 bis/).waitFor();
    if ((await tabelle.getByRole('row').count()) > 50) {
      await seite.getByRole('button', { name: 'Nächste Seite' }).click();
      await seite.getByText(/Einträge 51 bis/).waitFor();
    }
    await kontext.close();
  });

  it('andere Rollen sehen eine deutsche Erklärung statt des Protokolls', async () => {
    const { kontext, seite } = await w.als('schwaben');
    expect(await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Protokoll' }).count()).toBe(0);
    await seite.goto('/protokoll');
    await seite.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();
    await seite.getByText(/Es ist der Rolle Datenschutz eines Trägers vorbehalten/).waitFor();
    expect(await seite.getByRole('table').count()).toBe(0);
    expect(await barrieren(seite)).toEqual([]);
    await kontext.close();
  });
});

describe('Hilfe und Normtexte', () => {
  it('Hilfetexte und Glossar; eine Norm öffnet den Dialog, Escape schließt ihn, der Fokus kehrt zurück', async () => {
    const { kontext, seite } = await w.als('prignitz');
    await seite.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Hilfe', exact: true }).click();
    await seite.getByRole('heading', { level: 1, name: 'Hilfe' }).waitFor();
    await seite.getByRole('heading', { name: 'Glossar' }).waitFor();
    for (const b of [
      'Übersicht',
      'Fälle',
      'Amtshilfe',
      'Erstattung',
      'Mehrkostenvergleich',
      'Prüfrechner',
      'Träger & Vereinbarung',
      'Protokoll',
    ])
      await seite.getByRole('heading', { level: 3, name: b }).waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await foto(seite, '76-hilfe');

    const knopf = seite.getByRole('region', { name: 'Erstattung' }).getByRole('button', { name: '§ 111 SGB X' });
    await knopf.click();
    const dialog = seite.getByRole('dialog', { name: '§ 111 SGB X' });
    await dialog.getByRole('heading', { name: '§ 111 Ausschlussfrist' }).waitFor();
    expect(await text(dialog)).toContain('zwölf Monate nach Ablauf des letzten Tages');
    expect(await barrieren(seite)).toEqual([]);
    await seite.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => fokusText(seite)).toBe('§ 111 SGB X');

    // §§ 187–193 BGB: sieben Paragraphen, jeder mit eigener Überschrift.
    await seite.getByRole('button', { name: '§§ 187–193 BGB' }).click();
    const bgb = seite.getByRole('dialog', { name: '§§ 187–193 BGB' });
    await bgb.getByRole('heading', { name: '§ 193 BGB – § 193 Sonn- und Feiertag; Sonnabend' }).waitFor();
    expect(await bgb.getByRole('heading', { level: 3 }).count()).toBe(7);
    await bgb.getByRole('button', { name: 'Schließen' }).click();
    await bgb.waitFor({ state: 'detached' });
    await kontext.close();
  });

  it('Normtexte: durchblättern, nachschlagen (a.F. mit hervorgehobenem Absatz), im Wortlaut suchen', async () => {
    const { kontext, seite } = await w.als('mittelfranken');
    await seite.goto('/hilfe');
    const normtexte = seite.getByRole('region', { name: 'Normtexte' });
    await normtexte.getByLabel('Gesetz', { exact: true }).selectOption({ label: 'SGB X – 135 Paragraphen' });
    await normtexte.getByLabel('Paragraph oder Überschrift filtern').fill('Ausschluss');
    const verzeichnis = normtexte.getByRole('navigation', { name: 'Paragraphen SGB X' });
    await verzeichnis.getByRole('button', { name: '§ 111 Ausschlussfrist' }).click();
    const anzeige = seite.getByRole('region', { name: '§ 111 SGB X' });
    await anzeige.getByText(/Der Anspruch auf Erstattung ist ausgeschlossen/).waitFor();
    await expect.poll(() => fokusId(seite)).toBe('normanzeige-titel');
    expect(new URL(seite.url()).searchParams.get('norm')).toBe('§ 111 SGB X');
    expect(await barrieren(seite)).toEqual([]);

    await normtexte.getByRole('textbox', { name: 'Zitat nachschlagen' }).fill('§ 98 Abs. 5 SGB XII a.F.');
    await normtexte.getByRole('button', { name: 'Nachschlagen' }).click();
    const alt = seite.getByRole('region', { name: '§ 98 Abs. 5 SGB XII a.F.' });
    await alt.getByRole('heading', { name: '§ 98 Örtliche Zuständigkeit' }).waitFor();
    const zitiert = alt.locator('.normtext-absatz--zitiert');
    expect(await text(zitiert.first())).toMatch(/^Zitierter Absatz: \(5\) Für die Leistungen nach diesem Buch/);
    expect(await text(alt)).toContain('Fassung 2012 für Altfälle');
    await foto(seite, '77-hilfe-normtext');
    await alt.screenshot({ path: `${bildschirme}/77a-hilfe-normtext-ausschnitt.png` });

    await normtexte.getByLabel('Im Wortlaut aller Gesetze suchen').fill('Gesamtplankonferenz');
    await normtexte.getByRole('button', { name: 'Suchen' }).click();
    await seite.getByRole('heading', { name: /Treffer für „Gesamtplankonferenz“/ }).waitFor();
    await normtexte.getByRole('button', { name: '§ 119 SGB IX – Gesamtplankonferenz' }).click();
    await seite
      .getByRole('region', { name: '§ 119 SGB IX' })
      .getByText(/\(1\) Mit Zustimmung des Leistungsberechtigten/)
      .waitFor();
    expect(await barrieren(seite)).toEqual([]);
    await kontext.close();
  });

  it('bei 320 px Breite ohne waagrechtes Scrollen (Hilfe, Register, Protokoll)', async () => {
    for (const [benutzer, pfad] of [
      ['cottbus', '/hilfe?norm=%C2%A7%2014%20SGB%20IX'],
      ['cottbus', '/traeger'],
      ['datenschutz.schwaben', '/protokoll'],
    ] as const) {
      const { kontext, seite } = await w.als(benutzer, { breite: 320 });
      await seite.goto(pfad);
      await seite.getByRole('heading', { level: 1 }).waitFor();
      await seite.waitForLoadState('networkidle');
      expect(await seite.evaluate(() => document.documentElement.scrollWidth), pfad).toBeLessThanOrEqual(320);
      expect(await barrieren(seite), pfad).toEqual([]);
      await foto(seite, `78-320px${pfad.replace(/\?.*/, '').replace(/\//g, '-')}`);
      await kontext.close();
    }
  });
});
