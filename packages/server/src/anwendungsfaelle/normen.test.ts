// Zitate, wie das Regelwerk sie in Begründungen schreibt, werden zum richtigen Wortlaut aufgelöst:
// Gesetz, Fassung (a.F. = 2012), Paragraph, Absatz; Bereiche und „i.V.m.“ ergeben mehrere Teile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gesetze, gesetzesVerzeichnis, leseZitat, markdownAlsText, normiereGesetz, normtext, sucheNormen, verzeichnis } from './normen.ts';

describe('leseZitat', () => {
  it.each([
    ['§ 14 Abs. 1 Satz 2 SGB IX', { paragraphen: [{ von: '14' }], absatz: 1, satz: 2, gesetz: 'SGB IX', alteFassung: false }],
    ['§ 111 Satz 1 SGB X', { paragraphen: [{ von: '111' }], absatz: null, satz: 1, gesetz: 'SGB X', alteFassung: false }],
    ['§ 98 Abs. 5 SGB XII a.F.', { paragraphen: [{ von: '98' }], absatz: 5, satz: null, gesetz: 'SGB XII', alteFassung: true }],
    ['§ 98 Abs. 5 Satz 1 SGB XII a. F.', { paragraphen: [{ von: '98' }], absatz: 5, satz: 1, gesetz: 'SGB XII', alteFassung: true }],
    ['§§ 187–193 BGB', { paragraphen: [{ von: '187', bis: '193' }], absatz: null, satz: null, gesetz: 'BGB', alteFassung: false }],
    ['§§ 187 bis 193 BGB', { paragraphen: [{ von: '187', bis: '193' }], gesetz: 'BGB' }],
    ['§§ 187, 188 BGB', { paragraphen: [{ von: '187' }, { von: '188' }], gesetz: 'BGB' }],
    ['§ 26 Abs. 3 Satz 1 SGB X', { paragraphen: [{ von: '26' }], absatz: 3, satz: 1, gesetz: 'SGB X' }],
    ['§ 67b Abs. 1 SGB X', { paragraphen: [{ von: '67b' }], absatz: 1, gesetz: 'SGB X' }],
    ['§ 76 Abs. 2 Nr. 1a SGB X', { paragraphen: [{ von: '76' }], absatz: 2, gesetz: 'SGB X' }],
    ['§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX', { paragraphen: [{ von: '98' }], absatz: 1, satz: 1, gesetz: 'SGB IX' }],
    ['§ 204 Abs. 1 Nr. 1, Abs. 2 Satz 1 BGB', { paragraphen: [{ von: '204' }], absatz: 1, gesetz: 'BGB' }],
    ['§ 14 SGB 9', { paragraphen: [{ von: '14' }], gesetz: 'SGB IX' }],
  ])('%s', (zitat, erwartet) => {
    const [teil, ...rest] = leseZitat(zitat);
    expect(rest).toEqual([]);
    expect(teil).toMatchObject({ art: 'paragraph', ...erwartet });
  });

  it('trennt „i.V.m.“ und „;“ in Teile, jeder mit seinem Gesetz und seiner Fassung', () => {
    expect(leseZitat('§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X')).toMatchObject([
      { art: 'paragraph', paragraphen: [{ von: '14' }], absatz: 4, satz: 3, gesetz: 'SGB IX', alteFassung: true },
      { art: 'paragraph', paragraphen: [{ von: '105' }], gesetz: 'SGB X', alteFassung: false },
    ]);
    expect(leseZitat('§ 98 Abs. 2 Satz 3 SGB XII; § 98 Abs. 2 Satz 1 SGB IX')).toMatchObject([
      { gesetz: 'SGB XII', absatz: 2 },
      { gesetz: 'SGB IX', absatz: 2 },
    ]);
  });

  it('übernimmt ein fehlendes Gesetz vom folgenden Teil', () => {
    expect(leseZitat('§ 14 i.V.m. § 15 SGB IX')).toMatchObject([{ gesetz: 'SGB IX' }, { gesetz: 'SGB IX' }]);
  });

  it('erkennt Gerichtsentscheidungen, Artikel und Vereinbarungen', () => {
    expect(leseZitat('SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10')).toEqual([
      {
        art: 'entscheidung',
        roh: 'SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10',
        gericht: 'SG Freiburg',
        aktenzeichen: 'S 9 SO 2640/10',
      },
    ]);
    expect(leseZitat('BVerwG, Beschluss vom 18.08.2003 – 5 B 14/03')[0]).toMatchObject({ art: 'entscheidung', aktenzeichen: '5 B 14/03' });
    expect(leseZitat('Art. 26 Abs. 1 BTHG')[0]).toMatchObject({ art: 'artikel', artikel: '26', gesetz: 'BTHG' });
    expect(leseZitat('Verwaltungsvereinbarung der BAGüS zur Amtshilfe in der Eingliederungshilfe, Fassung ab 01.01.2025')[0]).toMatchObject(
      {
        art: 'vereinbarung',
      },
    );
  });

  it('normiert arabische Buchnummern des SGB', () => {
    expect(normiereGesetz('SGB 12')).toBe('SGB XII');
    expect(normiereGesetz('SGB x')).toBe('SGB X');
    expect(normiereGesetz('BGB')).toBe('BGB');
  });
});

