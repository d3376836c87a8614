// /import und /export: Erstattungsansprüche (und Fälle) als CSV oder XLSX (docs/AUSTAUSCH.md).
// Der Import ist alles oder nichts und antwortet mit einem Bericht (Zeile, Spalte, Meldung); der
// Export nimmt dieselben Filter wie GET /api/v1/erstattungsansprueche.
import { readFile } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { erstattungStatus } from '../db/schema.ts';
import { heute } from '../anwendungsfaelle/gemeinsam.ts';
import { Fachfehler } from '../http/problem.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { type Format, mimeTypen } from './dateien.ts';
import { type Exportfilter, exportiereAnsprueche } from './erstattung-export.ts';
import { type Importbericht, type Verarbeitung, importiereAnsprueche } from './erstattung-import.ts';
import { exportiereFaelle, importiereFaelle } from './faelle-austausch.ts';
import { ZuGross, type Zwischendatei, legeZwischendateiAn } from './zwischendatei.ts';

const mbAus = (wert: string | undefined, standard: number) => {
  const mb = Number(wert ?? standard);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : standard) * 1024 * 1024);
};
import { AnspruchImportbericht, FallImportbericht, Tabellendatei } from '../routen/austausch.schema.ts';
import { antworten } from '../routen/gemeinsam.schema.ts';

/**
 * Größte CSV-Importdatei über die API in Byte: EGH_IMPORT_MAX_MB (Standard 50 MB; die Kommandozeile
 * liest beliebig große Dateien). Der Rumpf wird als Strom in eine Zwischendatei geschrieben und als
 * Strom gelesen: Der Speicher hängt nicht von der Größe der Datei ab.
 */
export function importGrenzeAus(env: NodeJS.ProcessEnv = process.env): number {
  return mbAus(env.EGH_IMPORT_MAX_MB, 50);
}

/**
 * Größte XLSX-Importdatei über die API in Byte: EGH_IMPORT_XLSX_MAX_MB (Standard 10 MB, höchstens
 * die CSV-Grenze). XLSX ist ein ZIP-Archiv; exceljs hält dabei gemeinsame Texte und, je nach Lage
 * im Archiv, das ganze Tabellenblatt im Speicher – ein Vielfaches der Dateigröße.
 */
export function xlsxGrenzeAus(env: NodeJS.ProcessEnv = process.env, csv = importGrenzeAus(env)): number {
  return Math.min(csv, mbAus(env.EGH_IMPORT_XLSX_MAX_MB, 10));
}

const mbText = (grenze: number) => (grenze / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });

function zuGross(format: Format, grenze: number): Fachfehler {
  return new Fachfehler(
    413,
    'zu-gross',
    'Anfrage zu groß',
    format === 'xlsx'
      ? `Die Datei ist größer als ${mbText(grenze)} MB, die Grenze für einen Import im Format XLSX über die Oberfläche und die API. Bitte die Datei als CSV speichern (Grenze dort ${mbText(importGrenzeAus())} MB), aufteilen oder mit „egh import“ auf dem Server einlesen.`
      : `Die Datei ist größer als ${mbText(grenze)} MB, die Grenze für einen Import über die Oberfläche und die API. Bitte die Datei aufteilen oder mit „egh import“ auf dem Server einlesen.`,
  );
}

const dateiTypen = ['text/csv', 'text/plain', mimeTypen.xlsx, 'application/octet-stream', 'application/vnd.ms-excel'];

function beantworteBericht(antwort: FastifyReply, b: Importbericht | { ok: boolean; fehlerAnzahl: number }) {
  if (b.ok) return antwort.status(201).send(b);
  return antwort
    .status(422)
    .type('application/problem+json')
    .send({
      type: 'urn:egh:problem:import',
      title: 'Import abgelehnt',
      status: 422,
      detail: `Die Datei enthält ${b.fehlerAnzahl === 1 ? 'einen Fehler' : `${b.fehlerAnzahl.toLocaleString('de-DE')} Fehler`}; nichts wurde gespeichert (alles oder nichts). Der Bericht nennt Zeile, Spalte und Meldung.`,
      bericht: b,
    });
}

function dateiname(art: string, format: Format): string {
  return `${art}-${heute()}.${format}`;
}

const importBeschreibung =
  'Rumpf: die Datei selbst (Content-Type text/csv oder application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; das Format wird am Inhalt erkannt). Größe: CSV bis EGH_IMPORT_MAX_MB (Standard 50 MB), XLSX bis EGH_IMPORT_XLSX_MAX_MB (Standard 10 MB); größer: 413. Alles oder nichts: enthält eine Zeile einen Fehler, wird nichts gespeichert; 422 mit Bericht (Zeile, Spalte, Meldung). Erfolg: 201 mit Bericht. Spalten: docs/AUSTAUSCH.md.';

