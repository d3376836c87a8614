// Hilfen für Tests, nur mit npm-Paketen (kein poppler): den Text eines PDF mit seinen Positionen
// lesen (pdf.js), eine Seite als PNG ablegen (pdf-to-img, zeichnet mit pdf.js), damit ein Mensch das
// Layout ansehen kann, und die Merkmale eines getaggten PDF/A aus den Objekten des PDF lesen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pdf as alsBilder } from 'pdf-to-img';
import { XMLValidator } from 'fast-xml-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Text je Seite, Leerraum zusammengefasst. */
  seiten: string[];
  /** Alle Seiten hintereinander. */
  text: string;
}

/** Ein Textstück mit seiner Stelle auf der Seite (Millimeter von links oben) und Schriftgröße (pt). */
export interface Textstueck {
  seite: number;
  text: string;
  xMm: number;
  yMm: number;
  /** Oberkante der Zeile (Grundlinie minus Schriftgröße) in Millimetern von oben. */
  obenMm: number;
  groessePt: number;
}

const ptInMm = (pt: number) => (pt * 25.4) / 72;

async function oeffne(pdf: Uint8Array) {
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
}

/**
 * Liest den Text jeder Seite eines PDF. `wieKopiert`: ohne pdf.js' Normalisierung (Ligaturen wie „ﬁ“
 * bleiben, wie die Unicode-Zuordnung des PDF sie nennt – der Text, den man aus dem PDF kopiert).
 */
export async function pdfText(pdf: Uint8Array, optionen: { wieKopiert?: boolean } = {}): Promise<PdfText> {
  const dokument = await oeffne(pdf);
  const seiten: string[] = [];
  for (let i = 1; i <= dokument.numPages; i++) {
    const inhalt = await (await dokument.getPage(i)).getTextContent({ disableNormalization: optionen.wieKopiert === true });
    const teile = inhalt.items.map((x) => ('str' in x ? `${x.str}${x.hasEOL ? '\n' : ''}` : ''));
    seiten.push(
      teile
        .join('')
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    );
  }
  await dokument.destroy();
  return { seiten, text: seiten.join('\n') };
}

/** Alle Textstücke mit Stelle und Schriftgröße (für die Maße nach DIN 5008). */
export async function pdfTextstuecke(pdf: Uint8Array): Promise<Textstueck[]> {
  const dokument = await oeffne(pdf);
  const stuecke: Textstueck[] = [];
  for (let i = 1; i <= dokument.numPages; i++) {
    const seite = await dokument.getPage(i);
    const hoehe = seite.view[3] ?? 842;
    const inhalt = await seite.getTextContent();
    for (const x of inhalt.items) {
      if (!('str' in x) || x.str.trim() === '') continue;
      const [a = 0, b = 0, , , e = 0, f = 0] = x.transform as number[];
      const groesse = Math.hypot(a, b);
      stuecke.push({
        seite: i,
        text: x.str,
        xMm: ptInMm(e),
        yMm: ptInMm(hoehe - f),
        obenMm: ptInMm(hoehe - f - groesse),
        groessePt: groesse,
      });
    }
  }
  await dokument.destroy();
  return stuecke;
}

/** Fließtext ohne Zeilenumbrüche (für Sätze, die umbrechen). */
export function fliesstext(t: string): string {
  return t.replace(/-\n(?=[a-zäöü])/g, '').replace(/\s+/g, ' ');
}

/** Legt die erste Seite eines PDF als PNG ab (gezeichnet mit pdf.js über pdf-to-img). */
export async function ersteSeiteAlsPng(pdf: Uint8Array, ziel: string, massstab = 1): Promise<void> {
  const dokument = await alsBilder(Buffer.from(pdf), { scale: massstab });
  try {
    const png = await dokument.getPage(1);
    mkdirSync(dirname(ziel), { recursive: true });
    writeFileSync(ziel, png);
  } finally {
    await dokument.destroy();
  }
}

