// /normen: der Wortlaut zitierter Normen aus den mitgelieferten Gesetzestexten (daten/gesetze,
// Stand Anfang 2022, dazu die Fassungen von 2012) – für die Begründungen und die Hilfe.
// Gesetzestexte sind öffentlich: ohne Anmeldung erreichbar.
import type { FastifyPluginAsync } from 'fastify';
import { datumSchema } from './schemata.ts';
import { normtext, sucheNormen, verzeichnis } from '../anwendungsfaelle/normen.ts';
import { NormenSuche, NormenVerzeichnis } from './normen.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

const teilSchema = {
  type: 'object',
  properties: {
    zitat: { type: 'string' },
    titel: { type: 'string' },
    text: { type: 'string' },
    gesetz: { type: 'string' },
    stand: { type: 'string' },
    quelle: { type: 'string' },
    gefunden: { type: 'boolean' },
    kuerzel: { type: ['string', 'null'] },
    fassung: { type: ['string', 'null'], enum: ['aktuell', '2022', '2012', null] },
    paragraph: { type: ['string', 'null'] },
    absatz: { type: ['integer', 'null'] },
    satz: { type: ['integer', 'null'] },
  },
  required: ['zitat', 'titel', 'text', 'gesetz', 'stand', 'quelle', 'gefunden'],
} as const;

/** Gesetzestexte ändern sich zur Laufzeit nicht; eine Stunde im Browser zwischenspeichern. */
const zwischenspeichern = 'public, max-age=3600';

export function normenRouten(): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Querystring: { zitat: string; stichtag?: string } }>(
      '/normen',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Normen'],
          summary: 'Wortlaut einer zitierten Norm (z. B. „§ 111 Satz 1 SGB X“, „§ 98 Abs. 5 SGB XII a.F.“, „§§ 187–193 BGB“)',
          description:
            'Liest das Zitat so, wie das Regelwerk es in Begründungen schreibt; „a.F.“ wählt die Fassung von 2012, „i.V.m.“ und „;“ trennen mehrere Normen (`teile`). Mit `stichtag` öffnet ein seit Anfang 2022 geänderter Paragraph in der Fassung, die an diesem Tag galt, und sagt im Text, welche das ist. Gerichtsentscheidungen und nicht mitgelieferte Gesetze ergeben `gefunden: false` mit einem Hinweis im Text.',
          security: [],
          querystring: {
            type: 'object',
            properties: {
              zitat: { type: 'string', minLength: 1, maxLength: 300, description: 'Das Zitat, wie es in der Begründung steht' },
              stichtag: { ...datumSchema, description: 'Tag des Sachverhalts (JJJJ-MM-TT): wählt die an diesem Tag geltende Fassung' },
            },
            required: ['zitat'],
            additionalProperties: false,
          },
          response: antworten({
            200: {
              type: 'object',
              properties: { ...teilSchema.properties, teile: { type: 'array', items: teilSchema } },
              required: [...teilSchema.required, 'teile'],
            },
          }),
        },
      },
      async (anfrage, antwort) => {
        void antwort.header('cache-control', zwischenspeichern);
        return normtext(anfrage.query.zitat, anfrage.query.stichtag);
      },
    );

    app.get(
      '/normen/verzeichnis',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Normen'],
          summary: 'Verzeichnis der mitgelieferten Gesetze mit Gliederung und Paragraphen (für die Hilfe)',
          security: [],
          response: antworten({ 200: NormenVerzeichnis }),
        },
      },
      async (_anfrage, antwort) => {
        void antwort.header('cache-control', zwischenspeichern);
        return verzeichnis();
      },
    );

    app.get<{ Querystring: { q: string; gesetz?: string; hoechstens: number } }>(
      '/normen/suche',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Normen'],
          summary: 'Volltextsuche in den mitgelieferten Gesetzen (Überschriften zuerst)',
          security: [],
          response: antworten({ 200: NormenSuche }),
          querystring: {
            type: 'object',
            properties: {
              q: { type: 'string', minLength: 2, maxLength: 100, description: 'Suchbegriff, z. B. „Amtshilfe“ oder „Ausschlussfrist“' },
              gesetz: { type: 'string', maxLength: 40, description: 'Nur in einem Gesetz (Schlüssel aus dem Verzeichnis, z. B. sgb-10)' },
              hoechstens: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            },
            required: ['q'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage) => {
        const { q, gesetz, hoechstens } = anfrage.query;
        return sucheNormen(q, { ...(gesetz ? { gesetz } : {}), hoechstens });
      },
    );
  };
}
