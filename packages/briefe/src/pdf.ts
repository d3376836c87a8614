// PDF mit pdfmake. Schrift: Fira Sans (die Schrift des KERN-Designsystems) als TrueType aus dem
// npm-Paket @expo-google-fonts/fira-sans – eingebettet, nie zur Laufzeit geladen. pdfmake darf
// nur diese Schriftdateien lesen und keine Adresse abrufen.
//
// Schriften einmal je Prozess: pdfkit öffnet jede Schriftdatei für jedes Dokument neu, und fontkit
// zerlegt dann die Tabellen für Kerning und Ligaturen (GPOS/GSUB) jedes Mal wieder – das war mehr als
// die Hälfte der Zeit eines Briefs. Hier wird jede Datei einmal geöffnet (Schnitt); jedes Dokument
// bekommt eine eigene Sicht darauf (eigene Glyphen mit ihren Unicode-Zuordnungen, eigene Teilmenge
// für die Einbettung) über denselben zerlegten Tabellen. Dazu merkt sich der Schnitt die Formung
// schon gesetzter Wörter und die Maße und Umrisse jeder Glyphe. Die Schrift bleibt eingebettet und
// auf die benutzten Glyphen beschränkt; das PDF ist Byte für Byte dasselbe wie mit frisch geöffneten
// Schriften, gleich welche Briefe der Prozess vorher gesetzt hat (pdf.test.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const schriftVerzeichnis = dirname(require.resolve('@expo-google-fonts/fira-sans/package.json'));
const schrift = (datei: string) => join(schriftVerzeichnis, datei);

const schriften = {
  FiraSans: {
    normal: schrift('400Regular/FiraSans_400Regular.ttf'),
    bold: schrift('600SemiBold/FiraSans_600SemiBold.ttf'),
    italics: schrift('400Regular_Italic/FiraSans_400Regular_Italic.ttf'),
    bolditalics: schrift('600SemiBold_Italic/FiraSans_600SemiBold_Italic.ttf'),
  },
};

pdfmake.setFonts(schriften);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((pfad) => pfad.startsWith(schriftVerzeichnis));

// --- Schriften einmal je Prozess ---------------------------------------------------------------

