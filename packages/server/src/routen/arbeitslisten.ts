// /arbeitslisten: was auf den eigenen Träger wartet – „Zur Freigabe“ für die Leitung.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppOptionen } from '../app.ts';
import { offeneFreigaben } from '../anwendungsfaelle/arbeitslisten.ts';
import { heute } from '../anwendungsfaelle/gemeinsam.ts';
import { alsMandant } from '../db/verbindung.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { antworten } from './gemeinsam.schema.ts';

const Freigabe = Type.Object({
  id: Type.String({ format: 'uuid', description: 'Erstattungsanspruch' }),
  aktenzeichen: Type.String(),
  anspruchsteller: Type.String({ description: 'Name des Trägers, der den Anspruch stellt' }),
  entscheidung: Type.Union([Type.Literal('Anerkannt'), Type.Literal('TeilweiseAnerkannt'), Type.Literal('Abgelehnt')]),
  betragCent: Type.Union([Type.Integer(), Type.Null()], { description: 'vorgeschlagener Betrag (teilweise Anerkennung)' }),
  forderungCent: Type.Integer(),
  vonName: Type.String({ description: 'wer vorgeschlagen hat' }),
  am: Type.String({ format: 'date' }),
  alterTage: Type.Integer({ description: 'Tage seit dem Vorschlag' }),
  eigener: Type.Boolean({ description: 'selbst vorgeschlagen: Freigabe nur durch eine andere Person (Vier-Augen-Prinzip)' }),
});

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
