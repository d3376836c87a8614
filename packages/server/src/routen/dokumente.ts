// Briefe und Dokumente: POST /{erstattungsansprueche|amtshilfeersuchen|mehrkostenvergleiche|beitritte}/:id/briefe
// erzeugt einen Brief und speichert ihn als Dokument des Datensatzes; GET …/:id/vorlagen sagt, welche
// Briefe dieser Benutzer jetzt erzeugen kann (und warum die anderen nicht); GET …/:id/dokumente listet,
// GET /dokumente/:id lädt herunter (PDF oder XML). POST /amtshilfeersuchen/:id/xrechnung legt die
// Rechnung der Abrechnung als XRechnung (UBL) ab; GET lädt die zuletzt abgelegte herunter.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { type Vorlage, vorlagen } from '@egh/briefe';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  type BriefBezug,
  briefBezuege,
  erzeugeBrief,
  ladeDokument,
  vorschauBrief,
  abgelegteXRechnung,
  legeXRechnungAb,
  listeDokumente,
  vorlagenFuer,
  vorlagenJeBezug,
} from '../anwendungsfaelle/dokumente.ts';
import { versionAusEtag } from '../http/etag.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import type { Rolle } from '../http/rollen.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import { antworten, datei } from './gemeinsam.schema.ts';

/**
 * Wer die Dokumente eines Bezugs sieht und Briefe dazu erzeugt; die Anwendungsfälle prüfen Seite und
 * Rolle je Vorlage. Geringste Rechte (Art. 5 Abs. 1 Buchst. c, Art. 25 DSGVO; § 67c SGB X): Die
 * Administration pflegt Benutzer und Stammdaten – sie schreibt die Beitrittserklärung, liest aber
 * keine Briefe zu Ansprüchen, Ersuchen oder Mehrkostenvergleichen.
 */
const fachrollen: readonly Rolle[] = ['sachbearbeitung', 'kostenerstattung', 'leitung'];
const rollenJeBezug: Record<BriefBezug, readonly Rolle[]> = {
  erstattungsanspruch: fachrollen,
  amtshilfeersuchen: fachrollen,
  mehrkostenvergleich: fachrollen,
  beitritt: [...fachrollen, 'administration'],
};
const alleRollen = [...new Set(Object.values(rollenJeBezug).flat())];

/** If-Match ist für Briefe freiwillig: ohne ihn gilt der Stand, den die Transaktion liest. */
function versionAusIfMatch(kopf: string | string[] | undefined): number | undefined {
  if (typeof kopf !== 'string' || !kopf.trim()) return undefined;
  return versionAusEtag(kopf);
}

/** Content-Disposition mit ASCII-Ersatz und UTF-8-Namen (RFC 6266, RFC 8187). */
function alsAnhang(antwort: FastifyReply, name: string): void {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  void antwort.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
}

const fehlerSchema = {
  type: 'object',
  properties: { pfad: { type: 'string' }, meldung: { type: 'string' } },
  required: ['pfad', 'meldung'],
} as const;