/** Eine Glyphe in fontkit (nur was hier gebraucht wird). */
interface Glyphe {
  id: number;
  codePoints: number[];
  /** Maße (Vorschub, Seitenabstände); fontkit berechnet sie beim ersten Lesen. */
  _metrics?: object;
  _getMetrics(): object;
  /** Die Umrisse aus der glyf-Tabelle (für die Teilmenge beim Einbetten). */
  _decode(): unknown;
}
/** Stellung einer Glyphe (fontkits GlyphPosition). */
interface Stellung {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
/** Ergebnis von fontkits layout (GlyphRun), soweit pdfkit es liest. */
interface Lauf {
  glyphs: Glyphe[];
  positions: Stellung[];
  readonly advanceWidth: number;
}
/** Ein fontkit-Schriftobjekt (nur was hier gebraucht wird). */
interface FontkitSchrift {
  _glyphs: Record<number, Glyphe>;
  _cmapProcessor: unknown;
  layout: (this: FontkitSchrift, text: string, merkmale?: unknown, ...weitere: unknown[]) => Lauf;
  glyphsForString(text: string): Glyphe[];
  glyphForCodePoint(zeichen: number): Glyphe;
  getGlyph(id: number, zeichen: number[]): Glyphe;
  _getBaseGlyph: (this: FontkitSchrift, id: number, zeichen: number[]) => Glyphe | null;
}
/** pdfkits eingebettete Schrift (EmbeddedFont) eines Dokuments. */
interface PdfkitSchrift {
  font: FontkitSchrift;
}
type PdfkitSchriftKlasse = new (dokument: PdfmakeDokument, schrift: FontkitSchrift, id: string) => PdfkitSchrift;
/** pdfmakes Dokumentklasse (eine Unterklasse von pdfkits PDFDocument). */
interface PdfmakeDokument {
  _fontFamilies: Record<string, PdfkitSchrift>;
  _fontCount: number;
  _font: PdfkitSchrift | null;
  font(quelle: string): PdfmakeDokument;
  getFontFile(familie: string, fett: boolean, kursiv: boolean): string | null;
  provideFont: (this: PdfmakeDokument, familie: string, fett: boolean, kursiv: boolean) => PdfkitSchrift;
}
interface PdfmakeDokumentKlasse {
  new (schriften: object, bilder: object, muster: object, anhaenge: object, optionen: { autoFirstPage: boolean }): PdfmakeDokument;
  prototype: PdfmakeDokument;
}

// pdfkit und pdfmakes Dokumentklasse so auflösen, wie pdfmake selbst sie lädt (dieselben Module).
const ausPdfmake = createRequire(require.resolve('pdfmake'));
const Dokument = (ausPdfmake('./PDFDocument.js') as { default: PdfmakeDokumentKlasse }).default;

/** Wie viele gesetzte Wörter je Schriftschnitt im Speicher bleiben (die ältesten gehen zuerst). */
const wortSpeicherGroesse = 5_000;

/** Ein einmal gesetztes Wort: Glyphen (mit den Zeichen, aus denen fontkit sie bildete) und ihre Stellungen. */
interface GesetztesWort {
  /** Die geformten Glyphen (nach Ligaturen usw.) … */
  glyphen: number[];
  /** … mit den Zeichen, für die sie stehen. */
  zeichen: number[][];
  /** Je Glyphe xAdvance, yAdvance, xOffset, yOffset (Schrifteinheiten). */
  stellungen: number[];
}

/** Was fontkit je Glyphe aus der Schriftdatei liest: Maße und Umrisse – gleich für jedes Dokument. */
interface Glyphdaten {
  metriken: object;
  umriss: () => unknown;
}

/** Ein Schriftschnitt, einmal je Prozess geöffnet, mit den schon gelesenen Glyphen und gesetzten Wörtern. */
class Schnitt {
  private readonly woerter = new Map<string, GesetztesWort>();
  private readonly glyphdaten = new Map<number, Glyphdaten>();
  private readonly geteilt: FontkitSchrift;
  /** Hält die Glyphen, aus denen Maße und Umrisse gelesen werden. */
  private readonly vorrat: FontkitSchrift;
  /** Formt Wörter (fontkits layout) auf jeweils leeren Glyphen. */
  private readonly setzer: FontkitSchrift;

  constructor(geteilt: FontkitSchrift) {
    this.geteilt = geteilt;
    this.vorrat = this.neueSicht();
    this.setzer = this.neueSicht();
  }

  /** Eine Sicht auf die geteilte Schrift mit eigenen Glyphen, deren Maße und Umrisse geteilt sind. */
  private neueSicht(): FontkitSchrift {
    const s = Object.create(this.geteilt, { _glyphs: { value: {}, writable: true } }) as FontkitSchrift;
    const glyphe = this.geteilt._getBaseGlyph;
    s._getBaseGlyph = (id, zeichen) => {
      const neu = !s._glyphs[id];
      const g = glyphe.call(s, id, zeichen);
      if (neu && g && s !== this.vorrat) this.teile(g);
      return g;
    };
    return s;
  }

  /** Gibt einer neuen Glyphe die einmal gelesenen Maße und Umrisse ihrer Nummer. */
  private teile(g: Glyphe): void {
    let daten = this.glyphdaten.get(g.id);
    if (!daten) {
      const vorlage = this.vorrat.getGlyph(g.id, []);
      let umriss: unknown;
      let gelesen = false;
      daten = {
        metriken: vorlage._getMetrics(),
        umriss: () => {
          if (!gelesen) [umriss, gelesen] = [vorlage._decode(), true];
          return umriss;
        },
      };
      this.glyphdaten.set(g.id, daten);
    }
    g._metrics = daten.metriken;
    g._decode = daten.umriss;
  }

