// POST /sitzung (Anmeldung), GET /sitzung (wer bin ich, CSRF-Token), DELETE /sitzung (Abmeldung);
// die weiteren Schritte der Anmeldung (/sitzung/anmeldung/…: Code, Erstpasswort, Einrichtung des
// zweiten Faktors) und das eigene Konto (/sitzung/passwort, /sitzung/zweiter-faktor).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppOptionen } from '../app.ts';
import {
  type Anmeldeergebnis,
  aenderePasswort,
  anmelden,
  beginneEinrichtung,
  codeImVorgang,
  einrichtungImVorgang,
  erstpasswortImVorgang,
  faktorStand,
  offenerSchritt,
  pruefeCode,
  vorgangsCookie,
  vorgangsMinuten,
} from '../http/anmeldung.ts';
import { Gedrosselt, meldeErfolg } from '../http/drosselung.ts';
import { passwortHoechstlaenge } from '../http/passwort-richtlinie.ts';
import { rollennamen } from '../http/rollen.ts';
import { type Benutzerkontext, abmelden, kontext, setzeSitzungsCookie, sitzungsCookie } from '../http/sitzung.ts';
import { FaktorStand, OffenerSchritt, SchrittStand, SitzungSchema } from './sitzung.schema.ts';
import { KeinInhalt, antworten } from './gemeinsam.schema.ts';

function antwortAus(k: Benutzerkontext) {
  return {
    benutzer: { id: k.benutzerId, benutzername: k.benutzername, name: k.name },
    traeger: k.traegerId ? { id: k.traegerId, name: k.traegerName, kurzname: k.traegerKurzname } : null,
    rollen: k.rollen,
    rollennamen: k.rollen.map((r) => rollennamen[r]),
    csrfToken: k.csrfToken,
  };
}

const schrittHinweis = {
  zweiterFaktor: 'Bitte den Code der Authenticator-App eingeben (POST /api/v1/sitzung/anmeldung/code).',
  passwortAendern: 'Das Erstpasswort muss durch ein eigenes ersetzt werden (POST /api/v1/sitzung/anmeldung/passwort).',
  zweiterFaktorEinrichten:
    'Für diese Rolle ist ein zweiter Faktor Pflicht: Geheimnis abrufen (POST /api/v1/sitzung/anmeldung/zweiter-faktor), in der Authenticator-App speichern und mit einem Code bestätigen (POST /api/v1/sitzung/anmeldung/code).',
} as const;

const passwortFeld = { type: 'string', minLength: 1, maxLength: passwortHoechstlaenge } as const;
const codeFeld = { type: 'string', minLength: 1, maxLength: 20, description: 'sechsstelliger Code der Authenticator-App' } as const;
const einrichtungSchema = {
  type: 'object',
  properties: { geheimnis: { type: 'string' }, uri: { type: 'string' }, qrSvg: { type: 'string' } },
  required: ['geheimnis', 'uri', 'qrSvg'],
} as const;

/** 429 mit Retry-After; die Kopfzeile setzt die Route, das Problem-JSON der Fehlerbehandler. */
async function mitDrosselung<T>(antwort: FastifyReply, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Gedrosselt) void antwort.header('retry-after', String(e.wiederholenNach));
    throw e;
  }
}

