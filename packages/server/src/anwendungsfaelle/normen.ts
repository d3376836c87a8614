// Normtexte: der Wortlaut der zitierten Normen aus den mitgelieferten Gesetzestexten
// (daten/gesetze: Wortlaut von gesetze-im-internet.de, Stand Juli/August 2026, dazu die Fassungen
// von Anfang 2022 und – für SGB IX, X, XII – von 2012 für Altfälle). Mit einem Stichtag öffnet eine
// Norm in der Fassung, die an diesem Tag galt, und sagt, welche das ist. Ein Zitat wird so gelesen, wie das Regelwerk
// es schreibt („§ 14 Abs. 1 Satz 2 SGB IX“, „§ 98 Abs. 5 SGB XII a.F.“, „§§ 187–193 BGB“,
// „§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X“); Gerichtsentscheidungen und nicht
// mitgelieferte Gesetze ergeben `gefunden: false` mit einem Hinweis, wo der Text zu finden ist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datumDe } from './gemeinsam.ts';

export type Fassung = 'aktuell' | '2022' | '2012';

interface Gesetzesdatei {
  schluessel: string;
  datei: string;
  kuerzel: string;
  fassung: Fassung;
  name: string;
}

/** Die mitgelieferten Dateien; `a.F.` wählt die Fassung von 2012 (recht.md §0.3: Zeitschichten). */
const dateien: Gesetzesdatei[] = [
  {
    schluessel: 'sgb-01',
    datei: 'sgb-01.md',
    kuerzel: 'SGB I',
    fassung: 'aktuell',
    name: 'Sozialgesetzbuch Erstes Buch (SGB I) – Allgemeiner Teil',
  },
  {
    schluessel: 'sgb-09',
    datei: 'sgb-09.md',
    kuerzel: 'SGB IX',
    fassung: 'aktuell',
    name: 'Sozialgesetzbuch Neuntes Buch (SGB IX) – Rehabilitation und Teilhabe von Menschen mit Behinderungen',
  },
  {
    schluessel: 'sgb-09-fassung-2012',
    datei: 'sgb-09-fassung-2012.md',
    kuerzel: 'SGB IX',
    fassung: '2012',
    name: 'Sozialgesetzbuch Neuntes Buch (SGB IX) a.F. – Rehabilitation und Teilhabe behinderter Menschen (Fassung von 2001, Stand 2012)',
  },
  {
    schluessel: 'sgb-10',
    datei: 'sgb-10.md',
    kuerzel: 'SGB X',
    fassung: 'aktuell',
    name: 'Sozialgesetzbuch Zehntes Buch (SGB X) – Sozialverwaltungsverfahren und Sozialdatenschutz',
  },
  {
    schluessel: 'sgb-10-fassung-2012',
    datei: 'sgb-10-fassung-2012.md',
    kuerzel: 'SGB X',
    fassung: '2012',
    name: 'Sozialgesetzbuch Zehntes Buch (SGB X) a.F. – Sozialverwaltungsverfahren und Sozialdatenschutz (Stand 2012)',
  },
  {
    schluessel: 'sgb-12',
    datei: 'sgb-12.md',
    kuerzel: 'SGB XII',
    fassung: 'aktuell',
    name: 'Sozialgesetzbuch Zwölftes Buch (SGB XII) – Sozialhilfe',
  },
  {
    schluessel: 'sgb-12-fassung-2012',
    datei: 'sgb-12-fassung-2012.md',
    kuerzel: 'SGB XII',
    fassung: '2012',
    name: 'Sozialgesetzbuch Zwölftes Buch (SGB XII) a.F. – Sozialhilfe (Stand 2012)',
  },
  {
    schluessel: 'bgb',
    datei: 'bgb-auszug-186-218.md',
    kuerzel: 'BGB',
    fassung: 'aktuell',
    name: 'Bürgerliches Gesetzbuch (BGB) – Auszug §§ 186–218 (Fristen, Termine, Verjährung)',
  },
  {
    schluessel: 'sgb-01-fassung-2022',
    datei: 'sgb-01-fassung-2022.md',
    kuerzel: 'SGB I',
    fassung: '2022',
    name: 'Sozialgesetzbuch Erstes Buch (SGB I) – Allgemeiner Teil (Stand Anfang 2022)',
  },
  {
    schluessel: 'sgb-09-fassung-2022',
    datei: 'sgb-09-fassung-2022.md',
    kuerzel: 'SGB IX',
    fassung: '2022',
    name: 'Sozialgesetzbuch Neuntes Buch (SGB IX) – Rehabilitation und Teilhabe von Menschen mit Behinderungen (Stand Anfang 2022)',
  },
  {
    schluessel: 'sgb-10-fassung-2022',
    datei: 'sgb-10-fassung-2022.md',
    kuerzel: 'SGB X',
    fassung: '2022',
    name: 'Sozialgesetzbuch Zehntes Buch (SGB X) – Sozialverwaltungsverfahren und Sozialdatenschutz (Stand Anfang 2022)',
  },
  {
    schluessel: 'sgb-12-fassung-2022',
    datei: 'sgb-12-fassung-2022.md',
    kuerzel: 'SGB XII',
    fassung: '2022',
    name: 'Sozialgesetzbuch Zwölftes Buch (SGB XII) – Sozialhilfe (Stand Anfang 2022)',
  },
  {
    schluessel: 'bgb-fassung-2022',
    datei: 'bgb-auszug-186-218-fassung-2022.md',
    kuerzel: 'BGB',
    fassung: '2022',
    name: 'Bürgerliches Gesetzbuch (BGB) – Auszug §§ 186–218 (Stand Anfang 2022)',
  },
];