  /**
   * Eine Sicht eines Dokuments: die zerlegten Tabellen kommen von der geteilten Schrift, die
   * Glyphen (mit ihren Unicode-Zuordnungen für Textsuche und Kopieren im PDF) entstehen je
   * Dokument in derselben Reihenfolge wie beim Setzen mit einer frisch geöffneten Schrift – so
   * hängt kein Brief davon ab, welche Briefe der Prozess vorher gesetzt hat.
   */
  sicht(): FontkitSchrift {
    const s = this.neueSicht();
    const layout = this.geteilt.layout;
    s.layout = (text, merkmale, ...weitere) => {
      if (merkmale !== undefined || weitere.length > 0 || text === '') return layout.call(s, text, merkmale, ...weitere);
      return this.setze(s, text);
    };
    return s;
  }

  /** Setzt ein Wort mit der Sicht eines Dokuments; die Formung (GSUB/GPOS) kommt aus dem Wortspeicher. */
  private setze(sicht: FontkitSchrift, text: string): Lauf {
    const wort = this.woerter.get(text) ?? this.forme(text);
    // Dieselben Glyphen in derselben Reihenfolge anlegen wie fontkits layout: erst die Zeichen des
    // Texts, dann die geformten Glyphen, zuletzt das Leerzeichen (für ignorierbare Zeichen).
    sicht.glyphsForString(text);
    const glyphs = wort.glyphen.map((id, i) => sicht.getGlyph(id, wort.zeichen[i] ?? []));
    sicht.glyphForCodePoint(0x20);
    const s = wort.stellungen;
    const positions: Stellung[] = [];
    for (let i = 0; i < s.length; i += 4)
      positions.push({ xAdvance: s[i] ?? 0, yAdvance: s[i + 1] ?? 0, xOffset: s[i + 2] ?? 0, yOffset: s[i + 3] ?? 0 });
    return {
      glyphs,
      positions,
      get advanceWidth() {
        let breite = 0;
        for (const p of positions) breite += p.xAdvance;
        return breite;
      },
    };
  }

