// Importdateien über die API: Der Rumpf wird als Strom gelesen und in eine Zwischendatei
// geschrieben (nie ganz in den Speicher); der Import liest sie danach als Strom, bei einer
// ungeordneten Datei auch zweimal. Die Grenze zählt die gelesenen Bytes: CSV bis
// EGH_IMPORT_MAX_MB, XLSX (ein ZIP-Archiv, das exceljs nicht in konstantem Speicher liest) bis
// EGH_IMPORT_XLSX_MAX_MB. Die Zwischendatei liegt in einem eigenen Verzeichnis (nur für den
// Prozess lesbar) und wird nach dem Import gelöscht; Reste eines abgebrochenen Prozesses räumt
// der nächste Start weg.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { type Format, type Importdatei, Utf8Pruefung, erkenneFormat } from './dateien.ts';

const praefix = 'egh-import-';

export interface Importgrenzen {
  csv: number;
  xlsx: number;
}

/** Die Datei ist größer als die Grenze ihres Formats. */
export class ZuGross extends Error {
  readonly format: Format;
  readonly grenze: number;
  constructor(format: Format, grenze: number) {
    super(`zu groß: ${format}`);
    this.format = format;
    this.grenze = grenze;
  }
}

export interface Zwischendatei extends Importdatei {
  pfad: string;
  /** Löscht die Zwischendatei (auch mehrfach aufrufbar). */
  weg(): Promise<void>;
}

/**
 * Schreibt `strom` in eine Zwischendatei und prüft dabei Format, Größe und UTF-8. Wirft `ZuGross`,
 * sobald die Grenze überschritten ist (der Rest wird nicht mehr gelesen).
 */
export async function legeZwischendateiAn(strom: Readable, grenzen: Importgrenzen, verzeichnis = tmpdir()): Promise<Zwischendatei> {
  const ordner = await mkdtemp(join(verzeichnis, `${praefix}${process.pid}-`));
  const pfad = join(ordner, 'datei');
  const weg = () => rm(ordner, { recursive: true, force: true });
  const ziel = createWriteStream(pfad, { mode: 0o600 });
  const geschrieben = new Promise<void>((ok, fehler) => {
    ziel.once('finish', ok);
    ziel.once('error', fehler);
  });
  const pruefung = new Utf8Pruefung();
  let groesse = 0;
  let kopf = Buffer.alloc(0);
  let format: Format | undefined;
  try {
    for await (const s of strom as AsyncIterable<Buffer>) {
      if (!format) {
        kopf = Buffer.concat([kopf, s.subarray(0, 4)]);
        if (kopf.length >= 4) format = erkenneFormat(kopf);
      }
      groesse += s.length;
      const grenze = format === 'xlsx' ? grenzen.xlsx : grenzen.csv;
      if (groesse > grenze) throw new ZuGross(format ?? 'csv', grenze);
      pruefung.weiter(s);
      if (!ziel.write(s)) await new Promise<void>((ok) => ziel.once('drain', ok));
    }
    ziel.end();
    await geschrieben;
  } catch (e) {
    strom.destroy();
    ziel.destroy();
    await weg();
    throw e;
  }
  return {
    format: format ?? erkenneFormat(kopf),
    utf8: pruefung.ende(),
    groesse,
    oeffne: () => createReadStream(pfad, { highWaterMark: 1 << 20 }),
    pfad,
    weg,
  };
}

/** Löscht Zwischendateien von Prozessen, die nicht mehr laufen (etwa nach kill -9). */
export async function raeumeZwischendateienAuf(verzeichnis = tmpdir()): Promise<number> {
  let geloescht = 0;
  for (const name of await readdir(verzeichnis).catch(() => [] as string[])) {
    const pid = Number(/^egh-import-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || laeuft(pid)) continue;
    await rm(join(verzeichnis, name), { recursive: true, force: true });
    geloescht++;
  }
  return geloescht;
}

function laeuft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