export const gesetzesVerzeichnis = join(import.meta.dirname, '../../daten/gesetze');

const quelleText =
  'gesetze-im-internet.de (Wortlaut bis 19.08.2026); spätere Änderungen sind nicht enthalten – vor einer Verwendung im Bescheid am aktuellen Wortlaut prüfen';

const mitgeliefert =
  'SGB I, SGB IX, SGB X, SGB XII und BGB §§ 186–218 (jeweils Stand Juli/August 2026 und Anfang 2022; SGB IX, X und XII auch in der Fassung von 2012)';

/** Kurzbezeichnung jeder Fassung, wie sie die Oberfläche nennt. */
export const fassungsnamen: Record<Fassung, string> = {
  aktuell: 'geltende Fassung (Stand Juli/August 2026)',
  '2022': 'Fassung Anfang 2022',
  '2012': 'Fassung 2012 für Altfälle',
};

/**
 * Seit wann der geltende Wortlaut eines gegenüber Anfang 2022 geänderten Paragraphen gilt – nur
 * wo das Inkrafttreten der Änderung bekannt ist. Für frühere Stichtage öffnet die Norm in der
 * Fassung von Anfang 2022. Fehlt ein Paragraph hier, zeigt die Norm den geltenden Wortlaut und
 * darunter die frühere Fassung.
 */
export const geltendSeit: Record<string, Record<string, string>> = {
  // Gesetz zur Regelung des Sozialen Entschädigungsrechts vom 12.12.2019 (BGBl. I S. 2652): ab
  // 01.01.2024 „Soziale Entschädigung“ statt „Kriegsopferfürsorge“.
  'SGB X': { '103': '2024-01-01', '104': '2024-01-01', '105': '2024-01-01', '108': '2024-01-01', '37': '2025-01-01' },
  'SGB IX': { '16': '2024-01-01' },
  // Verbandsklagenrichtlinienumsetzungsgesetz vom 08.10.2023: § 204 Abs. 1 Nr. 1a aufgehoben, § 204a neu.
  BGB: { '204': '2023-10-13', '204a': '2023-10-13' },
};

export interface Paragraph {
  nummer: string;
  titel: string;
  text: string;
}

export type Verzeichniseintrag =
  { art: 'gliederung'; ebene: number; text: string } | { art: 'paragraph'; nummer: string; titel: string; zitat: string };

export interface Gesetz extends Gesetzesdatei {
  stand: string;
  quelle: string;
  /** Wie das Regelwerk das Gesetz zitiert: „SGB IX“ bzw. „SGB IX a.F.“. */
  zitierweise: string;
  eintraege: Verzeichniseintrag[];
  paragraphen: Map<string, Paragraph>;
  reihenfolge: string[];
}

