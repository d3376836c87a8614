// /auskunft: Auskunft an die betroffene Person (Art. 15 DSGVO, § 83 SGB X) – nur die Rolle Datenschutz.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppOptionen } from '../app.ts';
import { auskunft, suchePersonen } from '../anwendungsfaelle/auskunft.ts';
import { alsMandant } from '../db/verbindung.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { antworten, datei } from './gemeinsam.schema.ts';

const Treffer = Type.Object({
  id: Type.String({ format: 'uuid' }),
  pseudonym: Type.String(),
  nachname: Type.String(),
  vorname: Type.String(),
  geburtsdatum: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
});

export function auskunftRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get(
      '/auskunft/personen',
      {
        schema: {
          tags: ['Datenschutz'],
          summary: 'Personen des eigenen Trägers für eine Auskunft suchen (Name oder Pseudonym; höchstens 50)',
          querystring: Type.Object({
            suche: Type.String({ minLength: 2, maxLength: 100, description: 'Name oder Pseudonym, mindestens 2 Zeichen' }),
          }),
          response: antworten({ 200: Type.Object({ eintraege: Type.Array(Treffer) }) }),
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, 'datenschutz');
        const { suche } = anfrage.query as { suche: string };
        return { eintraege: await alsMandant(db, mandantVon(k), (tx) => suchePersonen(tx, k, suche)) };
      },
    );

    app.get(
      '/auskunft/personen/:id',
      {
        schema: {
          tags: ['Datenschutz'],
          summary: 'Auskunft nach Art. 15 DSGVO: alles, was der Träger über die Person hält, als ZIP mit Inhaltsverzeichnis',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: antworten({
            200: datei('ZIP-Archiv: Person, Fälle, Ersuchen, Ansprüche, Vergleiche, Dokumente, Protokoll', 'application/zip'),
          }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'datenschutz');
        const { id } = anfrage.params as { id: string };
        const a = await alsMandant(db, mandantVon(k), (tx) => auskunft(tx, k, id));
        return antwort
          .type('application/zip')
          .header('content-disposition', `attachment; filename="${a.dateiname}"`)
          .send(Buffer.from(a.zip));
      },
    );
  };
}
