// /erstattungsansprueche: das Erstattungsbuch (ausgehend und eingehend), ein Anspruch mit
// Zeiträumen und Maßnahmen, § 111 je Leistungsfall, § 113, Zinsen, Zahlungen, und die Arbeitsschritte als Aktionen.
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  anspruchWidersprueche,
  aendereAnspruch,
  erfasseZahlung,
  fuehreAus,
  legeAnspruchAn,
  leseAnspruch,
  listeAnsprueche,
} from '../anwendungsfaelle/erstattung.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';
import {
  type Aktion,
  type AnspruchAenderung,
  AnspruchAenderungSchema,
  type AnspruchEingabe,
  AnspruchEingabeSchema,
  type AnspruchFilter,
  AnspruchFilterSchema,
  AnspruchListe,
  AnspruchSchema,
  ErstattungAktionen,
  type ZahlungEingabe,
  ZahlungEingabeSchema,
} from './erstattung.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

const rollen = ['kostenerstattung', 'leitung', 'sachbearbeitung'] as const;

export function erstattungRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{ Querystring: AnspruchFilter }>(
      '/erstattungsansprueche',
      {
        schema: {
          tags: ['Erstattung'],
          summary: 'Erstattungsbuch: ausgehende und eingehende Ansprüche',
          response: antworten({ 200: AnspruchListe }),
          querystring: AnspruchFilterSchema,
        },
      },
      async (anfrage) => {
        const k = erfordereTraeger(anfrage, ...rollen);
        return alsMandant(db, mandantVon(k), (tx) => listeAnsprueche(tx, k, anfrage.query));
      },
    );

    app.post<{ Body: AnspruchEingabe }>(
      '/erstattungsansprueche',
      {
        config: { widersprueche: (body: unknown) => anspruchWidersprueche(body, true) },
        schema: {
          tags: ['Erstattung'],
          summary: 'Erstattungsanspruch anlegen (Entwurf); Rechtsgrundlage, Betrag und Fristen vom Regelwerk',
          description:
            'Eingabefehler meldet 400 auf einmal: Schemafehler und Widersprüche zwischen Feldern (z. B. Ende vor Beginn) zusammen.',
          response: antworten({ 201: AnspruchSchema }),
          body: AnspruchEingabeSchema,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'kostenerstattung', 'leitung');
        return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
          const a = await legeAnspruchAn(tx, k, anfrage.body);
          const voll = await leseAnspruch(tx, k, a.id);
          return { status: 201, body: voll, kopfzeilen: { location: `/api/v1/erstattungsansprueche/${a.id}`, etag: `"${a.version}"` } };
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      '/erstattungsansprueche/:id',
      {
        schema: {
          tags: ['Erstattung'],
          summary: 'Ein Anspruch mit Zeiträumen, Fristen, Zinsen, Zahlungen und Entscheidungen',
          params: idParams,
          response: antworten({ 200: AnspruchSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...rollen);
        const a = await alsMandant(db, mandantVon(k), (tx) => leseAnspruch(tx, k, anfrage.params.id));
        setzeEtag(antwort, a.version);
        return a;
      },
    );

    app.patch<{ Params: { id: string }; Body: AnspruchAenderung }>(
      '/erstattungsansprueche/:id',
      {
        config: { widersprueche: (body: unknown) => anspruchWidersprueche(body, false) },
        schema: {
          tags: ['Erstattung'],
          summary: 'Anspruch ändern (If-Match); die Bemerkung dürfen beide Parteien ändern',
          params: idParams,
          body: AnspruchAenderungSchema,
          response: antworten({ 200: AnspruchSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'kostenerstattung', 'leitung');
        const version = erwarteteVersion(anfrage);
        const a = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await aendereAnspruch(tx, k, anfrage.params.id, version, anfrage.body);
          return leseAnspruch(tx, k, neu.id);
        });
        setzeEtag(antwort, a.version);
        return a;
      },
    );

    const aktionen: { pfad: string; aktion: Aktion['aktion']; summary: string }[] = [
      { pfad: 'anmelden', aktion: 'anmelden', summary: 'Anspruch anmelden (Geltendmachung, wahrt § 111 SGB X)' },
      {
        pfad: 'beziffern',
        aktion: 'beziffern',
        summary: 'Anspruch beziffern (vollständiger Erstattungsantrag, § 108 Abs. 2 SGB X)',
      },
      {
        pfad: 'vorschlagen',
        aktion: 'vorschlagen',
        summary: 'Entscheidung vorschlagen (Verpflichteter; Vier-Augen-Prinzip)',
      },
      { pfad: 'freigeben', aktion: 'freigeben', summary: 'Vorschlag freigeben (Leitung, andere Person als der Vorschlagende)' },
      {
        pfad: 'vorschlag-verwerfen',
        aktion: 'vorschlagVerwerfen',
        summary: 'Vorschlag verwerfen',
      },
      { pfad: 'klagen', aktion: 'klagen', summary: 'Klage erhoben (hemmt § 113 SGB X)' },
      { pfad: 'rechtskraft', aktion: 'rechtskraft', summary: 'Rechtskräftiger Abschluss des Verfahrens' },
      { pfad: 'erledigen', aktion: 'erledigen', summary: 'Anspruch erledigen' },
    ];
    for (const a of aktionen) {
      app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(
        `/erstattungsansprueche/:id/${a.pfad}`,
        {
          schema: {
            tags: ['Erstattung'],
            summary: `${a.summary} (If-Match)`,
            params: idParams,
            body: ErstattungAktionen[a.aktion],
            response: antworten({ 200: AnspruchSchema }),
          },
        },
        async (anfrage, antwort) => {
          const k = erfordereTraeger(anfrage, 'kostenerstattung', 'leitung');
          const version = erwarteteVersion(anfrage);
          const r = await alsMandant(db, mandantVon(k), async (tx) => {
            const neu = await fuehreAus(tx, k, anfrage.params.id, version, { aktion: a.aktion, ...(anfrage.body ?? {}) } as Aktion);
            return leseAnspruch(tx, k, neu.id);
          });
          setzeEtag(antwort, r.version);
          return r;
        },
      );
    }

    app.post<{ Params: { id: string }; Body: ZahlungEingabe }>(
      '/erstattungsansprueche/:id/zahlungen',
      {
        schema: {
          tags: ['Erstattung'],
          summary: 'Zahlung erfassen (If-Match); Zinsen nach § 108 Abs. 2 SGB X auf Antrag',
          params: idParams,
          body: ZahlungEingabeSchema,
          response: antworten({ 201: AnspruchSchema }),
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, 'kostenerstattung', 'leitung');
        const version = erwarteteVersion(anfrage);
        const r = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await erfasseZahlung(tx, k, anfrage.params.id, version, anfrage.body);
          return leseAnspruch(tx, k, neu.id);
        });
        setzeEtag(antwort, r.version);
        return antwort.status(201).send(r);
      },
    );
  };
}
