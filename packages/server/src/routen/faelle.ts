// /faelle: Fälle mit Person, Aufenthalts- und Leistungsverlauf, Zuständigkeit (§ 98) und
// § 14-Verfahren. Nur der eigene Träger sieht seine Fälle.
import type { FastifyPluginAsync } from 'fastify';
import { type JsonSchema, pruefungsarten } from '@egh/recht';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  type FallAenderung,
  type FallEingabe,
  type FallFilter,
  aendereFall,
  legeFallAn,
  leseFall,
  listeFaelle,
  pruefeFallErneut,
} from '../anwendungsfaelle/faelle.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import { datumOderNullSchema, datumSchema, idParams } from './schemata.ts';
import { FallListe, FallSchema } from './faelle.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

const oz = pruefungsarten.oertlicheZustaendigkeit.schema.properties as Record<string, JsonSchema>;
const zk = pruefungsarten.zustaendigkeitsklaerung.schema.properties as Record<string, JsonSchema>;
const { art: _a, rechtsstand: _r, stichtag: _s, aufenthalte, leistungen, antraege, unterbrechungen, ...angaben } = oz;
const { art: _b, ...klaerungFelder } = zk;

// Leistungen des Falls: wie im Regelwerk, dazu eine Bezeichnung für Menschen.
const leistungenMitBezeichnung = (() => {
  const l = leistungen as { items: { properties: Record<string, JsonSchema> } } & JsonSchema;
  return { ...l, items: { ...l.items, properties: { ...l.items.properties, bezeichnung: { type: 'string', maxLength: 200 } } } };
})();

const personSchema = {
  type: 'object',
  properties: {
    nachname: { type: 'string', minLength: 1, maxLength: 100 },
    vorname: { type: 'string', minLength: 1, maxLength: 100 },
    geburtsdatum: datumOderNullSchema,
    anschrift: {
      type: 'object',
      properties: {
        strasse: { type: 'string', maxLength: 200 },
        plz: { type: 'string', pattern: '^\\d{5}$' },
        ort: { type: 'string', maxLength: 100 },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

const fallFelder = {
  aufenthalte,
  leistungen: leistungenMitBezeichnung,
  antraege,
  unterbrechungen,
  zustaendigkeitsangaben: {
    type: 'object',
    properties: angaben,
    additionalProperties: false,
    description: 'Weitere Angaben zu § 98 SGB IX / § 98 SGB XII',
  },
  zustaendigkeitsklaerung: {
    anyOf: [
      { type: 'object', properties: klaerungFelder, required: ['antragseingang', 'landErsterTraeger'], additionalProperties: false },
      { type: 'null' },
    ],
    description: '§ 14-Verfahren (Eingabe der Prüfung zustaendigkeitsklaerung)',
  },
  bemerkung: { type: ['string', 'null'], maxLength: 5000 },
};

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
          querystring: {
            type: 'object',
            properties: {
              suche: { type: 'string', maxLength: 100 },
              status: { type: 'string', enum: ['offen', 'abgeschlossen'] },
              sortierung: {
                type: 'string',
                enum: ['aktenzeichen', '-aktenzeichen', 'geaendert', '-geaendert', 'name'],
                default: '-geaendert',
              },
              ...seitenSchema,
            },
            additionalProperties: false,
          },
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
          body: {
            type: 'object',
            properties: {
              aktenzeichen: { type: 'string', minLength: 1, maxLength: 60 },
              person: { ...personSchema, required: ['nachname', 'vorname'] },
              ...fallFelder,
            },
            required: ['aktenzeichen', 'person'],
            additionalProperties: false,
          },
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
          body: {
            type: 'object',
            properties: {
              aktenzeichen: { type: 'string', minLength: 1, maxLength: 60 },
              status: { type: 'string', enum: ['offen', 'abgeschlossen'] },
              person: personSchema,
              ...fallFelder,
            },
            additionalProperties: false,
            minProperties: 1,
          },
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

    app.post<{ Params: { id: string }; Body: { stichtag: string } }>(
      '/faelle/:id/zustaendigkeit-pruefen',
      {
        schema: {
          tags: ['Fälle'],
          summary: 'Zuständigkeit zu einem Stichtag neu entscheiden lassen',
          response: antworten({ 200: FallSchema }),
          params: idParams,
          body: { type: 'object', properties: { stichtag: datumSchema }, required: ['stichtag'], additionalProperties: false },
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
