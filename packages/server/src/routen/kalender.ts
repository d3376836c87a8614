// /kalender.ics und /kalender/abonnement: die offenen Fristen des eigenen Trägers als iCalendar
// (RFC 5545) – mit Sitzung oder unter einer geheimen, widerrufbaren Adresse für Kalenderprogramme.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppOptionen } from '../app.ts';
import { abonnementDes, abonniere, kalenderDesTraegers, kalenderRollen, traegerZumToken, widerrufe } from '../anwendungsfaelle/kalender.ts';
import { alsSystem } from '../db/verbindung.ts';
import { protokolliere } from '../anwendungsfaelle/gemeinsam.ts';
import { Fachfehler } from '../http/problem.ts';
import { erfordereTraeger } from '../http/sitzung.ts';
import { KeinInhalt, antworten, datei } from './gemeinsam.schema.ts';

/** Adresse, unter der der Browser den Server erreicht (hinter einem vertrauten Proxy dessen Sicht). */
const basis = (anfrage: FastifyRequest) => `${anfrage.protocol}://${anfrage.host}`;

const Abonnement = Type.Object({
  aktiv: Type.Boolean({ description: 'es gibt eine gültige Adresse' }),
  angelegtAm: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  zuletztAbgerufenAm: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'wann ein Kalenderprogramm die Adresse zuletzt abgerufen hat',
  }),
});

const NeuesAbonnement = Type.Object({
  url: Type.String({ description: 'geheime Adresse des Kalenders; nur in dieser Antwort, danach nicht mehr abrufbar' }),
  angelegtAm: Type.String({ format: 'date-time' }),
});

const ics = datei('Kalender (iCalendar, RFC 5545): ein ganztägiger Termin je offener Frist', 'text/calendar');

export function kalenderRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get(
      '/kalender.ics',
      {
        schema: {
          tags: ['Fristen'],
          summary: 'Offene Fristen des eigenen Trägers als iCalendar (mit Sitzung)',
          response: antworten({ 200: ics }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...kalenderRollen);
        const text = await kalenderDesTraegers(db, k.traegerId, k.traegerName ?? k.traegerId, basis(anfrage));
        await alsSystem(db, (tx) => protokolliere(tx, k, 'exportieren', 'kalender', null, { format: 'iCalendar' }));
        return antwort.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="fristen.ics"').send(text);
      },
    );

    app.get(
      '/kalender/abonnement',
      {
        schema: {
          tags: ['Fristen'],
          summary: 'Stand des eigenen Kalenderabonnements',
          response: antworten({ 200: Abonnement }),
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, ...kalenderRollen);
        return abonnementDes(db, k.benutzerId);
      },
    );

    app.post(
      '/kalender/abonnement',
      {
        schema: {
          tags: ['Fristen'],
          summary: 'Neue geheime Kalenderadresse anlegen (eine frühere wird widerrufen)',
          description:
            'Die Adresse lässt sich ohne Sitzung abrufen, solange sie nicht widerrufen ist und der Benutzer aktiv ist und Fristen sehen darf. Sie enthält ein Geheimnis: Wer sie kennt, sieht Fristen, Normen und Aktenzeichen (keine Namen).',
          response: antworten({ 201: NeuesAbonnement }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...kalenderRollen);
        const { token, angelegtAm } = await abonniere(db, k);
        return antwort.status(201).send({ url: `${basis(anfrage)}/api/v1/kalender/abonnement/${token}.ics`, angelegtAm });
      },
    );

    app.delete(
      '/kalender/abonnement',
      {
        schema: {
          tags: ['Fristen'],
          summary: 'Kalenderabonnement widerrufen (die Adresse antwortet danach 404)',
          response: antworten({ 204: KeinInhalt }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...kalenderRollen);
        if (!(await widerrufe(db, k)))
          throw new Fachfehler(404, 'nicht-gefunden', 'Nicht gefunden', 'Es gibt kein aktives Kalenderabonnement.');
        return antwort.status(204).send();
      },
    );

    app.get(
      '/kalender/abonnement/:datei',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Fristen'],
          summary: 'Abonnierter Kalender (ohne Sitzung; die Adresse ist das Geheimnis)',
          security: [],
          params: Type.Object({ datei: Type.String({ maxLength: 100, description: 'Token mit der Endung .ics' }) }),
          response: antworten({ 200: ics }),
        },
      },
      async (anfrage, antwort) => {
        const { datei: name } = anfrage.params as { datei: string };
        const token = /^([A-Za-z0-9_-]{43})\.ics$/.exec(name)?.[1];
        const abo = token ? await traegerZumToken(db, token) : undefined;
        if (!abo)
          throw new Fachfehler(
            404,
            'nicht-gefunden',
            'Nicht gefunden',
            'Diesen Kalender gibt es nicht (mehr). Bitte in EGH-Clearing eine neue Adresse anlegen.',
          );
        const text = await kalenderDesTraegers(db, abo.traegerId, abo.traegerName, basis(anfrage));
        return antwort.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(text);
      },
    );
  };
}
