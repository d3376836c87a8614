// Briefe und Dokumente: POST /{erstattungsansprueche|amtshilfeersuchen|mehrkostenvergleiche|beitritte}/:id/briefe
// erzeugt einen Brief und speichert ihn als Dokument des Datensatzes; GET …/:id/dokumente listet,
// GET /dokumente/:id lädt herunter (PDF); GET /amtshilfeersuchen/:id/xrechnung liefert die
// Rechnung der Abrechnung als XRechnung (UBL).
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { type Vorlage, vorlagen } from '@egh/briefe';
import type { AppOptionen } from '../app.ts';
import { alsMandant } from '../db/verbindung.ts';
import {
  type BriefBezug,
  briefBezuege,
  erzeugeBrief,
  ladeDokument,
  listeDokumente,
  vorlagenJeBezug,
} from '../anwendungsfaelle/dokumente.ts';
import { xrechnungFuerErsuchen } from '../anwendungsfaelle/xrechnung.ts';
import { mitIdempotenz } from '../http/idempotenz.ts';
import { erfordereTraeger, mandantVon } from '../http/sitzung.ts';
import { idParams } from './schemata.ts';

/** Wer Dokumente sieht und Briefe erzeugt; die Anwendungsfälle prüfen Seite und Rolle je Vorlage. */
const rollen = ['sachbearbeitung', 'kostenerstattung', 'leitung', 'administration'] as const;

/** If-Match ist für Briefe freiwillig: ohne ihn gilt der Stand, den die Transaktion liest. */
function versionAusIfMatch(kopf: string | string[] | undefined): number | undefined {
  if (typeof kopf !== 'string' || !kopf.trim()) return undefined;
  const m = /^(?:W\/)?"(\d+)"$/.exec(kopf.trim());
  return m ? Number(m[1]) : -1;
}

/** Content-Disposition mit ASCII-Ersatz und UTF-8-Namen (RFC 6266, RFC 8187). */
function alsAnhang(antwort: FastifyReply, name: string): void {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  void antwort.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`);
}

export function dokumenteRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    for (const [pfad, bezug] of Object.entries(briefBezuege) as [string, BriefBezug][]) {
      const erlaubt = vorlagenJeBezug[bezug];
      app.post<{ Params: { id: string }; Body: { vorlage: Vorlage } }>(
        `/${pfad}/:id/briefe`,
        {
          schema: {
            tags: ['Dokumente'],
            summary: `Brief erzeugen und als Dokument speichern (${erlaubt.map((v) => vorlagen[v]).join(', ')})${
              bezug === 'erstattungsanspruch' ? '; die Anmeldung macht den Anspruch geltend (§ 111 SGB X), If-Match freiwillig' : ''
            }`,
            params: idParams,
            body: {
              type: 'object',
              properties: { vorlage: { type: 'string', enum: erlaubt } },
              required: ['vorlage'],
              additionalProperties: false,
            },
          },
        },
        async (anfrage, antwort) => {
          const k = erfordereTraeger(anfrage, ...rollen);
          const version = versionAusIfMatch(anfrage.headers['if-match']);
          return mitIdempotenz(db, anfrage, antwort, k, async (tx) => {
            const d = await erzeugeBrief(tx, k, bezug, anfrage.params.id, anfrage.body.vorlage, version);
            return { status: 201, body: d, kopfzeilen: { location: `/api/v1/dokumente/${d.id}` } };
          });
        },
      );

      app.get<{ Params: { id: string } }>(
        `/${pfad}/:id/dokumente`,
        { schema: { tags: ['Dokumente'], summary: 'Dokumente des Datensatzes (neueste zuerst, ohne Inhalt)', params: idParams } },
        async (anfrage) => {
          const k = erfordereTraeger(anfrage, ...rollen);
          const eintraege = await alsMandant(db, mandantVon(k), (tx) => listeDokumente(tx, k, bezug, anfrage.params.id));
          return { eintraege, gesamt: eintraege.length };
        },
      );
    }

    app.get<{ Params: { id: string } }>(
      '/dokumente/:id',
      { schema: { tags: ['Dokumente'], summary: 'Dokument herunterladen (PDF)', params: idParams } },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...rollen);
        const d = await alsMandant(db, mandantVon(k), (tx) => ladeDokument(tx, k, anfrage.params.id));
        alsAnhang(antwort, d.info.dateiname);
        return antwort.type(d.info.mimeType).header('cache-control', 'private, no-store').send(d.inhalt);
      },
    );

    app.get<{ Params: { id: string } }>(
      '/amtshilfeersuchen/:id/xrechnung',
      {
        schema: {
          tags: ['Dokumente'],
          summary:
            'Rechnung der Abrechnung als XRechnung (UBL) mit der Leitweg-ID des Empfängers (BT-10); 422 nennt jede fehlende Stammdatenangabe',
          params: idParams,
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereTraeger(anfrage, ...rollen);
        const r = await alsMandant(db, mandantVon(k), (tx) => xrechnungFuerErsuchen(tx, k, anfrage.params.id));
        alsAnhang(antwort, r.dateiname);
        return antwort.type('application/xml; charset=utf-8').header('cache-control', 'private, no-store').send(r.xml);
      },
    );
  };
}