const vorlagenstandSchema = {
  type: 'object',
  properties: {
    vorlage: { type: 'string', description: 'Kennung der Vorlage für POST …/briefe' },
    name: { type: 'string', description: 'Name der Vorlage' },
    moeglich: { type: 'boolean', description: 'Kann dieser Benutzer den Brief jetzt erzeugen?' },
    grund: { type: ['string', 'null'], description: 'Warum nicht – dieselbe Meldung, die POST …/briefe brächte' },
    wirkung: {
      type: ['string', 'null'],
      description:
        'Was das Erzeugen bewirkt, wo es mehr ist als ein abgelegtes Dokument (Anmeldung: Geltendmachung nach § 111 SGB X) oder eine Zweitschrift',
    },
    aendertDatensatz: { type: 'boolean', description: 'Ändert das Erzeugen den Datensatz (Status, Geltendmachung, Bezifferung)?' },
    fehlendeStammdaten: {
      type: 'array',
      items: fehlerSchema,
      description: 'Stammdaten, ohne die der Brief nicht gesetzt wird (Anschriften, IBAN), je als Feld des Trägers',
    },
    brauchtEingang: {
      type: 'boolean',
      description: 'Anmeldung: POST …/briefe braucht geltendmachung, den Tag, an dem das Schreiben beim verpflichteten Träger eingeht',
    },
    zeitraeume: {
      type: 'array',
      description: 'Anmeldung: die Leistungszeiträume zur Wahl (zeitraeume in POST …/briefe) mit dem Ende ihrer Ausschlussfrist',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          von: { type: 'string', format: 'date' },
          bis: { type: 'string', format: 'date' },
          betragCent: { type: 'integer' },
          fristEnde: { type: ['string', 'null'], format: 'date' },
          gewahrt: { type: ['boolean', 'null'] },
        },
        required: ['id', 'von', 'bis', 'betragCent', 'fristEnde', 'gewahrt'],
      },
    },
    zweitschrift: { type: 'boolean', description: 'Wird der Brief als Zweitschrift gesetzt?' },
  },
  required: [
    'vorlage',
    'name',
    'moeglich',
    'grund',
    'wirkung',
    'aendertDatensatz',
    'fehlendeStammdaten',
    'brauchtEingang',
    'zeitraeume',
    'zweitschrift',
  ],
} as const;

/** Was die Sachbearbeitung beim Erzeugen angibt (auch für die Vorschau). */
function briefBody(erlaubt: readonly Vorlage[]) {
  return {
    type: 'object',
    properties: {
      vorlage: { type: 'string', enum: erlaubt },
      geltendmachung: {
        type: 'string',
        format: 'date',
        description:
          'Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht (Zugang der Erklärung, § 130 BGB) – frühestens heute, höchstens 14 Tage später',
      },
      zeitraeume: {
        type: 'array',
        items: { type: 'string' },
        maxItems: 500,
        description:
          'Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden; ohne Angabe die, deren Frist am Tag des Eingangs läuft',
      },
      freitext: { type: 'string', maxLength: 4000, description: 'Ein frei formulierter Absatz vor dem Gruß (Absätze durch Leerzeilen)' },
    },
    required: ['vorlage'],
    additionalProperties: false,
  } as const;
}

interface BriefAnfrage {
  vorlage: Vorlage;
  geltendmachung?: string;
  zeitraeume?: string[];
  freitext?: string;
}

/** Die Vorschau wird nach dem Setzen verworfen: die Transaktion endet mit diesem Fehler. */
class Vorschau extends Error {
  readonly pdf: Uint8Array;
  readonly dateiname: string;
  constructor(pdf: Uint8Array, dateiname: string) {
    super('Vorschau');
    this.pdf = pdf;
    this.dateiname = dateiname;
  }
}

/** Metadaten eines abgelegten Dokuments (ohne Inhalt). */
const dokumentinfoSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    parteien: { type: 'array', items: { type: 'string' } },
    bezugArt: { type: 'string' },
    bezugId: { type: 'string', format: 'uuid' },
    vorlage: { type: 'string' },
    vorlageName: { type: 'string' },
    dateiname: { type: 'string' },
    mimeType: { type: 'string' },
    groesse: { type: 'integer', description: 'Größe in Bytes' },
    erstelltVon: { type: ['string', 'null'] },
    erstelltAm: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'parteien', 'bezugArt', 'bezugId', 'vorlage', 'vorlageName', 'dateiname', 'mimeType', 'groesse', 'erstelltAm'],
} as const;