/** Markdown des Spiegels → lesbarer Text: Absätze entbrochen, Aufzählungen eingerückt, Escapes entfernt. */
export function markdownAlsText(zeilen: string[]): string {
  const bloecke: string[][] = [];
  let block: string[] = [];
  for (const z of zeilen) {
    if (z.trim() === '') {
      if (block.length) bloecke.push(block);
      block = [];
    } else block.push(z);
  }
  if (block.length) bloecke.push(block);
  const teile: { text: string; liste: boolean }[] = [];
  for (const b of bloecke) {
    const erste = b[0] ?? '';
    const einzug = Math.floor((erste.length - erste.trimStart().length) / 4);
    const roh = b.map((z) => z.trim()).join(' ');
    const lesbar = (s: string) =>
      s.replace(/!\[[^\]]*\]\([^)]*\)/g, '[Abbildung – nur im amtlichen Text]').replace(/\\([\\.*_[\]()#+\-!`])/g, '$1');
    // Aufzählung nur ohne Escape: „15\. Juni“ ist ein Datum, kein Listenpunkt.
    const aufzaehlung = /^(\d+[a-z]?\.|[a-z]{1,3}\)|[*-])\s+(.*)$/.exec(roh);
    if (aufzaehlung) {
      const zeichen = aufzaehlung[1] === '*' || aufzaehlung[1] === '-' ? '–' : (aufzaehlung[1] ?? '');
      teile.push({ text: `${'    '.repeat(einzug)}${zeichen} ${lesbar(aufzaehlung[2] ?? '')}`, liste: true });
    } else teile.push({ text: `${'    '.repeat(einzug)}${lesbar(roh)}`, liste: false });
  }
  return teile
    .map((t, i) => (i === 0 ? t.text : `${t.liste && teile[i - 1]?.liste ? '\n' : '\n\n'}${t.text}`))
    .join('')
    .trim();
}

function stand(text: string, fassung: Fassung): string {
  const m = /^Zuletzt geändert durch\s*\n:\s+(.+)$/m.exec(text);
  const aenderung = m?.[1]?.trim();
  const zeit = fassung === '2012' ? 'Fassung 2012 für Altfälle' : fassung === '2022' ? 'Anfang 2022' : 'Juli/August 2026';
  return aenderung ? `${zeit} (zuletzt geändert durch ${aenderung})` : zeit;
}

