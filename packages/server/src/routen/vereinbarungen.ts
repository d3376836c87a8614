// Vereinbarungen (Fassungen der Verwaltungsvereinbarung) und Beitritte; die Arbeit tut
// anwendungsfaelle/vereinbarungen.ts, die Schemata stehen in vereinbarungen.schema.ts.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  aendereVereinbarung,
  erklaereAustritt,
  erklaereBeitritt,
  legeVereinbarungAn,
  leseVereinbarung,
  listeBeitritte,
  listeVereinbarungen,
} from '../anwendungsfaelle/vereinbarungen.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { erfordereRolle, kontext, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import {
  type Austritt,
  AustrittSchema,
  type BeitrittEingabe,
  BeitrittEingabeSchema,
  type BeitrittFilter,
  BeitrittFilterSchema,
  BeitrittZeile,
  type VereinbarungAenderung,
  VereinbarungAenderungSchema,
  type VereinbarungEingabe,
  VereinbarungEingabeSchema,
  VereinbarungIdParams,
  VereinbarungMitMitgliedern,
  VereinbarungZeile,
} from './vereinbarungen.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export function vereinbarungRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get(
      '/vereinbarungen',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Vereinbarungsfassungen',
          response: antworten({ 200: Type.Array(VereinbarungZeile) }),
        },
      },
      async (anfrage) => alsMandant(db, mandantVon(kontext(anfrage)), listeVereinbarungen),
    );

    app.get<{ Params: { id: string } }>(
      '/vereinbarungen/:id',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Eine Vereinbarungsfassung mit Mitgliedern',
          response: antworten({ 200: VereinbarungMitMitgliedern }),
          params: VereinbarungIdParams,
        },
      },
      async (anfrage, antwort) => {
        const v = await alsMandant(db, mandantVon(kontext(anfrage)), (tx) => leseVereinbarung(tx, anfrage.params.id));
        setzeEtag(antwort, v.version);
        return v;
      },
    );

    app.post<{ Body: VereinbarungEingabe }>(
      '/vereinbarungen',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Vereinbarungsfassung anlegen (Plattformbetrieb)',
          response: antworten({ 201: VereinbarungZeile }),
          body: VereinbarungEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'plattformbetrieb');
        const v = await alsMandant(db, mandantVon(k), (tx) => legeVereinbarungAn(tx, k, anfrage.body));
        setzeEtag(antwort, v.version);
        return antwort.status(201).header('location', `/api/v1/vereinbarungen/${v.id}`).send(v);
      },
    );

    app.patch<{ Params: { id: string }; Body: VereinbarungAenderung }>(
      '/vereinbarungen/:id',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Vereinbarungsfassung ändern (Plattformbetrieb)',
          response: antworten({ 200: VereinbarungZeile }),
          body: VereinbarungAenderungSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'plattformbetrieb');
        const version = erwarteteVersion(anfrage);
        const v = await alsMandant(db, mandantVon(k), (tx) => aendereVereinbarung(tx, k, anfrage.params.id, version, anfrage.body));
        setzeEtag(antwort, v.version);
        return v;
      },
    );

    app.get<{ Querystring: BeitrittFilter }>(
      '/beitritte',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Beitritte (öffentliche Mitgliederliste)',
          response: antworten({ 200: Type.Array(BeitrittZeile) }),
          querystring: BeitrittFilterSchema,
        },
      },
      async (anfrage) => alsMandant(db, mandantVon(kontext(anfrage)), (tx) => listeBeitritte(tx, anfrage.query)),
    );

    app.post<{ Body: BeitrittEingabe }>(
      '/beitritte',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Beitritt erklären (Administration des eigenen Trägers, Plattformbetrieb)',
          response: antworten({ 201: BeitrittZeile }),
          body: BeitrittEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        const b = await alsMandant(db, mandantVon(k), (tx) => erklaereBeitritt(tx, k, anfrage.body));
        setzeEtag(antwort, b.version);
        return antwort.status(201).send(b);
      },
    );

    app.patch<{ Params: { id: string }; Body: Austritt }>(
      '/beitritte/:id',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Austritt erklären',
          response: antworten({ 200: BeitrittZeile }),
          params: idParams,
          body: AustrittSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        const version = erwarteteVersion(anfrage);
        const b = await alsMandant(db, mandantVon(k), (tx) => erklaereAustritt(tx, k, anfrage.params.id, version, anfrage.body));
        setzeEtag(antwort, b.version);
        return b;
      },
    );
  };
}