export function dokumenteRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    for (const [pfad, bezug] of Object.entries(briefBezuege) as [string, BriefBezug][]) {
      const erlaubt = vorlagenJeBezug[bezug];
      app.post<{ Params: { id: string }; Body: BriefAnfrage }>(
        `/${pfad}/:id/briefe/vorschau`,
        {
          schema: {
            tags: ['Dokumente'],
            summary: 'Vorschau eines Briefs als PDF – nichts wird gespeichert, der Datensatz bleibt unverändert',
            response: antworten({ 200: datei('Brief als PDF', 'application/pdf') }),
            params: idParams,
            body: briefBody(erlaubt),
          },
        },
        async (anfrage, antwort) => {
          const k = erfordereTraeger(anfrage, ...rollenJeBezug[bezug]);
          const { vorlage, ...optionen } = anfrage.body;
          try {
            await alsMandant(db, mandantVon(k), async (tx) => {
              const v = await vorschauBrief(tx, k, bezug, anfrage.params.id, vorlage, optionen);
              throw new Vorschau(v.pdf, v.dateiname);
            });
          } catch (e) {
            if (!(e instanceof Vorschau)) throw e;
            void antwort.header('content-disposition', `inline; filename="${e.dateiname.replace(/[^\x20-\x7e]/g, '_')}"`);
            return antwort.type('application/pdf').header('cache-control', 'private, no-store').send(Buffer.from(e.pdf));
          }
          throw new Error('Vorschau ohne Ergebnis');
        },
      );

      app.post<{ Params: { id: string }; Body: BriefAnfrage }>(
        `/${pfad}/:id/briefe`,
        {
          schema: {
            tags: ['Dokumente'],
            summary: `Brief erzeugen und als Dokument speichern (${erlaubt.map((v) => vorlagen[v]).join(', ')})${
              bezug === 'erstattungsanspruch' ? '; die Anmeldung macht den Anspruch geltend (§ 111 SGB X), If-Match freiwillig' : ''
            }`,
            params: idParams,
            body: briefBody(erlaubt),
            response: antworten({ 201: dokumentinfoSchema }),
          },
        },
        async (anfrage, antwort) => {
          const k = erfordereTraeger(anfrage, ...rollenJeBezug[bezug]);
          const version = versionAusIfMatch(anfrage.headers['if-match']);
          return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
            const { vorlage, ...optionen } = anfrage.body;
            const d = await erzeugeBrief(tx, k, bezug, anfrage.params.id, vorlage, version, undefined, optionen);
            return { status: 201, body: d, kopfzeilen: { location: `/api/v1/dokumente/${d.id}` } };
          });
        },
      );

      app.get<{ Params: { id: string } }>(
        `/${pfad}/:id/vorlagen`,
        {
          schema: {
            tags: ['Dokumente'],
            summary: `Briefe, die dieser Benutzer zu diesem Datensatz jetzt erzeugen kann – mit Grund, wenn nicht${
              bezug === 'amtshilfeersuchen' ? '; dazu, ob er die XRechnung ablegen kann' : ''
            }`,
            params: idParams,
            response: antworten({
              200: {
                type: 'object',
                properties: {
                  eintraege: { type: 'array', items: vorlagenstandSchema },
                  ...(bezug === 'amtshilfeersuchen'
                    ? {
                        xrechnung: {
                          type: 'object',
                          properties: {
                            moeglich: { type: 'boolean' },
                            grund: { type: ['string', 'null'] },
                            fehlendeStammdaten: { type: 'array', items: fehlerSchema },
                          },
                          required: ['moeglich', 'grund', 'fehlendeStammdaten'],
                        },
                      }
                    : {}),
                },
                required: ['eintraege'],
              },
            }),
          },
        },
        async (anfrage) => {
          const k = erfordereTraeger(anfrage, ...rollenJeBezug[bezug]);
          return alsMandant(db, mandantVon(k), (tx) => vorlagenFuer(tx, k, bezug, anfrage.params.id));
        },
      );

      app.get<{ Params: { id: string } }>(
        `/${pfad}/:id/dokumente`,
        {
          schema: {
            tags: ['Dokumente'],
            summary: 'Dokumente des Datensatzes (neueste zuerst, ohne Inhalt)',
            params: idParams,
            response: antworten({
              200: {
                type: 'object',
                properties: { eintraege: { type: 'array', items: dokumentinfoSchema }, gesamt: { type: 'integer' } },
                required: ['eintraege', 'gesamt'],
              },
            }),
          },
        },
        async (anfrage) => {
          const k = erfordereTraeger(anfrage, ...rollenJeBezug[bezug]);
          const eintraege = await alsMandant(db, mandantVon(k), (tx) => listeDokumente(tx, k, bezug, anfrage.params.id));
          return { eintraege, gesamt: eintraege.length };
        },
      );
    }

    app.get<{ Params: { id: string } }>(
      '/dokumente/:id',
      {
        schema: {
          tags: ['Dokumente'],
          summary: 'Dokument herunterladen (Brief als PDF, XRechnung als XML)',
          params: idParams,
          response: antworten({ 200: datei('Brief (PDF) oder XRechnung (XML)', 'application/pdf', 'application/xml') }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...alleRollen);
        const d = await alsMandant(db, mandantVon(k), async (tx) => {
          const geladen = await ladeDokument(tx, k, anfrage.params.id);
          // Die Rolle entscheidet je Bezug; der Fehler rollt auch den Protokolleintrag des Lesens zurück.
          erfordereTraeger(anfrage, ...rollenJeBezug[geladen.info.bezugArt as BriefBezug]);
          return geladen;
        });
        alsAnhang(antwort, d.info.dateiname);
        return antwort.type(d.info.mimeType).header('cache-control', 'private, no-store').send(d.inhalt);
      },
    );

    app.post<{ Params: { id: string } }>(
      '/amtshilfeersuchen/:id/xrechnung',
      {
        schema: {
          tags: ['Dokumente'],
          summary: 'XRechnung (UBL) der Abrechnung erzeugen und als Dokument des Ersuchens ablegen',
          description:
            'Der ersuchte Träger (Rechnungssteller, Rolle Sachbearbeitung) legt die Rechnung der Abrechnung – Pauschale der Vereinbarung oder Auslagen, ' +
            '§ 7 SGB X – als Dokument ab (application/xml; beide Parteien sehen es in GET …/dokumente, GET /dokumente/{id} lädt es herunter). ' +
            'Antwort 201 mit den Metadaten und Location. Jeder Aufruf legt eine neue Fassung ab; mit Idempotency-Key entsteht sie nur einmal. ' +
            '409 vor der Abrechnung oder ohne erstattungsfähigen Betrag; 422 (stammdaten-unvollstaendig) nennt jede fehlende Stammdatenangabe ' +
            'als Feld des Trägers (/traeger/{id}/…) – dann wird nichts abgelegt.',
          params: idParams,
          response: antworten({ 201: dokumentinfoSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...fachrollen);
        return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
          const d = await legeXRechnungAb(tx, k, anfrage.params.id);
          return { status: 201, body: d, kopfzeilen: { location: `/api/v1/dokumente/${d.id}` } };
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      '/amtshilfeersuchen/:id/xrechnung',
      {
        schema: {
          tags: ['Dokumente'],
          summary: 'Die zuletzt abgelegte XRechnung (UBL) des Ersuchens herunterladen (beide Parteien)',
          description:
            'Liest nur: Die Rechnung entsteht mit POST …/xrechnung als Dokument des Ersuchens; GET liefert die neueste abgelegte Fassung ' +
            '(dieselbe Datei wie GET /dokumente/{id}). 404 (xrechnung-nicht-abgelegt), solange keine abgelegt ist.',
          params: idParams,
          response: antworten({ 200: datei('XRechnung (UBL)', 'application/xml') }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...fachrollen);
        const d = await alsMandant(db, mandantVon(k), (tx) => abgelegteXRechnung(tx, k, anfrage.params.id));
        alsAnhang(antwort, d.info.dateiname);
        return antwort.type('application/xml; charset=utf-8').header('cache-control', 'private, no-store').send(d.inhalt);
      },
    );
  };
}
