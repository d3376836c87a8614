// /import und /export: Erstattungsansprüche (und Fälle) als CSV oder XLSX (docs/AUSTAUSCH.md).
// Der Import ist alles oder nichts und antwortet mit einem Bericht (Zeile, Spalte, Meldung); der
// Export nimmt dieselben Filter wie GET /api/v1/erstattungsansprueche.
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { erstattungStatus } from '../db/schema.ts';
import { heute } from '../anwendungsfaelle/gemeinsam.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { type Format, mimeTypen } from './dateien.ts';
import { type Exportfilter, exportiereAnsprueche } from './erstattung-export.ts';
import { type Importbericht, type Verarbeitung, importiereAnsprueche } from './erstattung-import.ts';
import { exportiereFaelle, importiereFaelle } from './faelle-austausch.ts';
import { AnspruchImportbericht, FallImportbericht, Tabellendatei } from '../routen/austausch.schema.ts';
import { antworten } from '../routen/gemeinsam.schema.ts';

/**
 * Größte Importdatei über die API in Byte: EGH_IMPORT_MAX_MB (Standard 50 MB; die Kommandozeile
 * liest beliebig große Dateien). Der Rumpf liegt bis zu dieser Größe im Speicher; größere Anfragen
 * lehnt Fastify schon beim Lesen ab (413), meist schon an Content-Length.
 */
export function importGrenzeAus(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.EGH_IMPORT_MAX_MB ?? 50);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 50) * 1024 * 1024);
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
  'Rumpf: die Datei selbst (Content-Type text/csv oder application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; das Format wird am Inhalt erkannt). Alles oder nichts: enthält eine Zeile einen Fehler, wird nichts gespeichert; 422 mit Bericht (Zeile, Spalte, Meldung). Erfolg: 201 mit Bericht. Spalten: docs/AUSTAUSCH.md.';

export function austauschRouten(o: AppOptionen): FastifyPluginAsync {
  const d = o.datenbank;
  const importGrenze = o.importGrenze ?? importGrenzeAus();
  return async (app) => {
    // Dateien als Rumpf (nur in diesem Plugin): roh als Buffer, bis zur Importgrenze.
    app.addContentTypeParser(dateiTypen, { parseAs: 'buffer', bodyLimit: importGrenze }, (_anfrage, rumpf, fertig) => fertig(null, rumpf));

    app.post<{ Querystring: { verarbeitung: Verarbeitung }; Body: Buffer }>(
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
        const daten = Buffer.isBuffer(anfrage.body) ? anfrage.body : Buffer.from(JSON.stringify(anfrage.body ?? ''));
        const b = await importiereAnsprueche(d, k, mandantVon(k), daten, { verarbeitung: anfrage.query.verarbeitung });
        return beantworteBericht(antwort, b);
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

    app.post<{ Body: Buffer }>(
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
        const daten = Buffer.isBuffer(anfrage.body) ? anfrage.body : Buffer.from('');
        return beantworteBericht(antwort, await importiereFaelle(d, k, mandantVon(k), daten));
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
