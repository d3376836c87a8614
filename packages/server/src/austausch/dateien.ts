// Lesen und Schreiben von Austauschdateien: CSV (Semikolon, UTF-8 mit BOM, wie Excel es in
// Deutschland schreibt; beim Lesen auch Komma oder Tabulator und Windows-1252) und XLSX
// (exceljs, gestreamt). Zeilennummern zählen wie in der Tabellenkalkulation: Kopfzeile = 1.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { Readable as LesbarerStrom } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { type Zellwert, betragText, deutschesDatum, entschaerfe, excelDatum } from './zellen.ts';

export type Format = 'csv' | 'xlsx';

export interface Zeile {
  /** Zeilennummer in der Datei (Kopfzeile = 1). */
  nummer: number;
  zellen: Zellwert[];
}

/** XLSX-Dateien sind ZIP-Archive und beginnen mit „PK\x03\x04“. */
export function erkenneFormat(kopf: Uint8Array): Format {
  return kopf[0] === 0x50 && kopf[1] === 0x4b && kopf[2] === 0x03 && kopf[3] === 0x04 ? 'xlsx' : 'csv';
}

function trennzeichen(text: string): string {
  const ende = text.indexOf('\n');
  const erste = ende < 0 ? text : text.slice(0, ende);
  const zaehle = (z: string) => erste.split(z).length - 1;
  const kandidaten: [string, number][] = [
    [';', zaehle(';')],
    [',', zaehle(',')],
    ['\t', zaehle('\t')],
  ];
  kandidaten.sort((a, b) => b[1] - a[1]);
  return kandidaten[0]?.[1] ? kandidaten[0][0] : ';';
}

/** Eine Importdatei, die sich (auch mehrmals) von vorn lesen lässt, ohne ganz im Speicher zu liegen. */
export interface Importdatei {
  format: Format;
  /** Gültiges UTF-8 (sonst wird CSV als Windows-1252 gelesen). */
  utf8: boolean;
  /** Größe in Byte. */
  groesse: number;
  /** Der Inhalt als Strom von Stücken. */
  oeffne(): AsyncIterable<Uint8Array>;
}

/** Eine Datei im Speicher (Kommandozeile, Tests). */
export function dateiAusPuffer(daten: Buffer): Importdatei {
  return {
    format: erkenneFormat(daten),
    utf8: isUtf8(daten),
    groesse: daten.length,
    oeffne: async function* () {
      for (let i = 0; i < daten.length; i += 1 << 20) yield daten.subarray(i, i + (1 << 20));
    },
  };
}

/** Prüft UTF-8 Stück für Stück (ein Zeichen darf über die Grenze zweier Stücke reichen). */
export class Utf8Pruefung {
  #dekoder = new TextDecoder('utf-8', { fatal: true });
  gueltig = true;
  weiter(stueck: Uint8Array): void {
    if (!this.gueltig) return;
    try {
      this.#dekoder.decode(stueck, { stream: true });
    } catch {
      this.gueltig = false;
    }
  }
  ende(): boolean {
    this.weiter(new Uint8Array(0));
    if (this.gueltig)
      try {
        this.#dekoder.decode();
      } catch {
        this.gueltig = false;
      }
    return this.gueltig;
  }
}