  /** Formt ein Wort mit fontkit (Ligaturen, Kerning) auf leeren Glyphen und legt es im Wortspeicher ab. */
  private forme(text: string): GesetztesWort {
    this.setzer._glyphs = {};
    const lauf = this.setzer.layout(text);
    const wort: GesetztesWort = {
      glyphen: lauf.glyphs.map((g) => g.id),
      zeichen: lauf.glyphs.map((g) => g.codePoints),
      stellungen: lauf.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    };
    if (this.woerter.size >= wortSpeicherGroesse) this.woerter.delete(this.woerter.keys().next().value ?? '');
    this.woerter.set(text, wort);
    return wort;
  }
}

/** Ob ein fontkit-Schriftobjekt die Teile hat, auf die die Sichten bauen (sonst setzt pdfkit wie vorher). */
function passend(s: PdfkitSchrift | null): s is PdfkitSchrift {
  const f = s?.font as Partial<FontkitSchrift> | undefined;
  return (
    typeof f?._glyphs === 'object' &&
    typeof f.layout === 'function' &&
    typeof f.glyphsForString === 'function' &&
    typeof f.glyphForCodePoint === 'function' &&
    typeof f.getGlyph === 'function' &&
    typeof f._getBaseGlyph === 'function'
  );
}

/** Je Schriftdatei ihr Schnitt; dazu pdfkits Klasse für eingebettete Schriften. */
let geladen: { schnitte: Map<string, Schnitt>; Eingebettet: PdfkitSchriftKlasse } | null = null;

function ladeSchriften(): NonNullable<typeof geladen> {
  if (geladen) return geladen;
  const schnitte = new Map<string, Schnitt>();
  let Eingebettet: PdfkitSchriftKlasse | null = null;
  // Ein Hilfsdokument öffnet jede Datei einmal über pdfkit (derselbe Weg wie beim Setzen).
  const hilfe = new Dokument({}, {}, {}, {}, { autoFirstPage: false });
  for (const datei of Object.values(schriften.FiraSans)) {
    const s = hilfe.font(datei)._font;
    if (!passend(s)) {
      // Andere pdfkit-/fontkit-Version: ohne Speicher setzen (langsamer, aber richtig).
      schnitte.clear();
      break;
    }
    void s.font._cmapProcessor; // die Zeichentabelle einmal für alle Sichten
    schnitte.set(datei, new Schnitt(s.font));
    Eingebettet = s.constructor as PdfkitSchriftKlasse;
  }
  geladen = { schnitte, Eingebettet: Eingebettet ?? (Object as unknown as PdfkitSchriftKlasse) };
  return geladen;
}

// pdfmake fragt jede Schrift eines Dokuments über provideFont an, das pdfkits font(datei) ruft;
// font(datei) nimmt eine schon unter dem Dateinamen hinterlegte Schrift. Hier wird sie vorher
// hinterlegt – mit derselben Kennung (F1, F2, …) und in derselben Reihenfolge wie pdfkit selbst.
const provideFont = Dokument.prototype.provideFont;
Dokument.prototype.provideFont = function (this: PdfmakeDokument, familie: string, fett: boolean, kursiv: boolean) {
  const datei = this.getFontFile(familie, fett, kursiv);
  if (datei !== null && !this._fontFamilies[datei]) {
    const { schnitte, Eingebettet } = ladeSchriften();
    const schnitt = schnitte.get(datei);
    if (schnitt) this._fontFamilies[datei] = new Eingebettet(this, schnitt.sicht(), `F${++this._fontCount}`);
  }
  return provideFont.call(this, familie, fett, kursiv);
};

// --- Getaggtes PDF/A ----------------------------------------------------------------------------
//
// Briefe einer Behörde müssen barrierefrei (§ 12a BGG) und archivierbar sein: PDF/A-3b (ISO 19005-3)
// mit eingebetteten Schriften, XMP-Metadaten (pdfaid:part/conformance), Ausgabebedingung sRGB (das
// ICC-Profil liefert pdfkit mit), Sprache de-DE und einer Struktur (Überschriften H1/H2, Absätze P,
// Tabellen Table/TR/TH/TD) in Lesereihenfolge. pdfkit kann all das (subset, tagged, lang, struct,
// markStructureContent); pdfmake reicht subset/tagged/lang durch, markiert aber keinen Inhalt. Das
// geschieht hier: Ein Knoten der Dokumentdefinition nennt seine Rolle (`rolle`); beim Umbruch
// (LayoutBuilder) entsteht daraus ein Strukturbaum in der Reihenfolge des Textes, jede Zeile merkt
// sich ihr Element; beim Zeichnen (Renderer) wird jede Zeile als markierter Inhalt ihres Elements
// geschrieben. Linien, Falzmarken, Kopf- und Fußzeilen sind Artefakte.

/** Rollen der Strukturelemente (PDF 1.7, 14.8.4). */
export type Rolle = 'H1' | 'H2' | 'P' | 'Table' | 'TH' | 'TD' | 'L' | 'LI' | 'Div' | 'Artifact';

/** Ein Element des Strukturbaums, wie der Umbruch es anlegt. */
interface Element {
  rolle: Rolle | 'Document' | 'TR';
  kinder: Element[];
  /** Hat das Element (oder eines seiner Kinder) Text? Leere Elemente kommen nicht ins PDF. */
  inhalt: boolean;
  eltern: Element | null;
  /** Bei einer Tabelle: ihre Zeilen nach Index. */
  zeilen?: Map<number, Element>;
  /** Das Element in pdfkit (beim Zeichnen angelegt). */
  pdf?: PdfkitStruktur;
}

interface PdfkitStruktur {
  add(kind: unknown): PdfkitStruktur;
  end(): void;
}
interface PdfkitMarkierung {
  options: { tagged?: boolean };
  struct(typ: string, optionen?: object): PdfkitStruktur;
  addStructure(e: PdfkitStruktur): void;
  markStructureContent(typ: string): unknown;
  markContent(typ: string, optionen?: object): void;
  endMarkedContent(): void;
}

/** Knoten der Dokumentdefinition mit den Angaben, die hier gelesen werden. */
interface Knoten {
  rolle?: Rolle;
  /** Zeile einer Tabellenzelle (TH/TD), damit die Zellen einer Zeile ein TR bilden. */
  zeile?: number;
}
interface Zeile {
  _element?: Element;
}

const blockRollen = new Set<Element['rolle']>(['H1', 'H2', 'P', 'TH', 'TD', 'LI', 'Artifact']);

function neuesElement(rolle: Element['rolle'], eltern: Element | null): Element {
  const e: Element = { rolle, kinder: [], inhalt: false, eltern };
  eltern?.kinder.push(e);
  return e;
}

/** Der Strukturbaum des Umbruchs, der gerade läuft (pdfmake bricht synchron um). */
let stapel: Element[] = [];

interface Umbruch {
  prototype: {
    processNode: (this: unknown, knoten: Knoten, ...weitere: unknown[]) => unknown;
    processLeaf: (this: unknown, knoten: Knoten) => unknown;
    buildNextLine: (this: unknown, knoten: Knoten) => Zeile | null;
    tryLayoutDocument: (this: unknown, ...argumente: unknown[]) => { pages: unknown[] };
    addBackground: (this: unknown, ...argumente: unknown[]) => unknown;
    addDynamicRepeatable: (this: unknown, ...argumente: unknown[]) => unknown;
  };
}
interface Zeichner {
  prototype: {
    pdfDocument: PdfkitMarkierung;
    renderPages: (this: Zeichner['prototype'], seiten: unknown[] & { _struktur?: Element }) => unknown;
    renderLine: (this: Zeichner['prototype'], zeile: Zeile, ...weitere: unknown[]) => unknown;
    renderVector: (this: Zeichner['prototype'], ...weitere: unknown[]) => unknown;
  };
}

const LayoutBuilder = (ausPdfmake('./LayoutBuilder.js') as { default: Umbruch }).default;
const Renderer = (ausPdfmake('./Renderer.js') as { default: Zeichner }).default;

const ohneStruktur = <T>(f: () => T): T => {
  const vorher = stapel;
  stapel = vorher.slice(0, 1);
  try {
    return f();
  } finally {
    stapel = vorher;
  }
};

const umbruch = LayoutBuilder.prototype;
const { processNode, processLeaf, buildNextLine, tryLayoutDocument, addBackground, addDynamicRepeatable } = umbruch;
umbruch.tryLayoutDocument = function (...argumente) {
  // pdfmake bricht neu um, wenn eine Überschrift allein am Seitenende stünde: jedes Mal ein neuer Baum.
  const wurzel = neuesElement('Document', null);
  stapel = [wurzel];
  try {
    const ergebnis = tryLayoutDocument.apply(this, argumente);
    (ergebnis.pages as unknown[] & { _struktur?: Element })._struktur = wurzel;
    return ergebnis;
  } finally {
    stapel = [];
  }
};
// Hintergrund (Briefkopf, Anschrift), Kopf- und Fußzeilen entstehen, wenn eine Seite beginnt bzw. am
// Ende: sie gehören unter die Wurzel, nicht in die Tabelle, die gerade umbricht.
umbruch.addBackground = function (...argumente) {
  return ohneStruktur(() => addBackground.apply(this, argumente));
};
umbruch.addDynamicRepeatable = function (...argumente) {
  return ohneStruktur(() => addDynamicRepeatable.apply(this, argumente));
};
umbruch.processNode = function (knoten, ...weitere) {
  const oben = stapel.at(-1);
  if (!knoten.rolle || !oben) return processNode.call(this, knoten, ...weitere);
  let eltern = oben;
  if ((knoten.rolle === 'TD' || knoten.rolle === 'TH') && oben.rolle === 'Table') {
    oben.zeilen ??= new Map();
    const nr = knoten.zeile ?? 0;
    eltern = oben.zeilen.get(nr) ?? neuesElement('TR', oben);
    oben.zeilen.set(nr, eltern);
  }
  stapel.push(oben.rolle === 'Artifact' ? oben : neuesElement(knoten.rolle, eltern));
  try {
    return processNode.call(this, knoten, ...weitere);
  } finally {
    stapel.pop();
  }
};
umbruch.processLeaf = function (knoten) {
  const oben = stapel.at(-1);
  // Text ohne eigene Rolle außerhalb eines Blockelements ist ein Absatz.
  if (!oben || blockRollen.has(oben.rolle)) return processLeaf.call(this, knoten);
  stapel.push(neuesElement('P', oben));
  try {
    return processLeaf.call(this, knoten);
  } finally {
    stapel.pop();
  }
};
umbruch.buildNextLine = function (knoten) {
  const zeile = buildNextLine.call(this, knoten);
  const e = stapel.at(-1);
  if (zeile && e) {
    zeile._element = e;
    for (let x: Element | null = e; x && !x.inhalt; x = x.eltern) x.inhalt = true;
  }
  return zeile;
};

/** Legt die Elemente des Baums in pdfkit an (in Lesereihenfolge), ohne leere. */
function legeAn(doc: PdfkitMarkierung, e: Element): PdfkitStruktur {
  const optionen = e.rolle === 'TH' ? { scope: 'Column' } : {};
  const s = doc.struct(e.rolle, optionen);
  e.pdf = s;
  for (const k of e.kinder) if (k.inhalt && k.rolle !== 'Artifact') s.add(legeAn(doc, k));
  return s;
}

const zeichner = Renderer.prototype;
const { renderPages, renderLine, renderVector } = zeichner;
/** Zeilen, die schon gezeichnet sind (wiederholte Tabellenköpfe sind beim zweiten Mal Artefakte). */
const gezeichnet = new WeakSet<Zeile>();
zeichner.renderPages = function (seiten) {
  const doc = this.pdfDocument;
  const wurzel = seiten._struktur;
  if (doc.options.tagged && wurzel) {
    const s = legeAn(doc, wurzel);
    doc.addStructure(s);
  }
  return renderPages.call(this, seiten);
};
zeichner.renderLine = function (zeile, ...weitere) {
  const doc = this.pdfDocument;
  if (!doc.options.tagged) return renderLine.call(this, zeile, ...weitere);
  const s = zeile._element?.pdf;
  if (s && !gezeichnet.has(zeile)) {
    gezeichnet.add(zeile);
    s.add(doc.markStructureContent(zeile._element?.rolle ?? 'P'));
  } else doc.markContent('Artifact', { type: 'Pagination' });
  try {
    return renderLine.call(this, zeile, ...weitere);
  } finally {
    doc.endMarkedContent();
  }
};
zeichner.renderVector = function (...weitere) {
  const doc = this.pdfDocument;
  if (!doc.options.tagged) return renderVector.apply(this, weitere);
  doc.markContent('Artifact', { type: 'Layout' });
  try {
    return renderVector.apply(this, weitere);
  } finally {
    doc.endMarkedContent();
  }
};

/**
 * Setzt eine Dokumentdefinition als getaggtes PDF/A-3b (Sprache de-DE). `schlicht` setzt dieselbe
 * Definition ohne Tags und ohne PDF/A – nur für die Messung in `npm run bench`, die den Aufwand
 * des Taggens im selben Lauf ausweist; Briefe gehen immer als PDF/A hinaus.
 */
export async function setze(d: TDocumentDefinitions, art: 'pdfa' | 'schlicht' = 'pdfa'): Promise<Uint8Array> {
  const optionen =
    art === 'pdfa'
      ? { version: '1.7' as const, subset: 'PDF/A-3b' as const, tagged: true, language: 'de-DE' }
      : { version: '1.7' as const };
  const puffer = await pdfmake.createPdf({ ...optionen, ...d }).getBuffer();
  return new Uint8Array(puffer.buffer, puffer.byteOffset, puffer.byteLength);
}