describe('normtext', () => {
  it('§ 111 Satz 1 SGB X: der ganze Paragraph mit Überschrift, Gesetz, Stand und Quelle', () => {
    const n = normtext('§ 111 Satz 1 SGB X');
    expect(n).toMatchObject({ zitat: '§ 111 Satz 1 SGB X', titel: '§ 111 Ausschlussfrist', gefunden: true });
    expect(n.text).toMatch(
      /^Der Anspruch auf Erstattung ist ausgeschlossen, wenn der Erstattungsberechtigte ihn nicht spätestens zwölf Monate/,
    );
    expect(n.text).toContain('Der Lauf der Frist beginnt frühestens');
    expect(n.gesetz).toContain('Zehntes Buch');
    expect(n.stand).toBe('Juli/August 2026 (zuletzt geändert durch Art. 2 G v. 16.4.2026 I Nr. 106)');
    expect(n.quelle).toContain('gesetze-im-internet.de');
    expect(n.teile).toHaveLength(1);
    expect(n.teile[0]).toMatchObject({ kuerzel: 'SGB X', fassung: 'aktuell', paragraph: '111', absatz: null, satz: 1 });
  });

  it('§ 14 Abs. 1 Satz 2 SGB IX: die geltende Fassung (Leistender Rehabilitationsträger)', () => {
    const n = normtext('§ 14 Abs. 1 Satz 2 SGB IX');
    expect(n.titel).toBe('§ 14 Leistender Rehabilitationsträger');
    expect(n.text).toMatch(/^\(1\) Werden Leistungen zur Teilhabe beantragt/);
    expect(n.text).toContain('(2) Wird der Antrag nicht weitergeleitet');
  });

  it('§ 14 SGB IX a.F.: die Fassung von 2012 (Zuständigkeitsklärung) für Altfälle', () => {
    const n = normtext('§ 14 Abs. 4 Satz 1 SGB IX a.F.');
    expect(n.titel).toBe('§ 14 Zuständigkeitsklärung');
    expect(n.stand).toBe('Fassung 2012 für Altfälle (zuletzt geändert durch Art. 3 G v. 14.12.2012 I 2598)');
    expect(n.gesetz).toContain('a.F.');
    expect(n.teile[0]).toMatchObject({ fassung: '2012', absatz: 4 });
  });

  it('§ 98 Abs. 5 SGB XII a.F. und § 98 SGB IX sind verschiedene Texte', () => {
    const alt = normtext('§ 98 Abs. 5 SGB XII a.F.');
    const neu = normtext('§ 98 Abs. 5 Satz 1 SGB IX');
    expect(alt.gefunden && neu.gefunden).toBe(true);
    expect(alt.text).toContain(
      '(5) Für die Leistungen nach diesem Buch an Personen, die Leistungen nach dem Sechsten bis Achten Kapitel in Formen ambulanter',
    );
    expect(neu.text).not.toEqual(alt.text);
    expect(alt.stand).toContain('12.4.2012');
  });

  it('§§ 187–193 BGB: sieben Paragraphen, jeder mit eigener Überschrift', () => {
    const n = normtext('§§ 187–193 BGB');
    expect(n.gefunden).toBe(true);
    expect(n.teile.map((t) => t.zitat)).toEqual([
      '§ 187 BGB',
      '§ 188 BGB',
      '§ 189 BGB',
      '§ 190 BGB',
      '§ 191 BGB',
      '§ 192 BGB',
      '§ 193 BGB',
    ]);
    expect(n.teile[6]?.titel).toBe('§ 193 Sonn- und Feiertag; Sonnabend');
    expect(n.text).toContain('§ 188 BGB – § 188 Fristende');
  });

  it('„i.V.m.“: beide Normen, jede in ihrer Fassung', () => {
    const n = normtext('§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X');
    expect(n.teile.map((t) => [t.titel, t.fassung])).toEqual([
      ['§ 14 Zuständigkeitsklärung', '2012'],
      ['§ 105 Anspruch des unzuständigen Leistungsträgers', 'aktuell'],
    ]);
    expect(n.titel).toBe('§ 14 Zuständigkeitsklärung (SGB IX a.F.) · § 105 Anspruch des unzuständigen Leistungsträgers (SGB X)');
  });

  it('Gerichtsentscheidungen: gefunden false mit Hinweis auf Gericht und Aktenzeichen', () => {
    const n = normtext('SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10');
    expect(n).toMatchObject({ gefunden: false, titel: 'Gerichtsentscheidung' });
    expect(n.text).toContain('(S 9 SO 2640/10)');
    expect(n.text).toContain('Rechtsprechungsdatenbank');
  });

  it('nicht mitgelieferte Gesetze, fehlende Paragraphen und Unlesbares: gefunden false mit Erklärung', () => {
    expect(normtext('§ 64 Abs. 2 SGG')).toMatchObject({ gefunden: false, titel: 'Gesetz nicht mitgeliefert' });
    expect(normtext('§ 64 Abs. 2 SGG').text).toContain('Sozialgerichtsgesetz');
    expect(normtext('Art. 82 Abs. 1 Satz 1 AGSG').text).toContain('AGSG');
    expect(normtext('§ 300 BGB')).toMatchObject({ gefunden: false, titel: 'Paragraph nicht enthalten' });
    expect(normtext('§ 300 BGB').text).toContain('§§ 186–218');
    expect(normtext('§ 999 SGB X').gefunden).toBe(false);
    expect(normtext('irgendwas')).toMatchObject({ gefunden: false, titel: 'Zitat nicht erkannt' });
    expect(normtext('Verwaltungsvereinbarung der BAGüS zur Amtshilfe, Fassung ab 01.01.2025').text).toContain('Träger & Vereinbarung');
  });

  it('jede Norm, die das Regelwerk in den Begründungen der Szenarien zitiert, wird gefunden (außer Entscheidungen und nicht mitgelieferten Gesetzen)', async () => {
    const { pruefe, istProblem } = await import('@egh/recht');
    const verzeichnisPfad = join(import.meta.dirname, '../../../recht/src/pruefungen');
    const { readdirSync } = await import('node:fs');
    const zitate = new Set<string>();
    for (const datei of readdirSync(verzeichnisPfad).filter((d) => d.endsWith('.szenarien.json')))
      for (const s of JSON.parse(readFileSync(join(verzeichnisPfad, datei), 'utf8')) as {
        eingabe: Record<string, unknown> & { art: string };
      }[]) {
        const r = pruefe(s.eingabe);
        if (!istProblem(r)) for (const b of r.begruendung) zitate.add(b.norm);
      }
    expect(zitate.size).toBeGreaterThan(100);
    const fehlend = [...zitate].filter((z) => z.startsWith('§') && !/\b(SGG)\b/.test(z) && !normtext(z).gefunden);
    expect(fehlend).toEqual([]);
    for (const z of zitate) expect(normtext(z).text.length, z).toBeGreaterThan(40);
  });
});