export function austauschRouten(o: AppOptionen): FastifyPluginAsync {
  const d = o.datenbank;
  const importGrenze = o.importGrenze ?? importGrenzeAus();
  const grenzen = { csv: importGrenze, xlsx: o.xlsxGrenze ?? xlsxGrenzeAus(process.env, importGrenze) };

  /**
   * Der Rumpf als Zwischendatei (gestreamt, bis zur Grenze seines Formats). Eine angekündigte Länge
   * über der CSV-Grenze wird abgelehnt, ohne zu lesen.
   */
  async function zwischendatei(anfrage: FastifyRequest): Promise<Zwischendatei> {
    const laenge = Number(anfrage.headers['content-length']);
    const strom = anfrage.body as Readable;
    if (laenge > grenzen.csv) {
      strom.resume();
      throw zuGross('csv', grenzen.csv);
    }
    try {
      return await legeZwischendateiAn(strom, grenzen);
    } catch (e) {
      if (e instanceof ZuGross) throw zuGross(e.format, e.grenze);
      throw e;
    }
  }

  return async (app) => {
    // Dateien als Rumpf (nur in diesem Plugin): als Strom; die Grenze prüft zwischendatei().
    app.addContentTypeParser(dateiTypen, (_anfrage, rumpf, fertig) => fertig(null, rumpf));

    app.post<{ Querystring: { verarbeitung: Verarbeitung } }>(
      '/import/erstattungsansprueche',
      {
        bodyLimit: importGrenze,
        schema: {
          tags: ['Austausch'],
          summary: 'Erstattungsansprüche aus CSV oder XLSX importieren (eigener Träger als Anspruchsteller)',
          response: antworten({ 201: AnspruchImportbericht }),
          description: importBeschreibung,
          querystring: {
            type: 'object',
            properties: {
              verarbeitung: {
                type: 'string',
                enum: ['automatisch', 'einzeln', 'masse'],
                default: 'automatisch',
                description:
                  'einzeln: je Anspruch der Anwendungsfall wie POST /erstattungsansprueche; masse: Massenpfad (COPY); automatisch: ab 200 Ansprüchen masse',
              },
            },
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'kostenerstattung', 'leitung');
        const datei = await zwischendatei(anfrage);
        try {
          const b = await importiereAnsprueche(d, k, mandantVon(k), datei, { verarbeitung: anfrage.query.verarbeitung });
          return beantworteBericht(antwort, b);
        } finally {
          await datei.weg();
        }
      },
    );

    app.get<{ Querystring: Exportfilter & { format: Format } }>(
      '/export/erstattungsansprueche',
      {
        schema: {
          tags: ['Austausch'],
          summary: 'Erstattungsbuch als CSV oder XLSX (dieselben Filter wie GET /erstattungsansprueche, ohne Seiten)',
          response: antworten({ 200: Tabellendatei }),
          querystring: {
            type: 'object',
            properties: {
              format: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' },
              richtung: { type: 'string', enum: ['ausgehend', 'eingehend'] },
              status: { type: 'string', enum: [...erstattungStatus] },
              suche: { type: 'string', maxLength: 100 },
              sortierung: {
                type: 'string',
                enum: ['aktenzeichen', '-aktenzeichen', 'forderung', '-forderung', 'geaendert', '-geaendert', 'status'],
                default: 'aktenzeichen',
              },
            },
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'kostenerstattung', 'leitung', 'sachbearbeitung');
        const { format, ...filter } = anfrage.query;
        return sendeDatei(antwort, format, dateiname('erstattungsansprueche', format), (ziel) =>
          exportiereAnsprueche(d, k, mandantVon(k), filter, format, ziel),
        );
      },
    );

    app.post(
      '/import/faelle',
      {
        bodyLimit: importGrenze,
        schema: {
          tags: ['Austausch'],
          summary: 'Fälle (mit Person, Aufenthalten, Leistungen) aus CSV oder XLSX importieren',
          response: antworten({ 201: FallImportbericht }),
          description: importBeschreibung,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'sachbearbeitung', 'leitung');
        const datei = await zwischendatei(anfrage);
        try {
          // Fälle (wenige Zeilen je Träger) liest der Import im Speicher.
          const daten = await readFile(datei.pfad);
          return beantworteBericht(antwort, await importiereFaelle(d, k, mandantVon(k), daten));
        } finally {
          await datei.weg();
        }
      },
    );

    app.get<{ Querystring: { format: Format; suche?: string; status?: 'offen' | 'abgeschlossen' } }>(
      '/export/faelle',
      {
        schema: {
          tags: ['Austausch'],
          summary: 'Fälle des eigenen Trägers als CSV oder XLSX (mit Personendaten; der Export wird protokolliert)',
          response: antworten({ 200: Tabellendatei }),
          querystring: {
            type: 'object',
            properties: {
              format: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' },
              suche: { type: 'string', maxLength: 100 },
              status: { type: 'string', enum: ['offen', 'abgeschlossen'] },
            },
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'sachbearbeitung', 'leitung');
        const { format, ...filter } = anfrage.query;
        return sendeDatei(antwort, format, dateiname('faelle', format), (ziel) =>
          exportiereFaelle(d, k, mandantVon(k), filter, format, ziel),
        );
      },
    );
  };
}

/** Streamt eine erzeugte Datei; ein Fehler beim Erzeugen bricht die Übertragung ab. */
function sendeDatei(antwort: FastifyReply, format: Format, name: string, erzeuge: (ziel: PassThrough) => Promise<unknown>) {
  // Die Datei endet erst nach dem Commit der Transaktion: Wer sie vollständig hat, dessen Export
  // steht schon im Protokoll (§ 67 SGB X). Scheitert der Commit, bricht die Übertragung ab.
  const strom = new PassThrough();
  const innen = new PassThrough();
  innen.pipe(strom, { end: false });
  const ausgelesen = new Promise<void>((fertig) => innen.once('end', fertig));
  Promise.all([erzeuge(innen), ausgelesen]).then(
    () => strom.end(),
    (e: unknown) => strom.destroy(e instanceof Error ? e : new Error(String(e))),
  );
  return antwort
    .header('content-type', mimeTypen[format])
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(strom);
}
