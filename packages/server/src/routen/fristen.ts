// /fristen: alle Fristen des eigenen Trägers mit Norm (Übersicht, Wiedervorlage).
import { and, asc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { frist } from '../db/schema.ts';
import type { Anweisung } from '../db/anweisungsfolge.ts';
import { type Db, alsMandant } from '../db/verbindung.ts';
import { Abfragemuster, jsonSeite, leseMitSitzung } from '../db/ein-rundlauf.ts';
import { heute, seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import type { Rolle } from '../http/rollen.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';

/**
 * Fristen nennen Aktenzeichen und Beträge: nur für die Fachrollen. Administration (Benutzer,
 * Stammdaten) und Datenschutz (Protokoll) brauchen sie für ihre Aufgabe nicht (Art. 5 Abs. 1
 * Buchst. c DSGVO).
 */
const fristenRollen: readonly Rolle[] = ['sachbearbeitung', 'kostenerstattung', 'leitung'];
import { datumSchema } from './schemata.ts';
import { FristenUebersicht } from './fristen.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export interface FristFilter {
  faelligBis?: string;
  ueberfaellig?: boolean;
  art?: string;
  erledigt: boolean;
  seite: number;
  proSeite: number;
}

/** Eine Frist, wie die API sie liefert (auch für die schnelle Serialisierung der Antwort). */
const fristSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    traegerId: { type: 'string', description: 'Träger, dem die Frist gehört' },
    bezugArt: { type: 'string', enum: ['fall', 'amtshilfeersuchen', 'erstattungsanspruch'] },
    bezugId: { type: 'string', format: 'uuid', description: 'Datensatz, aus dem die Frist folgt' },
    art: { type: 'string', description: 'z. B. S111, S113, S14_ENTSCHEIDUNG' },
    norm: { type: 'string', description: 'Rechtsgrundlage der Frist, z. B. „§ 111 SGB X“' },
    bezeichnung: { type: 'string' },
    faellig: { type: 'string', format: 'date', description: 'letzter Tag der Frist (JJJJ-MM-TT)' },
    betragCent: { type: ['integer', 'null'], description: 'betroffener Betrag in Cent (z. B. Zeitraum nach § 111 SGB X)' },
    erledigt: { type: 'boolean' },
  },
  required: ['id', 'traegerId', 'bezugArt', 'bezugId', 'art', 'norm', 'bezeichnung', 'faellig', 'betragCent', 'erledigt'],
} as const;

const fristenSeiteSchema = {
  type: 'object',
  properties: {
    eintraege: { type: 'array', items: fristSchema },
    weitere: { type: 'boolean', description: 'es gibt eine nächste Seite' },
    seite: { type: 'integer' },
    proSeite: { type: 'integer' },
  },
  required: ['eintraege', 'weitere', 'seite', 'proSeite'],
} as const;

/**
 * Die Abfrage der Fristenliste zu diesen Filtern: der SQL-Text einmal je Filterform gebaut und je
 * Verbindung vorbereitet (`muster`), die Werte als Parameter. Auch der Benchmark ruft sie so auf.
 */
export function fristenAbfrage(db: Db, muster: Abfragemuster, q: FristFilter): Anweisung {
  const form = `${q.faelligBis ? 'b' : ''}${q.ueberfaellig ? 'u' : ''}${q.art ? 'a' : ''}`;
  return muster.abfrage(
    form,
    () => {
      const b: SQL[] = [eq(frist.erledigt, sql.placeholder('erledigt'))];
      if (q.faelligBis) b.push(lte(frist.faellig, sql.placeholder('faelligBis')));
      if (q.ueberfaellig) b.push(lt(frist.faellig, sql.placeholder('heute')));
      if (q.art) b.push(eq(frist.art, sql.placeholder('art')));
      return db
        .select()
        .from(frist)
        .where(and(...b))
        .orderBy(asc(frist.faellig), asc(frist.id))
        .limit(sql.placeholder('grenze'))
        .offset(sql.placeholder('versatz'));
    },
    {
      erledigt: q.erledigt,
      faelligBis: q.faelligBis,
      heute: q.ueberfaellig ? heute() : undefined,
      art: q.art,
      grenze: q.proSeite + 1,
      versatz: (q.seite - 1) * q.proSeite,
    },
  );
}