export function sitzungRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  const uhr = o.uhr ?? Date.now;
  return async (app) => {
    const sicher = (protokoll: string) => o.sichereCookies ?? protokoll === 'https';

    function beantworte(anfrage: FastifyRequest, antwort: FastifyReply, e: Anmeldeergebnis) {
      const protokoll = anfrage.protocol;
      if (e.art === 'sitzung') {
        if (anfrage.cookies[vorgangsCookie]) void antwort.clearCookie(vorgangsCookie, { path: '/api/v1/sitzung' });
        setzeSitzungsCookie(antwort, e.token, sicher(protokoll));
        return antwortAus(e.kontext);
      }
      void antwort.setCookie(vorgangsCookie, e.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: sicher(protokoll),
        path: '/api/v1/sitzung',
        maxAge: vorgangsMinuten * 60,
      });
      return antwort.status(202).send({ schritt: e.schritt, benutzername: e.benutzername, hinweis: schrittHinweis[e.schritt] });
    }

    app.post<{ Body: { benutzername: string; passwort: string } }>(
      '/sitzung',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Anmeldung'],
          summary: 'Anmelden',
          response: antworten({ 200: SitzungSchema, 202: OffenerSchritt }),
          description:
            'Setzt das Sitzungs-Cookie (HttpOnly, SameSite=Strict) und liefert das CSRF-Token für x-csrf-token. Fehlt noch ein Schritt (Code des zweiten Faktors, Erstpasswort ändern, zweiten Faktor einrichten), antwortet der Server mit 202 und dem Schritt; die Sitzung entsteht erst danach. Gedrosselt je Benutzer und Adresse (5 Versuche in 15 Minuten), je Benutzer (20 in einer Stunde) und je Adresse (30 in 15 Minuten): 429 mit Retry-After.',
          security: [],
          body: {
            type: 'object',
            properties: {
              benutzername: { type: 'string', minLength: 1, maxLength: 100 },
              passwort: passwortFeld,
            },
            required: ['benutzername', 'passwort'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) =>
        beantworte(
          anfrage,
          antwort,
          await mitDrosselung(antwort, () => anmelden(db, anfrage.body.benutzername, anfrage.body.passwort, anfrage.ip)),
        ),
    );

    app.get(
      '/sitzung/anmeldung',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Anmeldung'],
          summary: 'Offener Schritt der laufenden Anmeldung',
          security: [],
          response: antworten({ 200: SchrittStand }),
        },
      },
      async (anfrage) => offenerSchritt(db, anfrage.cookies[vorgangsCookie]),
    );

    app.post<{ Body: { code: string } }>(
      '/sitzung/anmeldung/code',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Anmeldung'],
          summary: 'Code des zweiten Faktors (Anmeldung oder Abschluss der Einrichtung)',
          response: antworten({ 200: SitzungSchema, 202: OffenerSchritt }),
          security: [],
          body: { type: 'object', properties: { code: codeFeld }, required: ['code'], additionalProperties: false },
        },
      },
      async (anfrage, antwort) =>
        beantworte(
          anfrage,
          antwort,
          await mitDrosselung(antwort, () => codeImVorgang(db, anfrage.cookies[vorgangsCookie], anfrage.body.code, anfrage.ip, uhr())),
        ),
    );

    app.post(
      '/sitzung/anmeldung/zweiter-faktor',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Anmeldung'],
          summary: 'Zweiten Faktor während der Anmeldung einrichten: Geheimnis, otpauth://-Adresse, QR-Code',
          security: [],
          response: antworten({ 200: einrichtungSchema }),
        },
      },
      async (anfrage) => einrichtungImVorgang(db, anfrage.cookies[vorgangsCookie]),
    );

    app.post<{ Body: { neuesPasswort: string } }>(
      '/sitzung/anmeldung/passwort',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Anmeldung'],
          summary: 'Erstpasswort durch ein eigenes ersetzen',
          response: antworten({ 200: SitzungSchema, 202: OffenerSchritt }),
          security: [],
          body: { type: 'object', properties: { neuesPasswort: passwortFeld }, required: ['neuesPasswort'], additionalProperties: false },
        },
      },
      async (anfrage, antwort) =>
        beantworte(anfrage, antwort, await erstpasswortImVorgang(db, anfrage.cookies[vorgangsCookie], anfrage.body.neuesPasswort)),
    );

    app.get(
      '/sitzung',
      { schema: { tags: ['Anmeldung'], summary: 'Aktuelle Sitzung', response: antworten({ 200: SitzungSchema }) } },
      (anfrage) => antwortAus(kontext(anfrage)),
    );

    app.delete(
      '/sitzung',
      { schema: { tags: ['Anmeldung'], summary: 'Abmelden', response: antworten({ 204: KeinInhalt }) } },
      async (anfrage, antwort) => {
        const token = anfrage.cookies[sitzungsCookie];
        if (token) await abmelden(db, token);
        void antwort.clearCookie(sitzungsCookie, { path: '/' });
        return antwort.status(204).send();
      },
    );

    app.put<{ Body: { altesPasswort: string; neuesPasswort: string } }>(
      '/sitzung/passwort',
      {
        schema: {
          tags: ['Anmeldung'],
          summary: 'Eigenes Passwort ändern',
          response: antworten({ 204: KeinInhalt }),
          description:
            'Prüft das bisherige Passwort (gedrosselt wie die Anmeldung) und die Passwortregeln; alle anderen Sitzungen des Kontos enden.',
          body: {
            type: 'object',
            properties: { altesPasswort: passwortFeld, neuesPasswort: passwortFeld },
            required: ['altesPasswort', 'neuesPasswort'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        await mitDrosselung(antwort, () =>
          aenderePasswort(db, kontext(anfrage), { ...anfrage.body, adresse: anfrage.ip, sitzungsToken: anfrage.cookies[sitzungsCookie] }),
        );
        return antwort.status(204).send();
      },
    );

    app.get(
      '/sitzung/zweiter-faktor',
      { schema: { tags: ['Anmeldung'], summary: 'Stand des eigenen zweiten Faktors', response: antworten({ 200: FaktorStand }) } },
      (anfrage) => faktorStand(db, kontext(anfrage)),
    );

    app.post(
      '/sitzung/zweiter-faktor',
      {
        schema: {
          tags: ['Anmeldung'],
          summary: 'Zweiten Faktor einrichten: Geheimnis, otpauth://-Adresse, QR-Code (danach mit PUT bestätigen)',
          response: antworten({ 200: einrichtungSchema }),
        },
      },
      async (anfrage) => {
        const k = kontext(anfrage);
        return beginneEinrichtung(db, k.benutzerId, k.benutzername);
      },
    );

    app.put<{ Body: { code: string } }>(
      '/sitzung/zweiter-faktor',
      {
        schema: {
          tags: ['Anmeldung'],
          summary: 'Einrichtung des zweiten Faktors mit einem Code bestätigen',
          response: antworten({ 204: KeinInhalt }),
          body: { type: 'object', properties: { code: codeFeld }, required: ['code'], additionalProperties: false },
        },
      },
      async (anfrage, antwort) => {
        const k = kontext(anfrage);
        await mitDrosselung(antwort, () => pruefeCode(db, k.benutzerId, k.benutzername, anfrage.body.code, anfrage.ip, uhr(), true));
        await meldeErfolg(db, k.benutzername, anfrage.ip, 1);
        return antwort.status(204).send();
      },
    );
  };
}
