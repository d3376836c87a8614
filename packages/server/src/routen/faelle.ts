// /faelle: Fälle mit Person, Aufenthalts- und Leistungsverlauf, Zuständigkeit (§ 98) und
// § 14-Verfahren. Nur der eigene Träger sieht seine Fälle.
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import { aendereFall, legeFallAn, leseFall, listeFaelle, pruefeFallErneut } from '../anwendungsfaelle/faelle.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import {
  type FallAenderung,
  FallAenderungSchema,
  type FallEingabe,
  FallEingabeSchema,
  type FallFilter,
  FallFilterSchema,
  FallListe,
  FallSchema,
  type NeuPruefen,
  NeuPruefenSchema,
} from './faelle.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export function faelleRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  const rollen = ['sachbearbeitung', 'kostenerstattung', 'leitung'] as const;
  return async (app) => {
    app.get<{ Querystring: FallFilter }>(
      '/faelle',
      {
        schema: {
          tags: ['Fälle'],
          summary: 'Fälle des eigenen Trägers suchen',
          response: antworten({ 200: FallListe }),
          querystring: FallFilterSchema,
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, ...rollen);
        return alsMandant(db, mandantVon(k), (tx) => listeFaelle(tx, k, anfrage.query));
      },
    );

    app.post<{ Body: FallEingabe }>(
      '/faelle',
      {
        schema: {
          tags: ['Fälle'],
          summary: 'Fall anlegen; das Regelwerk bestimmt die Zuständigkeit',
          response: antworten({ 201: FallSchema }),
          body: FallEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'sachbearbeitung');
        return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
          const f = await legeFallAn(tx, k, anfrage.body);
          const voll = await leseFall(tx, k, f.id);
          return { status: 201, body: voll, kopfzeilen: { location: `/api/v1/faelle/${f.id}`, etag: `"${f.version}"` } };
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      '/faelle/:id',
      {
        schema: {
          tags: ['Fälle'],
          summary: 'Ein Fall mit Zuständigkeit, Begründung und Fristen',
          params: idParams,
          response: antworten({ 200: FallSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...rollen);
        const f = await alsMandant(db, mandantVon(k), (tx) => leseFall(tx, k, anfrage.params.id));
        setzeEtag(antwort, f.version);
        return f;
      },
    );

    app.patch<{ Params: { id: string }; Body: FallAenderung }>(
      '/faelle/:id',
      {
        schema: {
          tags: ['Fälle'],
          summary: 'Fall ändern (If-Match); Zuständigkeit und Fristen werden neu berechnet',
          response: antworten({ 200: FallSchema }),
          params: idParams,
          body: FallAenderungSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'sachbearbeitung');
        const version = erwarteteVersion(anfrage);
        const f = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await aendereFall(tx, k, anfrage.params.id, version, anfrage.body);
          return leseFall(tx, k, neu.id);
        });
        setzeEtag(antwort, f.version);
        return f;
      },
    );

    app.post<{ Params: { id: string }; Body: NeuPruefen }>(
      '/faelle/:id/zustaendigkeit-pruefen',
      {
        schema: {
          tags: ['Fälle'],
          summary: 'Zuständigkeit zu einem Stichtag neu entscheiden lassen',
          response: antworten({ 200: FallSchema }),
          params: idParams,
          body: NeuPruefenSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'sachbearbeitung', 'kostenerstattung');
        const f = await alsMandant(db, mandantVon(k), async (tx) => {
          await pruefeFallErneut(tx, k, anfrage.params.id, anfrage.body.stichtag);
          return leseFall(tx, k, anfrage.params.id);
        });
        setzeEtag(antwort, f.version);
        return f;
      },
    );
  };
}