/** Merkmale eines getaggten PDF/A, aus den Objekten des PDF gelesen. */
export interface PdfAMerkmale {
  /** /MarkInfo << /Marked true >> im Katalog. */
  markiert: boolean;
  /** Der Katalog verweist auf einen Strukturbaum (/StructTreeRoot). */
  strukturbaum: boolean;
  /** /Lang des Katalogs. */
  sprache: string | null;
  /** pdfaid:part und pdfaid:conformance aus den XMP-Metadaten. */
  pdfaTeil: string | null;
  pdfaKonformitaet: string | null;
  /** Die XMP-Metadaten sind wohlgeformtes XML (sonst liest kein Archiv die PDF/A-Kennung). */
  xmpWohlgeformt: boolean;
  /** Ausgabebedingung (/OutputIntents mit /DestOutputProfile). */
  ausgabebedingung: boolean;
  /** Namen der Schriften und ob jede eingebettet ist (/FontFile, /FontFile2 oder /FontFile3). */
  schriften: { name: string; eingebettet: boolean }[];
  /** Die Rollen des Strukturbaums in Lesereihenfolge (Tiefensuche), z. B. ["Document", "H1", "P", …]. */
  rollen: string[];
}

/** Die Objekte eines PDF ohne Objektströme (pdfkit schreibt Wörterbücher unkomprimiert): Nummer → Text. */
function objekte(pdf: Uint8Array): Map<number, string> {
  const roh = Buffer.from(pdf).toString('latin1');
  const m = new Map<number, string>();
  for (const x of roh.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const text = x[2] ?? '';
    // Nur das Wörterbuch, nicht der (binäre) Strom.
    const ende = text.indexOf('stream');
    m.set(Number(x[1]), ende >= 0 ? text.slice(0, ende) : text);
    if (/\/Type \/Metadata/.test(text)) m.set(-Number(x[1]), text);
  }
  return m;
}

export async function pdfAMerkmale(pdf: Uint8Array): Promise<PdfAMerkmale> {
  const obj = objekte(pdf);
  const alle = [...obj.entries()].filter(([n]) => n >= 0);
  const ref = (text: string, schluessel: string) => {
    const r = new RegExp(`/${schluessel} (\\d+) 0 R`).exec(text);
    return r ? (obj.get(Number(r[1])) ?? '') : null;
  };
  const katalog = alle.find(([, t]) => /\/Type \/Catalog/.test(t))?.[1] ?? '';
  const markInfo = ref(katalog, 'MarkInfo') ?? /\/MarkInfo <<[^>]*>>/.exec(katalog)?.[0] ?? '';
  const xmp = [...obj.entries()].find(([n]) => n < 0)?.[1] ?? '';
  const schriften = alle
    .filter(([, t]) => /\/Type \/FontDescriptor/.test(t))
    .map(([, t]) => ({ name: /\/FontName \/([^\s/]+)/.exec(t)?.[1] ?? '?', eingebettet: /\/FontFile[23]? \d+ 0 R/.test(t) }));
  // Schriften ohne Beschreibung (die 14 Standardschriften) sind nie eingebettet.
  for (const [, t] of alle)
    if (/\/Type \/Font\b/.test(t) && /\/Subtype \/(Type1|TrueType)/.test(t) && !/\/FontDescriptor/.test(t))
      schriften.push({ name: /\/BaseFont \/([^\s/]+)/.exec(t)?.[1] ?? '?', eingebettet: false });

  const dokument = await oeffne(pdf);
  const rollen: string[] = [];
  const besuche = (k: { role?: string; children?: unknown[] }) => {
    if (k.role && k.role !== 'Root') rollen.push(k.role);
    for (const c of k.children ?? []) if (c && typeof c === 'object' && 'role' in c) besuche(c as typeof k);
  };
  for (let i = 1; i <= dokument.numPages; i++) {
    const baum = (await (await dokument.getPage(i)).getStructTree()) as { role?: string; children?: unknown[] } | null;
    if (baum) besuche(baum);
  }
  await dokument.destroy();
  return {
    markiert: /\/Marked true/.test(markInfo),
    strukturbaum: /\/StructTreeRoot \d+ 0 R/.test(katalog),
    sprache: /\/Lang \(([^)]*)\)/.exec(katalog)?.[1] ?? null,
    pdfaTeil: /<pdfaid:part>([^<]*)</.exec(xmp)?.[1] ?? null,
    pdfaKonformitaet: /<pdfaid:conformance>([^<]*)</.exec(xmp)?.[1] ?? null,
    xmpWohlgeformt:
      XMLValidator.validate(/<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(Buffer.from(xmp, 'latin1').toString('utf8'))?.[0] ?? '') === true,
    ausgabebedingung: /\/OutputIntents \[/.test(katalog) && alle.some(([, t]) => /\/DestOutputProfile \d+ 0 R/.test(t)),
    schriften,
    rollen,
  };
}