/** Eine Datei auf dem Datenträger, gestreamt gelesen (Stücke von 1 MB). */
export async function dateiAusPfad(pfad: string): Promise<Importdatei> {
  const pruefung = new Utf8Pruefung();
  let groesse = 0;
  let kopf: Uint8Array = new Uint8Array(0);
  for await (const s of createReadStream(pfad, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (groesse === 0) kopf = s.subarray(0, 4);
    groesse += s.length;
    pruefung.weiter(s);
  }
  return {
    format: erkenneFormat(kopf),
    utf8: pruefung.ende(),
    groesse,
    oeffne: () => createReadStream(pfad, { highWaterMark: 1 << 20 }),
  };
}

/**
 * Liest eine CSV-Datei nach RFC 4180 (Felder in Anführungszeichen mit "" und Zeilenumbrüchen);
 * UTF-8 (mit oder ohne BOM), sonst Windows-1252. Ein eigener Leser statt csv-parse: Der Import
 * liest über eine Million Zeilen, und csv-parse schafft hier rund 100.000 Zeilen je Sekunde –
 * dieser Leser teilt Zeilen ohne Anführungszeichen mit `split` und ist rund zehnmal schneller
 * (bench/austausch.ts). Er liest einen Strom: Im Speicher liegt nur das aktuelle Stück (bis 1 MB)
 * und ein unvollständiger letzter Datensatz, gleich wie groß die Datei ist.
 */
async function* liesCsv(quelle: AsyncIterable<Uint8Array>, utf8: boolean): AsyncGenerator<Zeile[]> {
  const dekoder = new TextDecoder(utf8 ? 'utf-8' : 'windows-1252');
  let rest = '';
  let zeile = 1;
  let trenner = '';
  let erstes = true;
  const verarbeite = (text: string, letztes: boolean): Zeile[] => {
    if (erstes) {
      text = text.replace(/^\uFEFF/, '');
      erstes = false;
    }
    if (!trenner) trenner = trennzeichen(text.slice(0, 4096));
    const r = zerlegeCsv(text, trenner, zeile, letztes);
    rest = r.rest;
    zeile = r.naechsteZeile;
    // Ein Blick je Stück (schnell); die Zelle sucht erst, wer eines gefunden hat.
    if (text.includes('\u0000')) pruefeAufNul(r.zeilen);
    return r.zeilen;
  };
  // Stücke bis etwa 1 MB sammeln: Jeder Aufruf von zerlegeCsv hängt den Rest des vorigen an.
  let gesammelt: Uint8Array[] = [];
  let laenge = 0;
  for await (const s of quelle) {
    gesammelt.push(s);
    laenge += s.length;
    if (laenge < 1 << 20) continue;
    const text = rest + dekoder.decode(gesammelt.length === 1 ? gesammelt[0] : Buffer.concat(gesammelt), { stream: true });
    gesammelt = [];
    laenge = 0;
    const zeilen = verarbeite(text, false);
    if (zeilen.length) yield zeilen;
  }
  const text = rest + dekoder.decode(gesammelt.length ? Buffer.concat(gesammelt) : new Uint8Array(0));
  if (text || erstes) {
    const zeilen = verarbeite(text, true);
    if (zeilen.length) yield zeilen;
  }
}

/**
 * Zerlegt `text` in Datensätze. Ist `ende` falsch, bleibt ein unvollständiger letzter Datensatz
 * als `rest` für das nächste Stück.
 */
export function zerlegeCsv(
  text: string,
  trenner: string,
  ersteZeile: number,
  ende: boolean,
): { zeilen: Zeile[]; rest: string; naechsteZeile: number } {
  const zeilen: Zeile[] = [];
  let pos = 0;
  let zeile = ersteZeile;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) {
      if (!ende) break;
      nl = n;
    }
    const roh = text.charCodeAt(nl - 1) === 13 ? text.slice(pos, nl - 1) : text.slice(pos, nl);
    if (!roh.includes('"')) {
      if (roh.length) zeilen.push({ nummer: zeile, zellen: roh.split(trenner) });
      pos = nl + 1;
      zeile++;
      continue;
    }
    // Datensatz mit Anführungszeichen, Feld für Feld (auch über Zeilenumbrüche hinweg). Ein
    // Anführungszeichen öffnet nur am Anfang eines Feldes; mitten im Feld ist es ein Zeichen (so
    // bleibt ein von Hand geschriebenes {"auslagenCent": 1200} ohne Anführung lesbar).
    const zellen: string[] = [];
    let i = pos;
    let umbrueche = 0;
    let unvollstaendig = false;
    for (;;) {
      let feld = '';
      if (text.charCodeAt(i) === 34) {
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            if (ende) throw Object.assign(new Error(`Anführungszeichen in Zeile ${zeile} wird nicht geschlossen.`), { lines: zeile });
            unvollstaendig = true;
            break;
          }
          feld += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            feld += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        if (unvollstaendig) break;
        for (let k = feld.indexOf('\n'); k >= 0; k = feld.indexOf('\n', k + 1)) umbrueche++;
        i = j;
      }
      // Bis zum nächsten Trennzeichen oder Zeilenende (nach einem geschlossenen Feld: angehängt).
      let nl = text.indexOf('\n', i);
      if (nl < 0) {
        if (!ende) {
          unvollstaendig = true;
          break;
        }
        nl = n;
      }
      const t = text.indexOf(trenner, i);
      if (t >= 0 && t < nl) {
        feld += text.slice(i, t);
        zellen.push(feld);
        i = t + 1;
        continue;
      }
      feld += text.slice(i, text.charCodeAt(nl - 1) === 13 && nl > i ? nl - 1 : nl);
      zellen.push(feld);
      i = nl + 1;
      break;
    }
    if (unvollstaendig) break;
    zeilen.push({ nummer: zeile, zellen });
    zeile += 1 + umbrueche;
    pos = i;
  }
  return { zeilen, rest: text.slice(pos), naechsteZeile: zeile };
}

