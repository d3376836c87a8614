// /mehrkostenvergleiche: Wunsch- und Wahlrecht (§ 104 SGB IX, § 9 Abs. 2 SGB XII a.F.) – Wunsch,
// Alternativen, Ergebnis des Regelwerks und die Entscheidung eines Menschen mit Gründen. Nur der
// eigene Träger sieht seine Vergleiche (Zeilensicherheit); ein fremder Träger bekommt 404.
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  aendereVergleich,
  bearbeitungsRollen,
  fuehreAus,
  legeVergleichAn,
  leseRollen,
  leseVergleich,
  listeVergleiche,
} from '../anwendungsfaelle/mehrkosten.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import {
  type EntscheidungEingabe,
  EntscheidungEingabeSchema,
  type VergleichAenderung,
  VergleichAenderungSchema,
  type VergleichEingabe,
  VergleichEingabeSchema,
  type VergleichFilter,
  VergleichFilterSchema,
  VergleichListe,
  VergleichSchema,
} from './mehrkosten.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

export function mehrkostenRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: VergleichFilter }>(
      '/mehrkostenvergleiche',
      {
        schema: {
          tags: ['Mehrkostenvergleich'],
          summary: 'Mehrkostenvergleiche des eigenen Trägers',
          response: antworten({ 200: VergleichListe }),
          querystring: VergleichFilterSchema,
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, ...leseRollen);
        return alsMandant(db, mandantVon(k), (tx) => listeVergleiche(tx, k, anfrage.query));
      },
    );

    app.post<{ Body: VergleichEingabe }>(
      '/mehrkostenvergleiche',
      {
        schema: {
          tags: ['Mehrkostenvergleich'],
          summary: 'Mehrkostenvergleich anlegen; das Regelwerk rechnet und ordnet ein (keine automatische Entscheidung)',
          response: antworten({ 201: VergleichSchema }),
          body: VergleichEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...bearbeitungsRollen);
        return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
          const v = await legeVergleichAn(tx, k, anfrage.body);
          const voll = await leseVergleich(tx, k, v.id);
          return { status: 201, body: voll, kopfzeilen: { location: `/api/v1/mehrkostenvergleiche/${v.id}`, etag: `"${v.version}"` } };
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      '/mehrkostenvergleiche/:id',
      {
        schema: {
          tags: ['Mehrkostenvergleich'],
          summary: 'Ein Vergleich mit Regelentscheidung (Begründung, Referenzen) und menschlicher Entscheidung',
          response: antworten({ 200: VergleichSchema }),
          params: idParams,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...leseRollen);
        const v = await alsMandant(db, mandantVon(k), (tx) => leseVergleich(tx, k, anfrage.params.id));
        setzeEtag(antwort, v.version);
        return v;
      },
    );

    app.patch<{ Params: { id: string }; Body: VergleichAenderung }>(
      '/mehrkostenvergleiche/:id',
      {
        schema: {
          tags: ['Mehrkostenvergleich'],
          summary: 'Vergleich ändern (If-Match); das Regelwerk rechnet neu. Nur im Status Offen.',
          response: antworten({ 200: VergleichSchema }),
          params: idParams,
          body: VergleichAenderungSchema,
        },
      },
      async (anfrage, antwort) => {
        // Erst die Sichtbarkeit (404 für fremde Träger), dann die Rolle: im Anwendungsfall.
        const k = erfordereTraeger(anfrage, ...leseRollen);
        const version = erwarteteVersion(anfrage);
        const v = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await aendereVergleich(tx, k, anfrage.params.id, version, anfrage.body);
          return leseVergleich(tx, k, neu.id);
        });
        setzeEtag(antwort, v.version);
        return v;
      },
    );

    app.post<{ Params: { id: string }; Body: EntscheidungEingabe }>(
      '/mehrkostenvergleiche/:id/entscheiden',
      {
        schema: {
          tags: ['Mehrkostenvergleich'],
          summary: 'Entscheidung über den Wunsch mit Gründen festhalten (If-Match; Sachbearbeitung oder Leitung); danach unveränderlich',
          response: antworten({ 200: VergleichSchema }),
          params: idParams,
          body: EntscheidungEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...leseRollen);
        const version = erwarteteVersion(anfrage);
        const v = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await fuehreAus(tx, k, anfrage.params.id, version, { aktion: 'entscheiden', ...anfrage.body });
          return leseVergleich(tx, k, neu.id);
        });
        setzeEtag(antwort, v.version);
        return v;
      },
    );
  };
}
