// /fristen: alle Fristen des eigenen Trägers mit Norm (Übersicht, Wiedervorlage).
import { and, asc, eq, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { frist } from '../db/schema.ts';
import { alsMandant } from '../db/verbindung.ts';
import { heute, seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { datumSchema } from './schemata.ts';

interface FristFilter {
  faelligBis?: string;
  ueberfaellig?: boolean;
  art?: string;
  erledigt: boolean;
  seite: number;
  proSeite: number;
}

export function fristenRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: FristFilter }>(
      '/fristen',
      {
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
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage);
        const q = anfrage.query;
        const b: SQL[] = [eq(frist.erledigt, q.erledigt)];
        if (q.faelligBis) b.push(lte(frist.faellig, q.faelligBis));
        if (q.ueberfaellig) b.push(lt(frist.faellig, heute()));
        if (q.art) b.push(eq(frist.art, q.art));
        const zeilen = await alsMandant(db, mandantVon(k), (tx) =>
          tx
            .select()
            .from(frist)
            .where(and(...b))
            .orderBy(asc(frist.faellig), asc(frist.id))
            .limit(q.proSeite + 1)
            .offset((q.seite - 1) * q.proSeite),
        );
        return { eintraege: zeilen.slice(0, q.proSeite), weitere: zeilen.length > q.proSeite, seite: q.seite, proSeite: q.proSeite };
      },
    );

    app.get(
      '/fristen/uebersicht',
      { schema: { tags: ['Fristen'], summary: 'Überfällig, nächste 14 und 30 Tage, Beträge mit Risiko nach § 111 SGB X' } },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage);
        const h = heute();
        const [z] = await alsMandant(db, mandantVon(k), (tx) =>
          tx
            .select({
              ueberfaellig: sql<number>`count(*) filter (where ${frist.faellig} < ${h})`.mapWith(Number),
              naechste14: sql<number>`count(*) filter (where ${frist.faellig} >= ${h} and ${frist.faellig} <= (${h}::date + 14))`.mapWith(
                Number,
              ),
              naechste30: sql<number>`count(*) filter (where ${frist.faellig} >= ${h} and ${frist.faellig} <= (${h}::date + 30))`.mapWith(
                Number,
              ),
              risiko111Cent:
                sql<number>`coalesce(sum(${frist.betragCent}) filter (where ${frist.art} = 'S111' and ${frist.faellig} <= (${h}::date + 30)), 0)`.mapWith(
                  Number,
                ),
            })
            .from(frist)
            .where(eq(frist.erledigt, false)),
        );
        return { heute: h, ...z };
      },
    );
  };
}