/** Liest eine Gesetzesdatei: Gliederung und Paragraphen (ein § endet an der nächsten Überschrift). */
export function leseGesetz(d: Gesetzesdatei, inhalt: string): Gesetz {
  const zeilen = inhalt.replace(/\r\n/g, '\n').split('\n');
  const eintraege: Verzeichniseintrag[] = [];
  const paragraphen = new Map<string, Paragraph>();
  const reihenfolge: string[] = [];
  const zitierweise = d.fassung === '2012' ? `${d.kuerzel} a.F.` : d.fassung === '2022' ? `${d.kuerzel} (Fassung 2022)` : d.kuerzel;
  let offen: { nummer: string; titel: string; zeilen: string[] } | null = null;
  const schliessen = () => {
    if (offen) {
      const text = markdownAlsText(offen.zeilen);
      const vorher = paragraphen.get(offen.nummer);
      // Der Spiegel enthält einzelne Paragraphen zweimal (zwei zeitliche Fassungen, z. B. §§ 148–153
      // SGB IX a.F.): beide Texte bleiben erhalten, unter einer Nummer.
      if (vorher) vorher.text = `${vorher.text}\n\n[Weitere Fassung desselben Paragraphen im Spiegel:]\n\n${text}`;
      else {
        paragraphen.set(offen.nummer, { nummer: offen.nummer, titel: offen.titel, text });
        reihenfolge.push(offen.nummer);
      }
    }
    offen = null;
  };
  for (const z of zeilen) {
    const h = /^(#{1,6})\s+(.*)$/.exec(z);
    if (!h) {
      offen?.zeilen.push(z);
      continue;
    }
    schliessen();
    const ebene = (h[1] ?? '').length;
    const ueberschrift = (h[2] ?? '').trim();
    if (ebene === 1) continue;
    if (/^Inhaltsverzeichnis/i.test(ueberschrift)) continue;
    const p = /^§\s*(\d+[a-z]?)\b\s*(.*)$/.exec(ueberschrift);
    if (p) {
      const nummer = p[1] ?? '';
      const titel = (p[2] ?? '').trim();
      if (!eintraege.some((e) => e.art === 'paragraph' && e.nummer === nummer))
        eintraege.push({ art: 'paragraph', nummer, titel, zitat: `§ ${nummer} ${zitierweise}` });
      offen = { nummer, titel, zeilen: [] };
    } else eintraege.push({ art: 'gliederung', ebene: ebene - 1, text: ueberschrift });
  }
  schliessen();
  return { ...d, stand: stand(inhalt, d.fassung), quelle: quelleText, zitierweise, eintraege, paragraphen, reihenfolge };
}

let geladen: Gesetz[] | null = null;

const kuerzelfolge = ['SGB I', 'SGB IX', 'SGB X', 'SGB XII', 'BGB'];
const fassungsfolge: Fassung[] = ['aktuell', '2022', '2012'];
/** Je Gesetz die geltende Fassung zuerst, dann Anfang 2022, dann 2012. */
function reihenfolgeDerGesetze(d: Gesetzesdatei): number {
  return kuerzelfolge.indexOf(d.kuerzel) * 10 + fassungsfolge.indexOf(d.fassung);
}

/** Alle mitgelieferten Gesetze (einmal gelesen; die Dateien ändern sich zur Laufzeit nicht). */
export function gesetze(): Gesetz[] {
  geladen ??= [...dateien]
    .sort((a, b) => reihenfolgeDerGesetze(a) - reihenfolgeDerGesetze(b))
    .map((d) => leseGesetz(d, readFileSync(join(gesetzesVerzeichnis, d.datei), 'utf8')));
  return geladen;
}

function gesetzFuer(kuerzel: string, fassung: Fassung): Gesetz | undefined {
  return gesetze().find((g) => g.kuerzel === kuerzel && g.fassung === fassung);
}

// ---------------------------------------------------------------------------------------------
// Zitate lesen

export type Zitatteil =
  | {
      art: 'paragraph';
      roh: string;
      /** Einzelne §§ oder Bereiche („187–193“) in der Reihenfolge des Zitats. */
      paragraphen: { von: string; bis?: string }[];
      absatz: number | null;
      satz: number | null;
      gesetz: string | null;
      alteFassung: boolean;
    }
  | { art: 'artikel'; roh: string; artikel: string; gesetz: string | null }
  | { art: 'entscheidung'; roh: string; gericht: string; aktenzeichen: string | null }
  | { art: 'vereinbarung'; roh: string }
  | { art: 'unbekannt'; roh: string };

const roemisch: Record<string, string> = {
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
  '5': 'V',
  '6': 'VI',
  '7': 'VII',
  '8': 'VIII',
  '9': 'IX',
  '10': 'X',
  '11': 'XI',
  '12': 'XII',
  '14': 'XIV',
};

/** „SGB 9“, „SGB ix“ → „SGB IX“; andere Abkürzungen unverändert. */
export function normiereGesetz(g: string): string {
  const m = /^SGB\s*([IVXL]+|\d+)$/i.exec(g.trim());
  if (!m) return g.trim();
  const teil = (m[1] ?? '').toUpperCase();
  return `SGB ${roemisch[teil] ?? teil}`;
}

const gerichte = /^(BVerfG|BVerwG|BSG|BGH|BAG|BFH|LSG|SG|OVG|VGH|VG|LAG|OLG|LG|AG|EuGH)\b/;
const keinGesetz = new Set(['Abs', 'Satz', 'Nr', 'Hs', 'Halbsatz', 'Alt', 'Buchst', 'ff', 'f', 'bis', 'und', 'Var']);

function leseTeil(roh: string): Zitatteil {
  const t = roh.trim().replace(/\s+/g, ' ');
  if (gerichte.test(t) || /\b(Urteil|Beschluss|Gerichtsbescheid|Entscheidung)\b/.test(t)) {
    const gericht = (/^[^,–]+/.exec(t)?.[0] ?? t).trim();
    const az = /–\s*([^–;]+)$/.exec(t)?.[1]?.trim() ?? null;
    return { art: 'entscheidung', roh: t, gericht, aktenzeichen: az };
  }
  if (/Vereinbarung/i.test(t) && !/^§/.test(t)) return { art: 'vereinbarung', roh: t };
  const alt = /\s+a\.\s?F\.?$/.exec(t);
  const ohneFassung = alt ? t.slice(0, alt.index).trim() : t.replace(/\s+n\.\s?F\.?$/, '').trim();
  const gesetzMatch = /\s(SGB\s+(?:[IVXL]+|\d+)|[A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]*)\.?$/.exec(ohneFassung);
  let gesetz: string | null = null;
  let rest = ohneFassung;
  if (gesetzMatch && !keinGesetz.has((gesetzMatch[1] ?? '').replace(/\.$/, ''))) {
    gesetz = normiereGesetz(gesetzMatch[1] ?? '');
    rest = ohneFassung.slice(0, gesetzMatch.index).trim();
  }
  const artikel = /^Art\.?\s*(\d+[a-z]?)/.exec(rest);
  if (artikel) return { art: 'artikel', roh: t, artikel: artikel[1] ?? '', gesetz };
  const par = /^(§§?)\s*(.*)$/.exec(rest);
  if (!par) return { art: 'unbekannt', roh: t };
  const angaben = par[2] ?? '';
  const paragraphen: { von: string; bis?: string }[] = [];
  if (par[1] === '§§') {
    // „187–193“, „187 bis 193“, „187, 188“, „123 ff.“: Bereiche und Aufzählungen der §§.
    const liste = angaben.split(/\s+(?:Abs|Satz|Nr)\b/)[0] ?? '';
    for (const stueck of liste.split(/\s*(?:,|\bund\b)\s*/)) {
      const bereich = /^(\d+[a-z]?)\s*(?:–|-|\bbis\b)\s*(\d+[a-z]?)/.exec(stueck.trim());
      if (bereich) paragraphen.push({ von: bereich[1] ?? '', bis: bereich[2] ?? '' });
      else {
        const einzeln = /^(\d+[a-z]?)/.exec(stueck.trim());
        if (einzeln) paragraphen.push({ von: einzeln[1] ?? '' });
      }
    }
  } else {
    const einzeln = /^(\d+[a-z]?)\b/.exec(angaben);
    if (einzeln) paragraphen.push({ von: einzeln[1] ?? '' });
  }
  if (!paragraphen.length) return { art: 'unbekannt', roh: t };
  const absatz = /Abs\.?\s*(\d+)/.exec(angaben);
  const satz = /Satz\s*(\d+)|\bS\.\s*(\d+)/.exec(angaben);
  return {
    art: 'paragraph',
    roh: t,
    paragraphen,
    absatz: absatz ? Number(absatz[1]) : null,
    satz: satz ? Number(satz[1] ?? satz[2]) : null,
    gesetz,
    alteFassung: Boolean(alt),
  };
}

/**
 * Zerlegt ein Zitat in seine Teile: getrennt durch „;“ und „i.V.m.“. Fehlt einem Teil das Gesetz
 * („§ 14 i.V.m. § 15 SGB IX“), gilt das des nächsten Teils, das eines nennt.
 */
export function leseZitat(zitat: string): Zitatteil[] {
  const roh = zitat
    .split(/\s*;\s*|\s+i\.\s?V\.\s?m\.?\s+|\s+in Verbindung mit\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const teile = roh.map(leseTeil);
  for (let i = teile.length - 1; i >= 0; i--) {
    const t = teile[i];
    if (t?.art === 'paragraph' && t.gesetz === null) {
      const naechstes = teile.slice(i + 1).find((x) => x.art === 'paragraph' && x.gesetz !== null);
      if (naechstes?.art === 'paragraph') {
        t.gesetz = naechstes.gesetz;
        t.alteFassung = naechstes.alteFassung;
      }
    }
  }
  return teile;
}

// ---------------------------------------------------------------------------------------------
// Normtext zu einem Zitat

export interface Normteil {
  zitat: string;
  titel: string;
  text: string;
  gesetz: string;
  stand: string;
  quelle: string;
  gefunden: boolean;
  kuerzel: string | null;
  fassung: Fassung | null;
  paragraph: string | null;
  absatz: number | null;
  satz: number | null;
}

export interface Normtext {
  zitat: string;
  titel: string;
  text: string;
  gesetz: string;
  stand: string;
  quelle: string;
  gefunden: boolean;
  /** Jede zitierte Norm einzeln (bei „i.V.m.“, „;“ und §§-Bereichen mehrere). */
  teile: Normteil[];
}

const mitgelieferteAngabe = {
  gesetz: `Mitgelieferte Gesetzestexte: ${mitgeliefert}`,
  stand: 'Anfang 2022',
  quelle: quelleText,
};

function nichtGefunden(zitat: string, titel: string, text: string): Normteil {
  return {
    zitat,
    titel,
    text,
    ...mitgelieferteAngabe,
    gefunden: false,
    kuerzel: null,
    fassung: null,
    paragraph: null,
    absatz: null,
    satz: null,
  };
}

const bekannteGesetze: Record<string, string> = {
  SGG: 'Sozialgerichtsgesetz (SGG)',
  BTHG: 'Bundesteilhabegesetz (BTHG, Artikelgesetz vom 23.12.2016, BGBl. I S. 3234)',
  AGSG: 'Gesetz zur Ausführung der Sozialgesetze (AGSG, Bayern)',
  VwVfG: 'Verwaltungsverfahrensgesetz (VwVfG)',
  GG: 'Grundgesetz (GG)',
  BSHG: 'Bundessozialhilfegesetz (BSHG, bis 31.12.2004)',
  'SGB II': 'Sozialgesetzbuch Zweites Buch (SGB II)',
  'SGB III': 'Sozialgesetzbuch Drittes Buch (SGB III)',
  'SGB IV': 'Sozialgesetzbuch Viertes Buch (SGB IV)',
  'SGB V': 'Sozialgesetzbuch Fünftes Buch (SGB V)',
  'SGB VI': 'Sozialgesetzbuch Sechstes Buch (SGB VI)',
  'SGB VII': 'Sozialgesetzbuch Siebtes Buch (SGB VII)',
  'SGB VIII': 'Sozialgesetzbuch Achtes Buch (SGB VIII)',
  'SGB XI': 'Sozialgesetzbuch Elftes Buch (SGB XI)',
  'SGB XIV': 'Sozialgesetzbuch Vierzehntes Buch (SGB XIV)',
};

function gesetzNichtMitgeliefert(zitat: string, gesetz: string | null): Normteil {
  const name = gesetz ? (bekannteGesetze[gesetz] ?? gesetz) : 'das zitierte Gesetz';
  return nichtGefunden(
    zitat,
    'Gesetz nicht mitgeliefert',
    `Der Wortlaut von ${name} ist in EGH-Clearing nicht enthalten. Mitgeliefert sind ${mitgeliefert}. Den amtlichen Text finden Sie auf gesetze-im-internet.de${gesetz === 'AGSG' ? ' bzw. für Landesrecht in der Rechtssammlung des Landes (für Bayern: gesetze-bayern.de)' : ''}.`,
  );
}

/** Der Text eines Paragraphen als Normteil; `null`, wenn das Gesetz ihn nicht enthält. */
function paragraphTeil(
  g: Gesetz,
  nummer: string,
  t: { absatz: number | null; satz: number | null },
  zitat: string,
  hinweis?: string,
): Normteil | null {
  const p = g.paragraphen.get(nummer);
  if (!p) return null;
  return {
    zitat,
    titel: `§ ${p.nummer}${p.titel ? ` ${p.titel}` : ''}`,
    text: hinweis ? `${hinweis}\n\n${p.text}` : p.text,
    gesetz: g.name,
    stand: g.stand,
    quelle: g.quelle,
    gefunden: true,
    kuerzel: g.kuerzel,
    fassung: g.fassung,
    paragraph: p.nummer,
    absatz: t.absatz,
    satz: t.satz,
  };
}

function bereich(g: Gesetz, von: string, bis: string): string[] {
  const a = g.reihenfolge.indexOf(von);
  const b = g.reihenfolge.indexOf(bis);
  if (a < 0 || b < 0 || b < a) return [];
  return g.reihenfolge.slice(a, b + 1);
}

function teileFuer(t: Zitatteil, stichtag?: string): Normteil[] {
  switch (t.art) {
    case 'entscheidung':
      return [
        nichtGefunden(
          t.roh,
          'Gerichtsentscheidung',
          `„${t.roh}“ ist eine Gerichtsentscheidung, kein Gesetz. EGH-Clearing enthält nur Gesetzestexte; den Wortlaut der Entscheidung finden Sie mit Gericht, Datum und Aktenzeichen${t.aktenzeichen ? ` (${t.aktenzeichen})` : ''} in einer Rechtsprechungsdatenbank, etwa der Entscheidungsdatenbank der Sozialgerichtsbarkeit, bei juris oder auf den Seiten des Gerichts. Das Regelwerk nennt sie als Beleg für eine Auslegung; die Leitsätze stehen im Mehrkostenvergleich bei den Vergleichsentscheidungen.`,
        ),
      ];
    case 'vereinbarung':
      return [
        nichtGefunden(
          t.roh,
          'Verwaltungsvereinbarung',
          `„${t.roh}“ ist eine Vereinbarung der Träger, kein Gesetz. Ihre Fassungen, Pauschalen und Mitglieder stehen in EGH-Clearing unter „Träger & Vereinbarung“.`,
        ),
      ];
    case 'unbekannt':
      return [
        nichtGefunden(
          t.roh,
          'Zitat nicht erkannt',
          `„${t.roh}“ konnte nicht als Norm gelesen werden. Erwartet wird ein Zitat wie „§ 14 Abs. 1 Satz 2 SGB IX“, „§ 98 Abs. 5 SGB XII a.F.“ oder „§§ 187–193 BGB“.`,
        ),
      ];
    case 'artikel':
      return [gesetzNichtMitgeliefert(t.roh, t.gesetz)];
    case 'paragraph': {
      if (!t.gesetz) return [nichtGefunden(t.roh, 'Gesetz fehlt', `Im Zitat „${t.roh}“ fehlt das Gesetz (z. B. „SGB X“).`)];
      const gewuenscht = t.alteFassung ? '2012' : 'aktuell';
      let g = gesetzFuer(t.gesetz, gewuenscht);
      let hinweis: string | undefined;
      if (!g && t.alteFassung) {
        g = gesetzFuer(t.gesetz, '2022') ?? gesetzFuer(t.gesetz, 'aktuell');
        if (g) hinweis = `Hinweis: Eine Fassung des ${t.gesetz} von 2012 ist nicht mitgeliefert; gezeigt wird der Stand ${g.stand}.`;
      }
      if (!g) return [gesetzNichtMitgeliefert(t.roh, t.gesetz)];
      const gesetz = g;
      const nummern = t.paragraphen.flatMap((p) => (p.bis ? bereich(gesetz, p.von, p.bis) : [p.von]));
      const einzeln = nummern.length === 1 && t.paragraphen.length === 1 && !t.paragraphen[0]?.bis;
      const ergebnis: Normteil[] = [];
      for (const n of nummern.length ? nummern : t.paragraphen.map((p) => p.von)) {
        const zitat = einzeln ? t.roh : `§ ${n} ${gesetz.zitierweise}`;
        const angaben = einzeln ? t : { absatz: null, satz: null };
        const teil =
          gesetz.fassung === 'aktuell'
            ? fassungAmStichtag(gesetz, n, angaben, zitat, stichtag)
            : paragraphTeil(gesetz, n, angaben, zitat, hinweis);
        ergebnis.push(
          teil ??
            nichtGefunden(
              zitat,
              'Paragraph nicht enthalten',
              gesetz.kuerzel === 'BGB'
                ? `§ ${n} BGB ist im mitgelieferten Auszug des BGB (§§ 186–218) nicht enthalten. Den Wortlaut finden Sie auf gesetze-im-internet.de.`
                : `§ ${n} ist in der mitgelieferten Fassung des ${gesetz.zitierweise} (${gesetz.stand}) nicht enthalten. Prüfen Sie das Zitat oder die Fassung (aktuelle Fassung oder „a.F.“).`,
            ),
        );
      }
      return ergebnis;
    }
  }
}

const gleicherWortlaut = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Ein Paragraph in der Fassung, die am Stichtag galt: der geltende Wortlaut, außer er wurde nach
 * Anfang 2022 geändert und die Änderung trat nach dem Stichtag in Kraft (`geltendSeit`). Ist das
 * Inkrafttreten nicht hinterlegt, steht die frühere Fassung unter der geltenden. Ohne Stichtag:
 * der geltende Wortlaut, mit dem Hinweis, dass er sich seit Anfang 2022 geändert hat.
 */
function fassungAmStichtag(
  aktuell: Gesetz,
  n: string,
  t: { absatz: number | null; satz: number | null },
  zitat: string,
  stichtag: string | undefined,
): Normteil | null {
  const frueher = gesetzFuer(aktuell.kuerzel, '2022');
  const pa = aktuell.paragraphen.get(n);
  const pf = frueher?.paragraphen.get(n);
  const seit = geltendSeit[aktuell.kuerzel]?.[n];
  const am = stichtag ? ` am ${datumDe(stichtag)}` : '';
  if (!pa) {
    if (!pf || !frueher) return null;
    return paragraphTeil(
      frueher,
      n,
      t,
      zitat,
      `Hinweis: § ${n} ${aktuell.kuerzel} ist in der geltenden Fassung (Stand ${aktuell.stand}) weggefallen; gezeigt wird der Stand Anfang 2022.`,
    );
  }
  if (!pf) {
    if (!frueher || !stichtag || !seit || stichtag >= seit) return paragraphTeil(aktuell, n, t, zitat);
    return paragraphTeil(
      aktuell,
      n,
      t,
      zitat,
      `Hinweis: § ${n} ${aktuell.kuerzel} gilt erst seit ${datumDe(seit)}, galt${am} also noch nicht.`,
    );
  }
  if (gleicherWortlaut(pa.text, pf.text)) return paragraphTeil(aktuell, n, t, zitat);
  if (!stichtag)
    return paragraphTeil(
      aktuell,
      n,
      t,
      zitat,
      `Geltende Fassung${seit ? ` (seit ${datumDe(seit)})` : ''}; der Wortlaut hat sich gegenüber Anfang 2022 geändert. Für einen früheren Sachverhalt die Norm mit dessen Datum öffnen.`,
    );
  if (seit && stichtag < seit && frueher)
    return paragraphTeil(
      frueher,
      n,
      t,
      zitat,
      `Fassung, die${am} galt (Stand Anfang 2022). Der geltende Wortlaut gilt erst seit ${datumDe(seit)}.`,
    );
  if (seit) return paragraphTeil(aktuell, n, t, zitat, `Geltende Fassung; sie gilt seit ${datumDe(seit)}, also auch${am}.`);
  const teil = paragraphTeil(
    aktuell,
    n,
    t,
    zitat,
    `Geltende Fassung. Der Paragraph wurde nach Anfang 2022 geändert; wann die Änderung in Kraft trat, ist hier nicht hinterlegt. Galt${am} noch die frühere Fassung, ist es die unten stehende.`,
  );
  return teil
    ? {
        ...teil,
        text: `${teil.text}

[Fassung Anfang 2022:]

${pf.text}`,
      }
    : null;
}

function eindeutig(werte: string[]): string {
  return [...new Set(werte)].join('; ');
}

/** Der Wortlaut zu einem Zitat, wie das Regelwerk es schreibt. */
export function normtext(zitat: string, stichtag?: string): Normtext {
  const z = zitat.trim();
  const teile = leseZitat(z).flatMap((t) => teileFuer(t, stichtag));
  if (!teile.length) teile.push(teileFuer({ art: 'unbekannt', roh: z })[0] as Normteil);
  const [erster] = teile;
  if (teile.length === 1 && erster) {
    const { zitat: _z, kuerzel: _k, fassung: _f, paragraph: _p, absatz: _a, satz: _s, ...rest } = erster;
    return { zitat: z, ...rest, teile };
  }
  const gefundene = teile.filter((t) => t.gefunden);
  const basis = gefundene.length ? gefundene : teile;
  return {
    zitat: z,
    titel: teile
      .map((t) =>
        t.gefunden ? `${t.titel} (${t.kuerzel}${t.fassung === '2012' ? ' a.F.' : t.fassung === '2022' ? ', Fassung 2022' : ''})` : t.titel,
      )
      .join(' · '),
    text: teile.map((t) => `${t.zitat} – ${t.titel}\n\n${t.text}`).join('\n\n\n'),
    gesetz: eindeutig(basis.map((t) => t.gesetz)),
    stand: eindeutig(basis.map((t) => t.stand)),
    quelle: eindeutig(basis.map((t) => t.quelle)),
    gefunden: gefundene.length > 0,
    teile,
  };
}

// ---------------------------------------------------------------------------------------------
// Verzeichnis und Suche (Hilfe)

export interface Gesetzeintrag {
  schluessel: string;
  kuerzel: string;
  zitierweise: string;
  fassung: Fassung;
  name: string;
  stand: string;
  quelle: string;
  anzahlParagraphen: number;
  eintraege: Verzeichniseintrag[];
}

export function verzeichnis(): { hinweis: string; gesetze: Gesetzeintrag[] } {
  return {
    hinweis: `Mitgeliefert: ${mitgeliefert}. Quelle: ${quelleText}.`,
    gesetze: gesetze().map((g) => ({
      schluessel: g.schluessel,
      kuerzel: g.kuerzel,
      zitierweise: g.zitierweise,
      fassung: g.fassung,
      name: g.name,
      stand: g.stand,
      quelle: g.quelle,
      anzahlParagraphen: g.reihenfolge.length,
      eintraege: g.eintraege,
    })),
  };
}

export interface Suchtreffer {
  zitat: string;
  schluessel: string;
  kuerzel: string;
  fassung: Fassung;
  nummer: string;
  titel: string;
  ausschnitt: string;
}

/** Volltextsuche in Überschriften und Wortlaut (ohne Groß-/Kleinschreibung); Überschriften zuerst. */
export function sucheNormen(begriff: string, o: { gesetz?: string; hoechstens?: number } = {}): { treffer: Suchtreffer[]; gesamt: number } {
  const q = begriff.trim().toLocaleLowerCase('de');
  if (!q) return { treffer: [], gesamt: 0 };
  const imTitel: Suchtreffer[] = [];
  const imText: Suchtreffer[] = [];
  for (const g of gesetze()) {
    if (o.gesetz && g.schluessel !== o.gesetz) continue;
    for (const n of g.reihenfolge) {
      const p = g.paragraphen.get(n);
      if (!p) continue;
      const titelTreffer = p.titel.toLocaleLowerCase('de').includes(q) || `§ ${p.nummer}` === q.replace(/\s+/g, ' ');
      const stelle = p.text.toLocaleLowerCase('de').indexOf(q);
      if (!titelTreffer && stelle < 0) continue;
      const flach = p.text.replace(/\s+/g, ' ');
      const pos = stelle < 0 ? 0 : flach.toLocaleLowerCase('de').indexOf(q);
      const start = Math.max(0, pos - 80);
      const ausschnitt = `${start > 0 ? '… ' : ''}${flach.slice(start, start + 220).trim()}${start + 220 < flach.length ? ' …' : ''}`;
      const t = {
        zitat: `§ ${p.nummer} ${g.zitierweise}`,
        schluessel: g.schluessel,
        kuerzel: g.kuerzel,
        fassung: g.fassung,
        nummer: p.nummer,
        titel: p.titel,
        ausschnitt,
      };
      (titelTreffer ? imTitel : imText).push(t);
    }
  }
  const alle = [...imTitel, ...imText];
  return { treffer: alle.slice(0, o.hoechstens ?? 50), gesamt: alle.length };
}
