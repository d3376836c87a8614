// /mehrkostenvergleiche: Wunsch- und Wahlrecht (§ 104 SGB IX, § 9 Abs. 2 SGB XII a.F.) – Wunsch,
// Alternativen, Ergebnis des Regelwerks und die Entscheidung eines Menschen mit Gründen. Nur der
// eigene Träger sieht seine Vergleiche (Zeilensicherheit); ein fremder Träger bekommt 404.
import type { FastifyPluginAsync } from 'fastify';
import { type JsonSchema, pruefungsarten } from '@egh/recht';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  type Aktion,
  type VergleichAenderung,
  type VergleichEingabe,
  type VergleichFilter,
  aendereVergleich,
  bearbeitungsRollen,
  fuehreAus,
  legeVergleichAn,
  leseRollen,
  leseVergleich,
  listeVergleiche,
  mindestlaengeGruende,
} from '../anwendungsfaelle/mehrkosten.ts';
import { seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import { VergleichListe, VergleichSchema } from './mehrkosten.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

// Dieselben Schemata wie die Prüfung mehrkosten, ohne `art` (OpenAPI und Regelwerk prüfen gleich).
const mk = pruefungsarten.mehrkosten.schema.properties as Record<string, JsonSchema>;
const { art: _a, ...pruefungsfelder } = mk;
const pruefungsPflicht = ((pruefungsarten.mehrkosten.schema.required as string[]) ?? []).filter((f) => f !== 'art');
const optional = ['rechtsstand', 'tageProMonat', 'wohnenAusserhalbBesondererWohnform'];

const bezeichnungSchema = { type: 'string', minLength: 1, maxLength: 200, description: 'Bezeichnung des Vergleichs für Listen' };
const fallIdSchema = { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }], description: 'Eigener Fall (optional)' };

const vergleichSchema = {
  type: 'object',
  properties: { bezeichnung: bezeichnungSchema, fallId: fallIdSchema, ...pruefungsfelder },
  required: ['bezeichnung', ...pruefungsPflicht],
  additionalProperties: false,
  description: 'Eingabe der Prüfung mehrkosten ohne art, dazu Bezeichnung und Fall',
};

const aenderungSchema = {
  type: 'object',
  properties: {
    bezeichnung: bezeichnungSchema,
    fallId: fallIdSchema,
    ...Object.fromEntries(
      Object.entries(pruefungsfelder).map(([feld, s]) => [
        feld,
        optional.includes(feld)
          ? { anyOf: [s, { type: 'null' }], description: `${typeof s.description === 'string' ? s.description : feld}; null entfernt` }
          : s,
      ]),
    ),
  },
  additionalProperties: false,
  minProperties: 1,
};

const entscheidungSchema = {
  type: 'object',
  properties: {
    ergebnis: { type: 'string', enum: ['bewilligt', 'teilweiseBewilligt', 'abgelehnt'] },
    gruende: {
      type: 'string',
      minLength: mindestlaengeGruende,
      maxLength: 10000,
      description: 'Gründe der Abwägung: Gewicht des Wunsches gegen die Mehrkosten (Pflicht)',
    },
    betragCentProMonat: {
      type: 'integer',
      minimum: 1,
      maximum: 1e13,
      description:
        'Nur bei teilweiser Bewilligung: übernommener Betrag je Monat, z. B. bis zu den Kosten des Vergleichsangebots (offene Rechtsfrage)',
    },
  },
  required: ['ergebnis', 'gruende'],
  additionalProperties: false,
};

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
          querystring: {
            type: 'object',
            properties: {
              status: { type: 'string', enum: ['Offen', 'Entschieden'] },
              fallId: { type: 'string', format: 'uuid' },
              suche: { type: 'string', maxLength: 100 },
              sortierung: {
                type: 'string',
                enum: ['bezeichnung', '-bezeichnung', 'geaendert', '-geaendert', 'erstellt', '-erstellt', 'mehrkosten', '-mehrkosten'],
                default: '-geaendert',
              },
              ...seitenSchema,
            },
            additionalProperties: false,
          },
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
          body: vergleichSchema,
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
          body: aenderungSchema,
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

    app.post<{ Params: { id: string }; Body: Omit<Extract<Aktion, { aktion: 'entscheiden' }>, 'aktion'> }>(
      '/mehrkostenvergleiche/:id/entscheiden',
      {
        schema: {
          tags: ['Mehrkostenvergleich'],
          summary: 'Entscheidung über den Wunsch mit Gründen festhalten (If-Match; Sachbearbeitung oder Leitung); danach unveränderlich',
          response: antworten({ 200: VergleichSchema }),
          params: idParams,
          body: entscheidungSchema,
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
