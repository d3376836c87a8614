// Trägerregister: alle lesen; ändern darf die Administration des eigenen Trägers oder der
// Plattformbetrieb; anlegen nur der Plattformbetrieb (anwendungsfaelle/traeger.ts).
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import { aendereTraeger, legeTraegerAn, leseTraeger, listeTraeger } from '../anwendungsfaelle/traeger.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { erfordereRolle, kontext, mandantVon } from '../http/sitzung.ts';
import {
  type TraegerAenderung,
  TraegerAenderungSchema,
  type TraegerEingabe,
  TraegerEingabeSchema,
  type TraegerFilter,
  TraegerFilterSchema,
  TraegerIdParams,
  TraegerListe,
  TraegerSchema,
} from './traeger.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export function traegerRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: TraegerFilter }>(
      '/traeger',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Trägerregister durchsuchen',
          response: antworten({ 200: TraegerListe }),
          querystring: TraegerFilterSchema,
        },
      },
      async (anfrage) => alsMandant(db, mandantVon(kontext(anfrage)), (tx) => listeTraeger(tx, anfrage.query)),
    );

    app.get<{ Params: { id: string } }>(
      '/traeger/:id',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Ein Träger',
          response: antworten({ 200: TraegerSchema }),
          params: TraegerIdParams,
        },
      },
      async (anfrage, antwort) => {
        const t = await alsMandant(db, mandantVon(kontext(anfrage)), (tx) => leseTraeger(tx, anfrage.params.id));
        setzeEtag(antwort, t.version);
        return t;
      },
    );

    app.patch<{ Params: { id: string }; Body: TraegerAenderung }>(
      '/traeger/:id',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Stammdaten ändern (Administration des eigenen Trägers, Plattformbetrieb)',
          response: antworten({ 200: TraegerSchema }),
          params: TraegerIdParams,
          body: TraegerAenderungSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        const version = erwarteteVersion(anfrage);
        const t = await alsMandant(db, mandantVon(k), (tx) => aendereTraeger(tx, k, anfrage.params.id, version, anfrage.body));
        setzeEtag(antwort, t.version);
        return t;
      },
    );

    app.post<{ Body: TraegerEingabe }>(
      '/traeger',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Träger anlegen (Plattformbetrieb)',
          response: antworten({ 201: TraegerSchema }),
          body: TraegerEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'plattformbetrieb');
        const t = await alsMandant(db, mandantVon(k), (tx) => legeTraegerAn(tx, k, anfrage.body));
        setzeEtag(antwort, t.version);
        return antwort.status(201).header('location', `/api/v1/traeger/${t.id}`).send(t);
      },
    );
  };
}
