// Der Briefrahmen nach DIN 5008, Form B (A4): Briefkopf 45 mm, Anschriftfeld 85 × 45 mm ab
// 20 mm vom linken und 45 mm vom oberen Rand (17,7 mm Zusatz- und Vermerkzone mit der
// Rücksendeangabe, darunter 27,3 mm Anschriftzone), Bezugszeichenzeile bei 98,46 mm mit den
// Leitwörtern an den Fluchtlinien 25 / 75,8 / 126,6 / 177,4 mm, Falzmarken bei 105 und 210 mm,
// Lochmarke bei 148,5 mm, Seitenrand links 25 mm, rechts 20 mm. Folgeseiten tragen Kopfzeile,
// alle Seiten die Seitenzahl „Seite X von Y“.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { anschriftZeilen, datum, einzeilig, geschuetzt, iban } from './format.ts';
import type { Briefkopf } from './typen.ts';

/** Millimeter in PDF-Punkte (1 pt = 1/72 Zoll). */
export const mm = (x: number): number => (x * 72) / 25.4;

const rand = { links: 25, rechts: 20, oben: 27, unten: 27 };
const fluchtlinien = [25, 75.8, 126.6, 177.4];
const bezugszeichenzeile = 98.46;
/** Wo der Betreff beginnt: zwei Zeilen Bezugszeichen (bis zu drei mit Telefon) und eine Leerzeile. */
const betreffOben = 117;
export const farben = { text: '#1a1a1a', leitwort: '#555555', linie: '#7a7a7a', akzent: '#0b3b60' };

const ohneRand = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** Ein Block fester Breite an einer festen Stelle der ersten Seite (Maße in mm). */
function block(inhalt: Content, x: number, y: number, breite: number): Content {
  return {
    table: { widths: [mm(breite)], body: [[inhalt]] },
    layout: ohneRand,
    absolutePosition: { x: mm(x), y: mm(y) },
    rolle: 'Div',
  } as Content;
}

function text(t: string, x: number, y: number, stil: Record<string, unknown>, breite: number): Content {
  return block({ text: t, ...stil }, x, y, breite);
}

function briefkopf(k: Briefkopf): Content[] {
  const a = k.absender;
  const rechts = [
    ...anschriftZeilen(a.anschrift),
    ...(a.telefon ? [`Telefon ${a.telefon}`] : []),
    ...(a.email ? [a.email] : []),
    ...(a.leitwegId ? [`Leitweg-ID ${a.leitwegId}`] : []),
  ];
  return [
    // Name und Zusatz untereinander in einem Block: ein langer Name schiebt den Zusatz nach unten.
    block(
      {
        stack: [
          { text: a.name, fontSize: a.name.length > 40 ? 12 : 15, bold: true, color: farben.akzent, lineHeight: 1.1 },
          ...(a.zusatz
            ? [{ text: a.zusatz, fontSize: 8.5, color: farben.leitwort, margin: [0, mm(1.5), 0, 0] as [number, number, number, number] }]
            : []),
        ],
      },
      25,
      14,
      98,
    ),
    block({ stack: rechts.map((z) => ({ text: z })), fontSize: 8, lineHeight: 1.15, color: farben.leitwort }, 130, 14, 60),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: mm(165), y2: 0, lineWidth: 0.6, lineColor: farben.akzent }],
      absolutePosition: { x: mm(25), y: mm(38) },
    },
  ];
}

/** Schriftgröße der Rücksendeangabe: DIN 5008 verlangt mindestens 8 pt. */
export const ruecksendeangabeGroesse = 8;
/** Oberkante der Rücksendeangabe: die letzte Zeile der Zusatz- und Vermerkzone (45 bis 62,7 mm), direkt über der Anschriftzone. */
export const ruecksendeangabeOben = 58.9;
/** Oberkante der Anschriftzone (DIN 5008 Form B: 45 + 17,7 mm). */
export const anschriftzoneOben = 62.7;

/** Zeichen, die bei 8 pt Fira Sans sicher in 80 mm passen (mittlere Breite etwa 0,5 em). */
const zeichenJeZeile = 54;

