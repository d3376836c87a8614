// /protokoll: wer hat wann welchen Datensatz gelesen oder geändert – für die Rolle Datenschutz,
// nur der eigene Träger (Zeilensicherheit). Jeder Eintrag mit `darstellung` in Namen (anwendungsfaelle/protokoll.ts).
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import { seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import { type ProtokollFilter, leseProtokoll } from '../anwendungsfaelle/protokoll.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { datumSchema } from './schemata.ts';
import { ProtokollSeite } from './fristen.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export function protokollRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: ProtokollFilter }>(
      '/protokoll',
      {
        schema: {
          tags: ['Protokoll'],
          summary: 'Zugriffsprotokoll des eigenen Trägers (Rolle Datenschutz)',
          response: antworten({ 200: ProtokollSeite }),
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
        return alsMandant(db, mandantVon(k), (tx) => leseProtokoll(tx, anfrage.query));
      },
    );
  };
}
