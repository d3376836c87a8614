// /protokoll: wer hat wann welchen Datensatz gelesen oder geändert – für die Rolle Datenschutz,
// nur der eigene Träger (Zeilensicherheit).
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { protokoll } from '../db/schema.ts';
import { alsMandant } from '../db/verbindung.ts';
import { seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { datumSchema } from './schemata.ts';

interface ProtokollFilter {
  von?: string;
  bis?: string;
  objektArt?: string;
  objektId?: string;
  personId?: string;
  benutzername?: string;
  seite: number;
  proSeite: number;
}

export function protokollRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: ProtokollFilter }>(
      '/protokoll',
      {
        schema: {
          tags: ['Protokoll'],
          summary: 'Zugriffsprotokoll des eigenen Trägers (Rolle Datenschutz)',
          querystring: {
            type: 'object',
            properties: {
              von: datumSchema,
              bis: datumSchema,
              objektArt: { type: 'string', maxLength: 40 },
              objektId: { type: 'string', maxLength: 100 },
              personId: { type: 'string', format: 'uuid' },
              benutzername: { type: 'string', maxLength: 100 },
              ...seitenSchema,
            },
            additionalProperties: false,
          },
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, 'datenschutz');
        const q = anfrage.query;
        const b: SQL[] = [];
        if (q.von) b.push(gte(protokoll.zeit, new Date(`${q.von}T00:00:00+01:00`)));
        if (q.bis) b.push(lte(protokoll.zeit, new Date(`${q.bis}T23:59:59.999+01:00`)));
        if (q.objektArt) b.push(eq(protokoll.objektArt, q.objektArt));
        if (q.objektId) b.push(eq(protokoll.objektId, q.objektId));
        if (q.personId) b.push(eq(protokoll.personId, q.personId));
        if (q.benutzername) b.push(eq(protokoll.benutzername, q.benutzername));
        const zeilen = await alsMandant(db, mandantVon(k), (tx) =>
          tx
            .select()
            .from(protokoll)
            .where(b.length ? and(...b) : undefined)
            .orderBy(desc(protokoll.id))
            .limit(q.proSeite + 1)
            .offset((q.seite - 1) * q.proSeite),
        );
        return { eintraege: zeilen.slice(0, q.proSeite), weitere: zeilen.length > q.proSeite, seite: q.seite, proSeite: q.proSeite };
      },
    );
  };
}