function anschriftfeld(k: Briefkopf): Content[] {
  const e = k.empfaenger;
  // Zu lang für eine Zeile: ohne Straße; dann notfalls umbrechen.
  const voll = einzeilig(k.absender.name, k.absender.anschrift);
  const ruecksendeangabe =
    voll.length <= zeichenJeZeile ? voll : einzeilig(k.absender.name, { plz: k.absender.anschrift.plz, ort: k.absender.anschrift.ort });
  const ruecksendeZeilen = Math.min(3, Math.ceil(ruecksendeangabe.length / zeichenJeZeile));
  const zeilen = [e.name, ...(e.zusatz ? [e.zusatz] : []), ...anschriftZeilen(e.anschrift)];
  return [
    // Vermerke (hier „Zweitschrift“) stehen in der Zusatz- und Vermerkzone über der Rücksendeangabe.
    ...(k.zweitschrift ? [text('Zweitschrift', 25, 46, { fontSize: 9, bold: true }, 80)] : []),
    // Rücksendeangabe: unterste Zeile der Zusatz- und Vermerkzone, mindestens 8 pt, unterstrichen;
    // bricht sie um, beginnt sie so viele Zeilen höher, dass sie über der Anschriftzone endet.
    text(
      ruecksendeangabe,
      25,
      ruecksendeangabeOben - (ruecksendeZeilen - 1) * 3.9,
      { fontSize: ruecksendeangabeGroesse, decoration: 'underline', color: farben.leitwort },
      80,
    ),
    block({ stack: zeilen.map((z) => ({ text: z })), fontSize: 10, lineHeight: 1.1 }, 25, anschriftzoneOben + 0.8, 80),
  ];
}

function bezugszeichen(k: Briefkopf): Content[] {
  const ihr = [k.ihrZeichen ?? '', k.ihreNachrichtVom ? datum(k.ihreNachrichtVom) : ''].filter(Boolean).join(', ');
  const spalten: [string, string][] = [
    ['Ihr Zeichen, Ihre Nachricht vom', ihr],
    ['Unser Zeichen', k.unserZeichen],
    ['Ansprechpartner, Telefon', [k.ansprechpartner ?? '', k.telefon ?? ''].filter(Boolean).join('\n')],
    ['Datum', datum(k.datum)],
  ];
  return spalten.flatMap(([leitwort, wert], i) => {
    const x = fluchtlinien[i] ?? 25;
    const breite = i === 3 ? 23 : 48.8;
    return [
      text(leitwort, x, bezugszeichenzeile, { fontSize: 6.5, color: farben.leitwort }, breite),
      text(wert, x, bezugszeichenzeile + 3.4, { fontSize: 9, lineHeight: 1.1 }, breite),
    ];
  });
}

function marken(): Content {
  const linie = (y: number, laenge: number) => ({
    type: 'line' as const,
    x1: mm(3),
    y1: mm(y),
    x2: mm(3 + laenge),
    y2: mm(y),
    lineWidth: 0.4,
    lineColor: farben.linie,
  });
  return { canvas: [linie(105, 5), linie(148.5, 7), linie(210, 5)], absolutePosition: { x: 0, y: 0 } };
}

/** Geschäftsangaben im Fuß der ersten Seite: Anschrift, Erreichbarkeit, Leitweg-ID, Bankverbindung. */
function geschaeftsangaben(k: Briefkopf): Content {
  const a = k.absender;
  const spalte = (zeilen: string[]) => ({ stack: zeilen.map((z) => ({ text: z })), width: '*' });
  return {
    columns: [
      spalte([a.name, ...anschriftZeilen(a.anschrift)]),
      spalte([...(a.telefon ? [`Telefon ${a.telefon}`] : []), ...(a.email ? [`E-Mail ${a.email}`] : [])]),
      spalte([...(a.leitwegId ? [`Leitweg-ID ${a.leitwegId}`] : []), ...(a.iban ? [`IBAN ${iban(a.iban)}`] : [])]),
    ],
    columnGap: mm(4),
    fontSize: 6.5,
    color: farben.leitwort,
  };
}

export interface Rahmen {
  kopf: Briefkopf;
  /** Betreff (fett, ohne das Wort „Betreff“, DIN 5008). */
  betreff: string;
  /** Zweite Betreffzeile, z. B. das Pseudonym der Person. */
  betreffZusatz?: string | null;
  inhalt: Content[];
  titel: string;
}