export function fristenRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  const fristenMuster = new Abfragemuster(frist);
  return async (app) => {
    app.get<{ Querystring: FristFilter }>(
      '/fristen',
      {
        config: { sitzungInAbfrage: true },
        // Das Antwortschema beschreibt die API (OpenAPI); die Seite baut PostgreSQL als JSON
        // (Abfragemuster.abfrage, jsonSeite), Fehler serialisiert JSON.stringify.
        serializerCompiler: () => (daten) => JSON.stringify(daten),
        schema: {
          tags: ['Fristen'],
          summary: 'Fristen des eigenen Trägers, nach Fälligkeit',
          description: 'Ohne Gesamtzahl (bei Millionen Fristen teuer); `weitere` sagt, ob eine nächste Seite existiert.',
          querystring: {
            type: 'object',
            properties: {
              faelligBis: { ...datumSchema, description: 'nur Fristen, die spätestens an diesem Tag enden' },
              ueberfaellig: { type: 'boolean', description: 'nur Fristen, die vor heute endeten' },
              art: { type: 'string', maxLength: 40, description: 'z. B. S111, S113, S14_ENTSCHEIDUNG' },
              erledigt: { type: 'boolean', default: false },
              ...seitenSchema,
            },
            additionalProperties: false,
          },
          response: antworten({ 200: fristenSeiteSchema }),
        },
      },
      async (anfrage, antwort) => {
        const q = anfrage.query;
        // Die Liste ist die meistgelesene Seite (Übersicht, Wiedervorlage): Sitzung, Mandant und
        // Abfrage in einem Rundlauf, der SQL-Text einmal je Filterform (db/ein-rundlauf.ts).
        const abfrage = fristenAbfrage(db, fristenMuster, q);
        const zeilen = await leseMitSitzung<{ j: string }>(o.datenbank, anfrage, abfrage);
        erfordereTraeger(anfrage, ...fristenRollen);
        // Die Zeilen sind schon JSON (von PostgreSQL gebaut); Fastify sendet den Text, wie er ist.
        antwort.type('application/json; charset=utf-8');
        return jsonSeite(zeilen, q.seite, q.proSeite);
      },
    );

    app.get(
      '/fristen/uebersicht',
      {
        schema: {
          tags: ['Fristen'],
          summary: 'Überfällig, nächste 14 und 30 Tage, Beträge mit Risiko nach § 111 SGB X',
          response: antworten({ 200: FristenUebersicht }),
          description:
            'Risiko nach § 111 SGB X: Beträge der Leistungsfälle, deren Ausschlussfrist begonnen hat, noch nicht abgelaufen ist (heute oder später endet) und in den nächsten 30 Tagen endet, und die nicht geltend gemacht sind. `risiko111` listet diese Fristen; ihre Beträge ergeben `risiko111Cent`. Laufende Maßnahmen haben noch keine Frist, abgelaufene Fristen zählen als überfällig, nicht als Risiko.',
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, ...fristenRollen);
        const h = heute();
        // § 111 SGB X: nur Fristen, die begonnen haben (eine Zeile gibt es erst dann), nicht abgelaufen
        // (faellig ≥ heute) und nicht gewahrt (erledigt = geltend gemacht).
        const imRisiko = and(
          eq(frist.art, 'S111'),
          eq(frist.erledigt, false),
          gte(frist.faellig, h),
          lte(frist.faellig, sql<string>`(${h}::date + 30)`),
        );
        const [z, risiko111] = await alsMandant(db, mandantVon(k), async (tx) => [
          (
            await tx
              .select({
                ueberfaellig: sql<number>`count(*) filter (where ${frist.faellig} < ${h})`.mapWith(Number),
                naechste14: sql<number>`count(*) filter (where ${frist.faellig} >= ${h} and ${frist.faellig} <= (${h}::date + 14))`.mapWith(
                  Number,
                ),
                naechste30: sql<number>`count(*) filter (where ${frist.faellig} >= ${h} and ${frist.faellig} <= (${h}::date + 30))`.mapWith(
                  Number,
                ),
                risiko111Cent: sql<number>`coalesce(sum(${frist.betragCent}) filter (where ${imRisiko}), 0)`.mapWith(Number),
              })
              .from(frist)
              .where(eq(frist.erledigt, false))
          )[0],
          await tx
            .select({
              id: frist.id,
              bezugArt: frist.bezugArt,
              bezugId: frist.bezugId,
              bezeichnung: frist.bezeichnung,
              faellig: frist.faellig,
              betragCent: frist.betragCent,
            })
            .from(frist)
            .where(imRisiko)
            .orderBy(asc(frist.faellig), asc(frist.id)),
        ]);
        return { heute: h, ...z, risiko111 };
      },
    );
  };
}