/**
 * NUL ist in keiner Zelle erlaubt: PostgreSQL speichert es in Text nicht (22021). Die Datei gilt
 * dann als unlesbar; die Meldung nennt Zeile und Spalte (`lines` wie bei csv-parse).
 */
function pruefeAufNul(zeilen: Zeile[]): void {
  for (const z of zeilen)
    z.zellen.forEach((w, i) => {
      if (typeof w === 'string' && w.includes('\u0000'))
        throw Object.assign(
          new Error(`Zeile ${z.nummer}, Spalte ${i + 1} enthält das Steuerzeichen NUL (\\u0000); es ist in keiner Zelle erlaubt.`),
          { lines: z.nummer },
        );
    });
}

/** exceljs-Zellwerte (Rich Text, Formeln, Hyperlinks) auf einfache Werte zurückführen. */
function einfach(w: unknown): Zellwert {
  if (w === null || w === undefined) return null;
  if (typeof w === 'string' || typeof w === 'number' || typeof w === 'boolean' || w instanceof Date) return w;
  if (typeof w === 'object') {
    const o = w as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if ('result' in o) return einfach(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error !== undefined) return typeof o.error === 'string' ? o.error : '#FEHLER';
  }
  return null;
}

/** Liest das erste Tabellenblatt einer XLSX-Datei, gestreamt. */
async function* liesXlsx(quelle: Readable): AsyncGenerator<Zeile[]> {
  const leser = new ExcelJS.stream.xlsx.WorkbookReader(quelle, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const blatt of leser) {
    for await (const zeile of blatt) {
      const werte = zeile.values as unknown[];
      // exceljs zählt Spalten ab 1; Index 0 ist leer.
      const zellen: Zellwert[] = [];
      for (let i = 1; i < werte.length; i++) zellen.push(einfach(werte[i]));
      pruefeAufNul([{ nummer: zeile.number, zellen }]);
      yield [{ nummer: zeile.number, zellen }];
    }
    // Nur das erste Blatt enthält Daten; weitere (z. B. Erläuterungen) werden nicht gelesen.
    break;
  }
}

