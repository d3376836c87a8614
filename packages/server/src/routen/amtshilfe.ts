// /amtshilfeersuchen: Eingang und Ausgang der Amtshilfe (§§ 3–7 SGB X), ein Ersuchen mit
// Prüfungen des Regelwerks, Bericht, Abrechnung und Fristen, und die Arbeitsschritte als Aktionen.
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import { aendereErsuchen, fuehreAus, legeErsuchenAn, leseErsuchen, listeErsuchen } from '../anwendungsfaelle/amtshilfe.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import {
  type Aktion,
  AmtshilfeAktionen,
  type ErsuchenAenderung,
  ErsuchenAenderungSchema,
  type ErsuchenEingabe,
  ErsuchenEingabeSchema,
  type ErsuchenFilter,
  ErsuchenFilterSchema,
  ErsuchenListe,
  ErsuchenSchema,
} from './amtshilfe.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

const lesen = ['sachbearbeitung', 'leitung', 'kostenerstattung'] as const;

const aktionen: { pfad: Aktion['aktion']; summary: string }[] = [
  { pfad: 'senden', summary: 'Ersuchen senden (ersuchender Träger); Regelwerk prüft Amtshilfe und Daten' },
  { pfad: 'annehmen', summary: 'Ersuchen annehmen (ersuchter Träger)' },
  {
    pfad: 'ablehnen',
    summary: 'Ersuchen ablehnen (ersuchter Träger); nur mit einem Grund, den das Regelwerk zulässt (§ 4 Abs. 2–4 SGB X)',
  },
  {
    pfad: 'aufsicht',
    summary: 'Auf der Amtshilfe bestehen: Streit an die Aufsichtsbehörde (§ 4 Abs. 5 SGB X; ersuchender Träger)',
  },
  {
    pfad: 'berichten',
    summary: 'Ergebnisbericht (§ 118 SGB IX: neun Lebensbereiche, Wünsche, Vorschläge); ersuchter Träger',
  },
  {
    pfad: 'abrechnen',
    summary: 'Abrechnen (ersuchter Träger): Pauschale der Vereinbarung oder Auslagen nach § 7 SGB X, vom Regelwerk',
  },
  {
    pfad: 'bezahlen',
    summary: 'Zahlung vermerken (ersuchender Träger)',
  },
];

export function amtshilfeRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: ErsuchenFilter }>(
      '/amtshilfeersuchen',
      {
        schema: {
          tags: ['Amtshilfe'],
          summary: 'Amtshilfeersuchen: Eingang (an den eigenen Träger) und Ausgang (vom eigenen Träger)',
          response: antworten({ 200: ErsuchenListe }),
          querystring: ErsuchenFilterSchema,
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, ...lesen);
        return alsMandant(db, mandantVon(k), (tx) => listeErsuchen(tx, k, anfrage.query));
      },
    );

    app.post<{ Body: ErsuchenEingabe }>(
      '/amtshilfeersuchen',
      {
        schema: {
          tags: ['Amtshilfe'],
          summary: 'Amtshilfeersuchen anlegen (Entwurf); das Regelwerk prüft § 3 Abs. 2 SGB X und die Daten',
          body: ErsuchenEingabeSchema,
          response: antworten({ 201: ErsuchenSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'sachbearbeitung');
        return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
          const e = await legeErsuchenAn(tx, k, anfrage.body);
          const voll = await leseErsuchen(tx, k, e.id);
          return { status: 201, body: voll, kopfzeilen: { location: `/api/v1/amtshilfeersuchen/${e.id}`, etag: `"${e.version}"` } };
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      '/amtshilfeersuchen/:id',
      {
        schema: {
          tags: ['Amtshilfe'],
          summary: 'Ein Ersuchen mit Prüfungen, Bericht, Abrechnung, Fristen und möglichen Aktionen',
          params: idParams,
          response: antworten({ 200: ErsuchenSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...lesen);
        const e = await alsMandant(db, mandantVon(k), (tx) => leseErsuchen(tx, k, anfrage.params.id));
        setzeEtag(antwort, e.version);
        return e;
      },
    );

    app.patch<{ Params: { id: string }; Body: ErsuchenAenderung }>(
      '/amtshilfeersuchen/:id',
      {
        schema: {
          tags: ['Amtshilfe'],
          summary: 'Entwurf ändern (If-Match; ersuchender Träger)',
          params: idParams,
          body: ErsuchenAenderungSchema,
          response: antworten({ 200: ErsuchenSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...lesen);
        const version = erwarteteVersion(anfrage);
        const e = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await aendereErsuchen(tx, k, anfrage.params.id, version, anfrage.body);
          return leseErsuchen(tx, k, neu.id);
        });
        setzeEtag(antwort, e.version);
        return e;
      },
    );

    for (const a of aktionen) {
      app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
        `/amtshilfeersuchen/:id/${a.pfad}`,
        {
          schema: {
            tags: ['Amtshilfe'],
            summary: `${a.summary} (If-Match)`,
            params: idParams,
            body: AmtshilfeAktionen[a.pfad],
            response: antworten({ 200: ErsuchenSchema }),
          },
        },
        async (anfrage, antwort) => {
          // Sichtbarkeit (404), Seite und Rolle (403) und Status (409) prüft der Anwendungsfall.
          const k = erfordereTraeger(anfrage, ...lesen);
          const version = erwarteteVersion(anfrage);
          const r = await alsMandant(db, mandantVon(k), async (tx) => {
            const neu = await fuehreAus(tx, k, anfrage.params.id, version, { aktion: a.pfad, ...(anfrage.body ?? {}) } as Aktion);
            return leseErsuchen(tx, k, neu.id);
          });
          setzeEtag(antwort, r.version);
          return r;
        },
      );
    }
  };
}
