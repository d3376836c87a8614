// /arbeitslisten: was auf den eigenen Träger wartet – „Zur Freigabe“ für die Leitung.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { Freigabe } from './arbeitslisten.schema.ts';
import type { AppOptionen } from '../app.ts';
import { offeneFreigaben } from '../anwendungsfaelle/arbeitslisten.ts';
import { heute } from '../anwendungsfaelle/gemeinsam.ts';
import { alsMandant } from '../db/verbindung.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { antworten } from './gemeinsam.schema.ts';

export function arbeitslistenRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get(
      '/arbeitslisten/freigaben',
      {
        schema: {
          tags: ['Erstattung'],
          summary: 'Zur Freigabe: Vorschläge des eigenen Trägers, die auf die Leitung warten (älteste zuerst)',
          response: antworten({ 200: Type.Object({ eintraege: Type.Array(Freigabe) }) }),
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, 'leitung', 'kostenerstattung');
        const eintraege = await alsMandant(db, mandantVon(k), (tx) => offeneFreigaben(tx, k, heute()));
        return { eintraege };
      },
    );
  };
}
