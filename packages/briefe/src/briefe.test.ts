// Jeder Brief aus produkt.md als PDF: Empfänger, Bezugszeichen, Betreff, die Beträge und Fristen
// des Datensatzes und die Normen der Begründung des Regelwerks stehen im Text; die erste Seite
// liegt als PNG unter test-results/briefe/ zum Ansehen.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { beispiele } from './beispiele.ts';
import { dateiname, datumText, euro, renderBrief, type Briefdaten, type Entscheidungsauszug, type Vorlage, vorlagen } from './index.ts';
import { ersteSeiteAlsPng, fliesstext, pdfText } from './pruefhilfen.ts';

const ablage = join(import.meta.dirname, '../../../test-results/briefe');
const daten = beispiele();
const texte = new Map<Vorlage, { text: string; seiten: string[] }>();

async function brief<V extends Vorlage>(v: V, d: Briefdaten[V] = daten[v]): Promise<{ text: string; fliess: string; seiten: string[] }> {
  const pdf = await renderBrief(v, d);
  const t = await pdfText(pdf);
  return { text: t.text, fliess: fliesstext(t.text), seiten: t.seiten };
}

/** Jede Norm der Begründung steht im Brief (mit dem Anfang ihres Grundes). */
function pruefeBegruendung(fliess: string, e: Entscheidungsauszug | null | undefined): void {
  expect(e?.begruendung.length ?? 0).toBeGreaterThan(0);
  for (const s of e?.begruendung ?? []) {
    expect(fliess).toContain(s.norm);
    expect(fliess).toContain(s.text.slice(0, 40).replace(/\s+/g, ' '));
  }
}

beforeAll(async () => {
  for (const v of Object.keys(vorlagen) as Vorlage[]) {
    const pdf = await renderBrief(v, daten[v] as never);
    const t = await pdfText(pdf);
    texte.set(v, t);
    ersteSeiteAlsPng(pdf, join(ablage, `${v}.png`));
  }
}, 120_000);