/**
 * Der Absatz vor dem Gruß bleibt mit ihm auf einer Seite: beide bilden einen Block, der nicht
 * umbricht (leere Abstandhalter davor zählen nicht; vor einer Tabelle bleibt der Gruß für sich).
 */
function mitSchluss(inhalt: Content[]): Content[] {
  const i = inhalt.findIndex((x) => typeof x === 'object' && x !== null && 'schluss' in x);
  const gruss = inhalt[i];
  const vorher = inhalt[i - 1] as { text?: unknown } | undefined;
  if (i < 1 || !gruss || typeof vorher !== 'object' || vorher.text === undefined || vorher.text === '') return inhalt;
  return [...inhalt.slice(0, i - 1), { stack: [vorher as Content, gruss], unbreakable: true }, ...inhalt.slice(i + 1)];
}

/** Text für die XMP-Metadaten, die pdfkit nicht maskiert: „&“ → „und“, spitze Klammern → ‹ ›. */
function xmpSicher(t: string): string {
  return t
    .replace(/\s*&\s*/g, ' und ')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
}

/** Setzt den Inhalt in den Briefrahmen: erste Seite mit Kopf, Anschrift und Bezugszeichen, Folgeseiten mit Kopfzeile. */
export function briefrahmen(r: Rahmen): TDocumentDefinitions {
  const k = r.kopf;
  const ersteSeite: Content[] = [...briefkopf(k), ...anschriftfeld(k), ...bezugszeichen(k), marken()];
  return {
    pageSize: 'A4',
    pageMargins: [mm(rand.links), mm(rand.oben), mm(rand.rechts), mm(rand.unten)],
    // pdfkit schreibt Titel, Autor und Betreff unmaskiert in die XMP-Metadaten (PDF/A): ohne &, < und >.
    info: {
      title: xmpSicher(`${k.zweitschrift ? 'Zweitschrift: ' : ''}${r.titel} – ${r.betreff}`),
      author: xmpSicher(k.absender.name),
      subject: xmpSicher(r.betreff),
      creator: 'EGH-Clearing',
      producer: 'EGH-Clearing',
    },
    defaultStyle: { font: 'FiraSans', fontSize: 10, lineHeight: 1.25, color: farben.text },
    // Eine Überschrift nie allein am Seitenende (DIN 5008: Zusammengehöriges nicht trennen); den Gruß
    // hält mitSchluss mit dem Absatz davor zusammen.
    pageBreakBefore: (knoten, abfragen) => knoten.headlineLevel === 1 && abfragen.getFollowingNodesOnPage().length === 0,
    background: (seite) => (seite === 1 ? ersteSeite : null),
    header: (seite) =>
      seite === 1
        ? null
        : ({
            rolle: 'Artifact',
            text: `${k.zweitschrift ? 'Zweitschrift · ' : ''}${k.absender.name} · Unser Zeichen ${k.unserZeichen} · Schreiben vom ${datum(k.datum)}`,
            fontSize: 7.5,
            color: farben.leitwort,
            margin: [mm(rand.links), mm(12), mm(rand.rechts), 0],
          } as Content),
    footer: (seite, seiten) =>
      ({
        rolle: 'Artifact',
        stack: [
          ...(seite === 1 ? [geschaeftsangaben(k)] : []),
          { text: `Seite ${seite} von ${seiten}`, alignment: 'right', fontSize: 7.5, color: farben.leitwort, margin: [0, mm(1.5), 0, 0] },
        ],
        margin: [mm(rand.links), mm(seite === 1 ? 7 : 14), mm(rand.rechts), 0],
      }) as Content,
    content: [
      // Kopf, Anschrift und Bezugszeichen stehen absolut; der Betreff beginnt unter der Bezugszeichenzeile,
      // die Anrede folgt nach zwei Leerzeilen (DIN 5008).
      {
        stack: [{ text: r.betreff, fontSize: 10.5, rolle: 'H1' }, ...(r.betreffZusatz ? [{ text: r.betreffZusatz, rolle: 'P' }] : [])],
        bold: true,
        margin: [0, mm(betreffOben - rand.oben), 0, mm(8.5)],
      } as unknown as Content,
      ...mitSchluss(r.inhalt),
    ].map(geschuetzt),
  };
}