describe('Gesetzestexte', () => {
  it('sind unveränderte Kopien von shared/gesetze-aktuell und shared/gesetze (wenn daneben vorhanden)', async () => {
    const { existsSync } = await import('node:fs');
    const shared = join(import.meta.dirname, '../../../../../shared');
    if (!existsSync(join(shared, 'gesetze-aktuell'))) return;
    for (const g of gesetze()) {
      const quelle =
        g.fassung === 'aktuell' ? join(shared, 'gesetze-aktuell', g.datei) : join(shared, 'gesetze', g.datei.replace('-fassung-2022', ''));
      expect(readFileSync(join(gesetzesVerzeichnis, g.datei), 'utf8'), g.datei).toBe(readFileSync(quelle, 'utf8'));
    }
  });

  it('öffnet eine seit 2022 geänderte Norm in der Fassung, die am Stichtag galt, und sagt welche', () => {
    // § 108 SGB X: seit 01.01.2024 „Soziale Entschädigung“ statt „Kriegsopferfürsorge“.
    const neu = normtext('§ 108 Abs. 2 SGB X', '2024-06-01');
    expect(neu.text).toContain('Sozialen Entschädigung');
    expect(neu.text).toContain('Geltende Fassung; sie gilt seit 01.01.2024, also auch am 01.06.2024.');
    expect(neu.teile[0]).toMatchObject({ fassung: 'aktuell' });
    const alt = normtext('§ 108 Abs. 2 SGB X', '2023-06-01');
    expect(alt.text).toContain('Kriegsopferfürsorge');
    expect(alt.text).not.toContain('Sozialen Entschädigung');
    expect(alt.text).toContain('Fassung, die am 01.06.2023 galt (Stand Anfang 2022). Der geltende Wortlaut gilt erst seit 01.01.2024.');
    expect(alt.teile[0]).toMatchObject({ fassung: '2022' });
    // § 37 Abs. 2 SGB X: vierter Tag für Sendungen ab 01.01.2025.
    expect(normtext('§ 37 Abs. 2 SGB X', '2025-03-01').text).toContain('am vierten Tag');
    expect(normtext('§ 37 Abs. 2 SGB X', '2024-03-01').text).toContain('am dritten Tag');
    // Ohne Stichtag: geltender Wortlaut mit dem Hinweis auf die Änderung.
    expect(normtext('§ 108 SGB X').text).toMatch(
      /^Geltende Fassung \(seit 01\.01\.2024\); der Wortlaut hat sich gegenüber Anfang 2022 geändert/,
    );
    // Unveränderte Norm: kein Hinweis.
    expect(normtext('§ 111 SGB X', '2016-01-01').text).toMatch(/^Der Anspruch auf Erstattung ist ausgeschlossen/);
  });

  it('§ 204a BGB gibt es erst seit 2023; ohne hinterlegtes Inkrafttreten steht die frühere Fassung darunter', () => {
    expect(normtext('§ 204a BGB', '2022-05-01').text).toMatch(
      /^Hinweis: § 204a BGB gilt erst seit 13\.10\.2023, galt am 01\.05\.2022 also noch nicht\./,
    );
    expect(normtext('§ 204a BGB', '2024-05-01').text).not.toContain('Hinweis');
    // § 67c SGB X (neuer Absatz 3 zu KI-Modellen): Inkrafttreten nicht hinterlegt.
    const n = normtext('§ 67c SGB X', '2022-05-01');
    expect(n.text).toContain('wann die Änderung in Kraft trat, ist hier nicht hinterlegt');
    expect(n.text).toContain('[Fassung Anfang 2022:]');
  });

  it('das Verzeichnis nennt dreizehn Gesetzesfassungen mit Gliederung und Paragraphen, die geltende zuerst', () => {
    const v = verzeichnis();
    expect(v.gesetze.map((g) => g.zitierweise)).toEqual([
      'SGB I',
      'SGB I (Fassung 2022)',
      'SGB IX',
      'SGB IX (Fassung 2022)',
      'SGB IX a.F.',
      'SGB X',
      'SGB X (Fassung 2022)',
      'SGB X a.F.',
      'SGB XII',
      'SGB XII (Fassung 2022)',
      'SGB XII a.F.',
      'BGB',
      'BGB (Fassung 2022)',
    ]);
    const bgb = v.gesetze.find((g) => g.schluessel === 'bgb');
    expect(bgb?.anzahlParagraphen).toBe(34); // mit § 204a
    expect(bgb?.eintraege.filter((e) => e.art === 'paragraph')[0]).toEqual({
      art: 'paragraph',
      nummer: '186',
      titel: 'Geltungsbereich',
      zitat: '§ 186 BGB',
    });
    const sgb12 = v.gesetze.find((g) => g.schluessel === 'sgb-12');
    expect(sgb12?.eintraege.some((e) => e.art === 'gliederung' && e.text === 'Inhaltsverzeichnis')).toBe(false);
  });

  it('Markdown wird zu lesbarem Text: Zeilen verbunden, Aufzählungen untereinander, Escapes entfernt', () => {
    expect(
      markdownAlsText([
        '(1) Eine Behörde kann',
        'ersuchen, wenn sie',
        '',
        '1.  aus rechtlichen',
        '    Gründen,',
        '',
        '',
        '2.  aus tatsächlichen.',
        '',
        '    a)  innen',
        '',
        '15\\. Juni',
      ]),
    ).toBe('(1) Eine Behörde kann ersuchen, wenn sie\n\n1. aus rechtlichen Gründen,\n2. aus tatsächlichen.\n    a) innen\n\n15. Juni');
  });

  it('die Suche findet Überschriften vor Textstellen', () => {
    const r = sucheNormen('Ausschlussfrist');
    expect(r.treffer[0]).toMatchObject({ zitat: '§ 111 SGB X', titel: 'Ausschlussfrist' });
    expect(sucheNormen('Amtshilfe', { gesetz: 'sgb-10' }).treffer.every((t) => t.schluessel === 'sgb-10')).toBe(true);
    expect(sucheNormen('  ').gesamt).toBe(0);
  });
});

describe('doppelte Paragraphen im Spiegel', () => {
  it('§ 148 SGB IX a.F. steht zweimal im Spiegel: beide Fassungen unter einer Nummer, einmal im Verzeichnis', () => {
    const n = normtext('§ 148 SGB IX a.F.');
    expect(n.text).toContain('[Weitere Fassung desselben Paragraphen im Spiegel:]');
    const alt = verzeichnis().gesetze.find((g) => g.schluessel === 'sgb-09-fassung-2012');
    expect(alt?.eintraege.filter((e) => e.art === 'paragraph' && e.nummer === '148')).toHaveLength(1);
  });
});
