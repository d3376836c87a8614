// POST /sitzung (Anmeldung), GET /sitzung (wer bin ich, CSRF-Token), DELETE /sitzung (Abmeldung).
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { type Benutzerkontext, abmelden, anmelden, kontext, setzeSitzungsCookie, sitzungsCookie } from '../http/sitzung.ts';
import { rollennamen } from '../http/rollen.ts';

function antwortAus(k: Benutzerkontext) {
  return {
    benutzer: { id: k.benutzerId, benutzername: k.benutzername, name: k.name },
    traeger: k.traegerId ? { id: k.traegerId, name: k.traegerName, kurzname: k.traegerKurzname } : null,
    rollen: k.rollen,
    rollennamen: k.rollen.map((r) => rollennamen[r]),
    csrfToken: k.csrfToken,
  };
}

export function sitzungRouten(o: AppOptionen): FastifyPluginAsync {
  return async (app) => {
    app.post<{ Body: { benutzername: string; passwort: string } }>(
      '/sitzung',
      {
        config: { oeffentlich: true },
        schema: {
          tags: ['Anmeldung'],
          summary: 'Anmelden',
          description: 'Setzt das Sitzungs-Cookie (HttpOnly, SameSite=Strict) und liefert das CSRF-Token für x-csrf-token.',
          security: [],
          body: {
            type: 'object',
            properties: {
              benutzername: { type: 'string', minLength: 1, maxLength: 100 },
              passwort: { type: 'string', minLength: 1, maxLength: 200 },
            },
            required: ['benutzername', 'passwort'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const { token, kontext: k } = await anmelden(o.datenbank.db, anfrage.body.benutzername, anfrage.body.passwort, anfrage.ip);
        setzeSitzungsCookie(antwort, token, o.sichereCookies ?? anfrage.protocol === 'https');
        return antwortAus(k);
      },
    );

    app.get('/sitzung', { schema: { tags: ['Anmeldung'], summary: 'Aktuelle Sitzung' } }, (anfrage) => antwortAus(kontext(anfrage)));

    app.delete('/sitzung', { schema: { tags: ['Anmeldung'], summary: 'Abmelden' } }, async (anfrage, antwort) => {
      const token = anfrage.cookies[sitzungsCookie];
      if (token) await abmelden(o.datenbank.db, token);
      void antwort.clearCookie(sitzungsCookie, { path: '/' });
      return antwort.status(204).send();
    });
  };
}