describe('Briefe als PDF (DIN 5008 Form B)', () => {
  it('jede Vorlage ergibt ein PDF mit Briefkopf, Rücksendeangabe, Anschrift, Bezugszeichen und Seitenzahl; die erste Seite liegt als PNG vor', () => {
    for (const v of Object.keys(vorlagen) as Vorlage[]) {
      const d = daten[v];
      const t = texte.get(v);
      expect(t, v).toBeDefined();
      const erste = t?.seiten[0] ?? '';
      expect(erste).toContain(d.kopf.absender.name);
      // Rücksendeangabe: Absender in einer Zeile.
      if (d.kopf.absender.anschrift.ort) expect(erste).toContain(`${d.kopf.absender.name} · ${d.kopf.absender.anschrift.strasse}`);
      expect(erste).toContain(d.kopf.empfaenger.name);
      for (const leitwort of ['Ihr Zeichen, Ihre Nachricht vom', 'Unser Zeichen', 'Ansprechpartner, Telefon', 'Datum'])
        expect(erste).toContain(leitwort);
      expect(erste).toContain(d.kopf.unserZeichen);
      expect(erste).toContain(datumText(d.kopf.datum));
      expect(erste).toContain(`Seite 1 von ${t?.seiten.length}`);
      const png = join(ablage, `${v}.png`);
      expect(existsSync(png), png).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(10_000);
    }
  });

  it('Ersuchen um Amtshilfe: Aufgabe, erbetener Termin, übermittelte Daten mit Rechtsgrundlage und die Begründung des Regelwerks', async () => {
    const d = daten.ersuchen;
    const { fliess } = await brief('ersuchen');
    expect(fliess).toContain('Ersuchen um Amtshilfe nach § 3 SGB X – Gesamtplanung');
    expect(fliess).toContain('Leistungsberechtigte Person: P-4E4A2CE7D9C0 (Pseudonym)');
    expect(fliess).toContain('Wir bitten um Erledigung bis zum 11.08.2025.');
    expect(fliess).toContain('Lena Beispiel, geb. 12.04.1998');
    for (const x of d.daten) expect(fliess).toContain(x.norm ?? '–');
    pruefeBegruendung(fliess, d.amtshilfe);
    pruefeBegruendung(fliess, d.datenpruefung);
  });

  it('Ablehnung der Amtshilfe: der Grund, die eigenen Gründe, die Begründung zu § 4 SGB X und wer über den Streit entscheidet', async () => {
    const d = daten.antwort;
    const { fliess } = await brief('antwort');
    expect(fliess).toContain('Ablehnung der Amtshilfe (§ 4 SGB X)');
    expect(fliess).toContain('PR-50-2021-0042, 30.06.2025');
    expect(fliess).toContain('unverhältnismäßig großem Aufwand');
    expect(fliess).toContain(d.ablehnungBegruendung ?? '–');
    expect(fliess).toContain('§ 4 Abs. 3 Nr. 2 SGB X');
    expect(fliess).toContain(d.streitentscheidung ?? '–');
    pruefeBegruendung(fliess, d.pruefung);
  });

  it('Zusage der Amtshilfe nennt den Tag der Zusage', async () => {
    const { fliess } = await brief('antwort', {
      ...daten.antwort,
      antwort: 'angenommen',
      ablehnungsgrund: null,
      ablehnungBegruendung: null,
    });
    expect(fliess).toContain('Zusage der Amtshilfe (§ 3 SGB X)');
    expect(fliess).toContain('zugesagt am 02.07.2025');
    expect(fliess).not.toContain('Ablehnungsgrund');
  });

  it('Kostenanforderung: Pauschale aus dem Ergebnis, Rechnungsnummer, Leitweg-ID, IBAN, Beispielkennzeichnung und Begründung', async () => {
    const d = daten.kostenanforderung;
    const { fliess } = await brief('kostenanforderung');
    expect(fliess).toContain(`Kostenanforderung für Amtshilfe – Pauschale ${euro(d.abrechnung.erstattungCent)}`);
    expect(fliess).toContain('250,00 €');
    expect(fliess).toContain('Rechnungsnummer AH-45366E9E');
    expect(fliess).toContain('Ihre Leitweg-ID 12-121096894459866-05');
    expect(fliess).toContain('IBAN DE89 3704 0044 0532 0130 00');
    expect(fliess).toContain('BEISPIEL');
    expect(fliess).toContain('Rechnung als XRechnung (UBL)');
    pruefeBegruendung(fliess, d.pruefung);
  });

  it('Kostenanforderung für Auslagen nennt § 7 Abs. 1 Satz 2 SGB X und die Beschreibung', async () => {
    const d = daten.kostenanforderung;
    const { fliess } = await brief('kostenanforderung', {
      ...d,
      abrechnung: { am: '2025-07-30', erstattungsart: 'auslagen', erstattungCent: 12345, auslagenBeschreibung: 'Fahrtkosten 2 × 80 km' },
    });
    expect(fliess).toContain('Auslagen 123,45 €');
    expect(fliess).toContain('Auslagen nach § 7 Abs. 1 Satz 2 SGB X: Fahrtkosten 2 × 80 km');
    expect(fliess).not.toContain('BEISPIEL');
  });

  it('Anmeldung: Geltendmachung (§ 111 SGB X), Anspruchsgrundlage, Betrag und je Zeitraum die Frist aus dem Regelwerk', async () => {
    const d = daten.anmeldung;
    const { fliess } = await brief('anmeldung');
    expect(fliess).toContain('Anmeldung eines Erstattungsanspruchs (§ 111 SGB X) – § 16 Abs. 1 SGB IX');
    expect(fliess).toContain('Geltendmachung am 30.06.2025');
    expect(fliess).toContain(`Geforderter Betrag ${euro(d.forderungCent)}`);
    expect(euro(d.forderungCent)).toBe('13.387,50 €');
    for (const z of d.zeitraeume) {
      expect(fliess).toContain(`${datumText(z.von)} – ${datumText(z.bis)}`);
      expect(fliess).toContain(`${datumText(z.fristEnde)} (gewahrt)`);
    }
    expect(fliess).toContain('4.250,00 €');
    pruefeBegruendung(fliess, d.rechtsgrundlage);
    pruefeBegruendung(fliess, d.fristen);
  });

  it('Bezifferung: Aufstellung aus dem Ergebnis, Erstattungsbetrag, Zinsantrag und Belege als Anlage', async () => {
    const d = daten.bezifferung;
    const { fliess } = await brief('bezifferung');
    expect(fliess).toContain(`Bezifferung des Erstattungsanspruchs – ${euro(d.forderungCent)}`);
    expect(fliess).toContain('Bezifferung am 30.06.2025');
    expect(fliess).toContain('Leistungsaufwendungen 12.750,00 €');
    expect(fliess).toContain('Verwaltungskostenpauschale 637,50 €');
    expect(fliess).toContain('Erstattungsbetrag 13.387,50 €');
    expect(fliess).toContain('§ 108 Abs. 2 SGB X');
    expect(fliess).toContain('Anlagen Belege: Rechnung Wohnheim S. vom 06.05.2024');
    pruefeBegruendung(fliess, d.rechtsgrundlage);
  });

  it('Erinnerung an einen Erstattungsanspruch: Stand, Betrag, Verjährung nach § 113 SGB X und ihre Begründung', async () => {
    const d = daten.erinnerung;
    if (d.anlass !== 'erstattung') throw new Error('Beispiel ist eine Erinnerung an einen Erstattungsanspruch');
    const { fliess } = await brief('erinnerung');
    expect(fliess).toContain('Erinnerung: Erstattungsanspruch über 13.387,50 €');
    expect(fliess).toContain('angemeldet am 30.06.2025, beziffert am 30.06.2025');
    expect(fliess).toContain(`Verjährung (§ 113 SGB X) am ${datumText(d.verjaehrungEnde)}`);
    pruefeBegruendung(fliess, d.fristen);
  });

  it('Erinnerung an einen erbetenen Termin und an eine offene Kostenanforderung', async () => {
    const termin = await brief('erinnerung', {
      anlass: 'amtshilfeTermin',
      kopf: daten.ersuchen.kopf,
      aufgabe: 'gesamtplanung',
      personPseudonym: 'P-4E4A2CE7D9C0',
      gesendetAm: '2025-06-30',
      gewuenschtBis: '2025-08-11',
    });
    expect(termin.fliess).toContain('wir erinnern an unser Ersuchen um Amtshilfe vom 30.06.2025');
    expect(termin.fliess).toContain('bis zum 11.08.2025');
    const k = daten.kostenanforderung;
    const zahlung = await brief('erinnerung', {
      anlass: 'amtshilfeZahlung',
      kopf: k.kopf,
      aufgabe: k.aufgabe,
      personPseudonym: k.personPseudonym,
      abrechnung: k.abrechnung,
      rechnungsnummer: k.rechnungsnummer,
      pruefung: k.pruefung,
    });
    expect(zahlung.fliess).toContain('Erinnerung: Kostenanforderung AH-45366E9E über 250,00 €');
    pruefeBegruendung(zahlung.fliess, k.pruefung);
  });

  it('Vermerk Mehrkostenvergleich: Kosten, Mehrkosten, Einordnung, Rechtsprechung, Begründung und die Entscheidung eines Menschen', async () => {
    const d = daten.vermerkMehrkosten;
    const { fliess } = await brief('vermerkMehrkosten');
    expect(fliess).toContain('Vermerk zum Mehrkostenvergleich – Wohnheim S statt Wohnheim A');
    expect(fliess).toContain('2.652,30 €');
    expect(fliess).toContain('2.286,30 €');
    expect(fliess).toContain('Mehrkosten je Monat 366,00 €');
    expect(fliess).toContain('Mehrkosten in Prozent 16,01 %');
    expect(fliess).toContain('Abwägung im Einzelfall erforderlich');
    expect(fliess).toContain('SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10');
    expect(fliess).toContain('SG Karlsruhe, Entscheidung vom 28.11.2014 – S 1 SO 750/14 (14,00 % bis 18,00 %)');
    expect(fliess).toContain('Dem Wunsch wird entsprochen (bewilligt).');
    expect(fliess).toContain('Entschieden am 01.07.2025 von Mehmet Yılmaz.');
    pruefeBegruendung(fliess, d.regelwerk);
    const offen = await brief('vermerkMehrkosten', { ...d, entscheidung: null });
    expect(offen.fliess).toContain('Die Entscheidung steht aus.');
  });

  it('Beitrittserklärung: Vereinbarung, Fassung, erklärt und wirksam, Pauschalen als Beispiel gekennzeichnet', async () => {
    const { fliess } = await brief('beitrittserklaerung');
    expect(fliess).toContain('Beitrittserklärung zur Verwaltungsvereinbarung – Fassung ab 01.01.2025');
    expect(fliess).toContain('hiermit erklärt der Bezirk Schwaben seinen Beitritt');
    expect(fliess).toContain('Beitritt erklärt am 20.12.2024');
    expect(fliess).toContain('Wirksam ab 01.01.2025');
    expect(fliess).toContain('Gesamtplanung (§ 117 SGB IX) 250,00 €');
    expect(fliess).toContain('BEISPIEL');
  });

  it('lange Briefe laufen auf Folgeseiten mit Kopfzeile und „Seite X von Y“', async () => {
    const d = daten.anmeldung;
    const viele = Array.from({ length: 40 }, (_, i) => ({
      von: `2023-${String((i % 12) + 1).padStart(2, '0')}-01`,
      bis: `2023-${String((i % 12) + 1).padStart(2, '0')}-28`,
      betragCent: 100000 + i,
      fristEnde: '2024-12-31',
      gewahrt: true,
    }));
    const { seiten } = await brief('anmeldung', { ...d, zeitraeume: viele });
    expect(seiten.length).toBeGreaterThan(2);
    expect(seiten[1]).toContain(`Bezirk Schwaben · Unser Zeichen ${d.kopf.unserZeichen} · Schreiben vom 30.06.2025`);
    expect(seiten.at(-1)).toContain(`Seite ${seiten.length} von ${seiten.length}`);
    expect(seiten.join('\n')).toContain('Sehr geehrte Damen und Herren');
  });

  it('Dateinamen enthalten nur sichere Zeichen', () => {
    expect(dateiname('anmeldung', 'S-KE/2024 0420', '2025-06-30')).toBe('anmeldung_S-KE_2024_0420_2025-06-30.pdf');
  });
});
