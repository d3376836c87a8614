// Konten zurücksetzen (Administration für ihren Träger, Plattformbetrieb für alle): den zweiten
// Faktor löschen (neu einzurichten bei der nächsten Anmeldung) oder ein Erstpasswort vergeben.
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { setzeErstpasswort, setzeZweitenFaktorZurueck } from '../anwendungsfaelle/benutzer.ts';
import { erfordereRolle } from '../http/sitzung.ts';
import { KeinInhalt, antworten } from './gemeinsam.schema.ts';

const params = {
  type: 'object',
  properties: { benutzername: { type: 'string', minLength: 1, maxLength: 100 } },
  required: ['benutzername'],
} as const;

export function benutzerRouten(o: AppOptionen): FastifyPluginAsync {
  return async (app) => {
    app.delete<{ Params: { benutzername: string } }>(
      '/benutzer/:benutzername/zweiter-faktor',
      {
        schema: {
          tags: ['Benutzer'],
          summary: 'Zweiten Faktor eines Benutzers zurücksetzen (z. B. Telefon verloren); seine Sitzungen enden',
          response: antworten({ 204: KeinInhalt }),
          params,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        await setzeZweitenFaktorZurueck(o.datenbank.db, k, anfrage.params.benutzername);
        return antwort.status(204).send();
      },
    );

    app.post<{ Params: { benutzername: string } }>(
      '/benutzer/:benutzername/erstpasswort',
      {
        schema: {
          tags: ['Benutzer'],
          summary: 'Neues Erstpasswort vergeben (einmal angezeigt, bei der nächsten Anmeldung zu ändern); Sitzungen enden',
          params,
          response: antworten({ 200: { type: 'object', properties: { erstpasswort: { type: 'string' } }, required: ['erstpasswort'] } }),
        },
      },
      async (anfrage) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        return { erstpasswort: await setzeErstpasswort(o.datenbank.db, k, anfrage.params.benutzername) };
      },
    );
  };
}