/** Zeilen einer Austauschdatei in Blöcken (Format nach dem Dateiinhalt). */
export function liesBloecke(quelle: Buffer | Importdatei): { format: Format; bloecke: AsyncGenerator<Zeile[]> } {
  const datei = Buffer.isBuffer(quelle) ? dateiAusPuffer(quelle) : quelle;
  return {
    format: datei.format,
    bloecke: datei.format === 'xlsx' ? liesXlsx(LesbarerStrom.from(datei.oeffne())) : liesCsv(datei.oeffne(), datei.utf8),
  };
}

/** Zeilen einer Austauschdatei, eine nach der anderen. */
export function liesZeilen(quelle: Buffer | Importdatei): { format: Format; zeilen: AsyncGenerator<Zeile> } {
  const { format, bloecke } = liesBloecke(quelle);
  return {
    format,
    zeilen: (async function* () {
      for await (const b of bloecke) yield* b;
    })(),
  };
}

// ---------------------------------------------------------------------------------------------
// Schreiben

export type Spaltenart = 'text' | 'datum' | 'betrag' | 'janein' | 'zahl';

export interface Spalte {
  kopf: string;
  art: Spaltenart;
  breite?: number;
}

/** Roher Wert einer Ausgabezelle: Text, Datum als JJJJ-MM-TT, Betrag in Cent, Wahrheitswert. */
export type Ausgabewert = string | number | boolean | null | undefined;

function alsText(art: Spaltenart, w: Ausgabewert): string {
  if (w === null || w === undefined) return '';
  switch (art) {
    case 'datum':
      return deutschesDatum(String(w));
    case 'betrag':
      return betragText(Number(w));
    case 'janein':
      return w ? 'ja' : 'nein';
    case 'zahl':
      return String(w);
    case 'text':
      return entschaerfe(String(w));
  }
}

function alsZelle(art: Spaltenart, w: Ausgabewert): string | number | boolean | null {
  if (w === null || w === undefined || w === '') return null;
  switch (art) {
    case 'datum':
      return excelDatum(String(w));
    case 'betrag':
      return Number(w) / 100;
    case 'janein':
      return w ? 'ja' : 'nein';
    case 'zahl':
      return Number(w);
    case 'text':
      return entschaerfe(String(w));
  }
}

/** Schreibt Zeilen als CSV (Semikolon, UTF-8 mit BOM) oder XLSX in `ziel`. */
export async function schreibeTabelle(
  ziel: Writable,
  format: Format,
  blattname: string,
  spalten: Spalte[],
  zeilen: AsyncIterable<Ausgabewert[]> | Iterable<Ausgabewert[]>,
): Promise<void> {
  if (format === 'csv') {
    const s = stringify({ delimiter: ';', bom: true, record_delimiter: '\r\n' });
    const fertig = new Promise<void>((ok, fehler) => {
      ziel.on('finish', ok);
      ziel.on('error', fehler);
      s.on('error', fehler);
    });
    s.pipe(ziel);
    const schreibe = async (z: string[]) => {
      if (!s.write(z)) await new Promise((ok) => s.once('drain', ok));
    };
    await schreibe(spalten.map((x) => x.kopf));
    for await (const z of zeilen) await schreibe(spalten.map((x, i) => alsText(x.art, z[i])));
    s.end();
    return fertig;
  }
  const buch = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: ziel, useStyles: true, useSharedStrings: false });
  const blatt = buch.addWorksheet(blattname, { views: [{ state: 'frozen', ySplit: 1 }] });
  blatt.columns = spalten.map((x) => ({
    header: x.kopf,
    width: x.breite ?? Math.max(12, Math.min(40, x.kopf.length + 2)),
    style: x.art === 'datum' ? { numFmt: 'dd.mm.yyyy' } : x.art === 'betrag' ? { numFmt: '#,##0.00' } : {},
  }));
  blatt.getRow(1).font = { bold: true };
  blatt.getRow(1).commit();
  for await (const z of zeilen) blatt.addRow(spalten.map((x, i) => alsZelle(x.art, z[i]))).commit();
  blatt.commit();
  await buch.commit();
}

export const mimeTypen: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
