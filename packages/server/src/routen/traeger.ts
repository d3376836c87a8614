// Trägerregister: alle lesen; ändern darf die Administration des eigenen Trägers oder der
// Plattformbetrieb; anlegen nur der Plattformbetrieb.
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import { leistungsbereiche, pruefeIban, pruefeLeitwegId, rolleInWorten, type TraegerRolle } from '@egh/recht';
import type { AppOptionen } from '../app.ts';
import { traeger } from '../db/schema.ts';
import { alsMandant } from '../db/verbindung.ts';
import { heute, protokolliere, seitenSchema } from '../anwendungsfaelle/gemeinsam.ts';
import { aendereMitVersion } from '../anwendungsfaelle/version.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { eingabefehler, nichtGefunden, verboten } from '../http/problem.ts';
import { erfordereRolle, kontext, mandantVon } from '../http/sitzung.ts';
import { datumSchema, landSchema } from './schemata.ts';
import { TraegerListe, TraegerSchema } from './traeger.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

const anschriftSchema = {
  type: 'object',
  properties: {
    strasse: { type: 'string', maxLength: 200 },
    plz: { type: 'string', pattern: '^\\d{5}$' },
    ort: { type: 'string', maxLength: 100 },
  },
  additionalProperties: false,
};
const kontaktSchema = {
  type: 'object',
  properties: {
    telefon: { type: 'string', maxLength: 50 },
    email: { type: 'string', maxLength: 200 },
    ansprechpartner: { type: 'string', maxLength: 200 },
  },
  additionalProperties: false,
};
const aenderbar = {
  name: { type: 'string', minLength: 1, maxLength: 200 },
  kurzname: { type: 'string', minLength: 1, maxLength: 60 },
  anschrift: anschriftSchema,
  kontakt: kontaktSchema,
  leitwegId: { type: ['string', 'null'], maxLength: 46, description: 'Leitweg-ID (ISO 7064 Mod 97-10 geprüft)' },
  iban: { type: ['string', 'null'], pattern: '^DE\\d{20}$' },
  aufsichtsbehoerde: { type: ['string', 'null'], maxLength: 200 },
  ohneUnterschrift: {
    type: 'boolean',
    description:
      'Schreiben des Trägers maschinell erstellt und ohne Unterschrift gültig (§ 33 Abs. 5 SGB X): der Hinweis statt Raum für die Unterschrift, in jedem Brief',
  },
} as const;

const leistungsbereichSchema = { type: 'string', enum: [...leistungsbereiche] } as const;
/** Eine datierte Rolle im Register; nur der Plattformbetrieb berichtigt sie. */
const rolleSchema = {
  type: 'object',
  properties: {
    rolle: { type: 'string', enum: ['eingliederungshilfe', 'sozialhilfe', 'jugendhilfe', 'herangezogen'], title: 'Rolle' },
    ebene: { type: 'string', enum: ['oertlich', 'ueberoertlich'], title: 'Ebene' },
    personen: { type: 'string', enum: ['alle', 'kinderUndSchule', 'erwachsene'], title: 'Personenkreis' },
    ausgenommen: { type: 'array', items: leistungsbereichSchema, maxItems: 6, uniqueItems: true },
    nur: { type: 'array', items: leistungsbereichSchema, maxItems: 6, uniqueItems: true },
    fuer: { type: 'string', maxLength: 100, title: 'für den Träger' },
    gueltigAb: { ...datumSchema, title: 'gültig ab' },
    gueltigBis: { ...datumSchema, title: 'gültig bis' },
    grundlage: { type: 'string', minLength: 1, maxLength: 300, title: 'Rechtsgrundlage' },
    fundstelle: { type: 'string', minLength: 1, maxLength: 500, title: 'Fundstelle' },
    geprueft: { type: 'boolean', title: 'geprüft' },
  },
  required: ['rolle', 'ebene', 'personen', 'gueltigAb', 'grundlage', 'fundstelle', 'geprueft'],
  additionalProperties: false,
} as const;
const rollenSchema = { type: 'array', items: rolleSchema, maxItems: 20 } as const;

interface TraegerAenderung {
  name?: string;
  kurzname?: string;
  anschrift?: Record<string, string>;
  kontakt?: Record<string, string>;
  leitwegId?: string | null;
  iban?: string | null;
  aufsichtsbehoerde?: string | null;
  ohneUnterschrift?: boolean;
  rollen?: TraegerRolle[];
  quelle?: string | null;
}

/** Rollen und Fundstelle berichtigt nur der Plattformbetrieb; die Administration pflegt Stammdaten. */
function pruefeRollenaenderung(k: { rollen: readonly string[] }, body: TraegerAenderung): void {
  if ((body.rollen !== undefined || body.quelle !== undefined) && !k.rollen.includes('plattformbetrieb'))
    throw verboten('Rollen und Fundstelle eines Trägers berichtigt nur der Plattformbetrieb.');
  for (const [i, r] of (body.rollen ?? []).entries())
    if (r.gueltigBis && r.gueltigBis < r.gueltigAb)
      throw eingabefehler([{ pfad: `/rollen/${i}/gueltigBis`, meldung: 'Das Ende der Rolle liegt vor ihrem Beginn.' }]);
}

/** Leitweg-ID und IBAN mit ihren Prüfziffern; das Schema prüft nur die Form. */
function pruefeKennungen(e: TraegerAenderung): void {
  const fehler = [];
  const leitweg = e.leitwegId ? pruefeLeitwegId(e.leitwegId) : undefined;
  if (leitweg) fehler.push({ pfad: '/leitwegId', meldung: leitweg });
  // ISO 13616: sonst lehnt erst die XRechnung die IBAN ab (BR-DE-19), Monate nach der Eingabe.
  if (e.iban && !pruefeIban(e.iban)) fehler.push({ pfad: '/iban', meldung: 'IBAN: Prüfziffer stimmt nicht.' });
  if (fehler.length) throw eingabefehler(fehler);
}

/** Der Datensatz mit seinen Rollen in Worten für die Oberfläche. */
function mitWorten<T extends { rollen: TraegerRolle[] }>(t: T): T & { rollenInWorten: string[] } {
  return { ...t, rollenInWorten: t.rollen.map(rolleInWorten) };
}

export function traegerRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get<{
      Querystring: {
        suche?: string;
        land?: string;
        art?: string;
        rolle?: string;
        stichtag?: string;
        seite: number;
        proSeite: number;
        sortierung: string;
      };
    }>(
      '/traeger',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Trägerregister durchsuchen',
          response: antworten({ 200: TraegerListe }),
          querystring: {
            type: 'object',
            properties: {
              suche: { type: 'string', maxLength: 100 },
              land: landSchema,
              art: { type: 'string', enum: ['oertlich', 'ueberoertlich', 'sonstig'] },
              rolle: {
                type: 'string',
                enum: ['eingliederungshilfe', 'sozialhilfe', 'jugendhilfe', 'herangezogen'],
                description: 'nur Träger mit dieser Rolle am Stichtag',
              },
              stichtag: { ...datumSchema, description: 'Stichtag der Rolle (Standard: heute)' },
              sortierung: { type: 'string', enum: ['name', '-name', 'land', '-land', 'id'], default: 'name' },
              ...seitenSchema,
            },
            additionalProperties: false,
          },
        },
      },
      async (anfrage) => {
        const q = anfrage.query;
        const bedingungen: SQL[] = [];
        if (q.suche) {
          const muster = `%${q.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
          const treffer = or(ilike(traeger.name, muster), ilike(traeger.kurzname, muster), ilike(traeger.id, muster));
          if (treffer) bedingungen.push(treffer);
        }
        if (q.land) bedingungen.push(eq(traeger.land, q.land));
        if (q.art) bedingungen.push(eq(traeger.art, q.art as 'oertlich'));
        if (q.rolle) {
          const tag = q.stichtag ?? heute();
          bedingungen.push(
            sql`exists (select 1 from jsonb_array_elements(${traeger.rollen}) r where r->>'rolle' = ${q.rolle} and r->>'gueltigAb' <= ${tag} and coalesce(r->>'gueltigBis', '9999-12-31') >= ${tag})`,
          );
        }
        const wo = bedingungen.length ? and(...bedingungen) : undefined;
        const feld = q.sortierung.replace('-', '') === 'land' ? traeger.land : q.sortierung === 'id' ? traeger.id : traeger.name;
        const ordnung = q.sortierung.startsWith('-') ? desc(feld) : asc(feld);
        return alsMandant(db, mandantVon(kontext(anfrage)), async (tx) => {
          const [gesamt] = await tx.select({ n: count() }).from(traeger).where(wo);
          const eintraege = await tx
            .select()
            .from(traeger)
            .where(wo)
            .orderBy(ordnung, asc(traeger.id))
            .limit(q.proSeite)
            .offset((q.seite - 1) * q.proSeite);
          return { eintraege, gesamt: gesamt?.n ?? 0, seite: q.seite, proSeite: q.proSeite };
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      '/traeger/:id',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Ein Träger',
          response: antworten({ 200: TraegerSchema }),
          params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
        },
      },
      async (anfrage, antwort) => {
        const t = await alsMandant(
          db,
          mandantVon(kontext(anfrage)),
          async (tx) => (await tx.select().from(traeger).where(eq(traeger.id, anfrage.params.id)))[0],
        );
        if (!t) throw nichtGefunden('Träger');
        setzeEtag(antwort, t.version);
        return mitWorten(t);
      },
    );

    app.patch<{ Params: { id: string }; Body: TraegerAenderung }>(
      '/traeger/:id',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Stammdaten ändern (Administration des eigenen Trägers, Plattformbetrieb)',
          response: antworten({ 200: TraegerSchema }),
          params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
          body: {
            type: 'object',
            properties: { ...aenderbar, rollen: rollenSchema, quelle: { type: ['string', 'null'], maxLength: 500 } },
            additionalProperties: false,
            minProperties: 1,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        const version = erwarteteVersion(anfrage);
        pruefeKennungen(anfrage.body);
        pruefeRollenaenderung(k, anfrage.body);
        const t = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await aendereMitVersion(tx, traeger, anfrage.params.id, version, { ...anfrage.body }, 'Träger');
          await protokolliere(tx, k, 'aendern', 'traeger', neu.id, { felder: Object.keys(anfrage.body) });
          return neu;
        });
        setzeEtag(antwort, t.version);
        return mitWorten(t);
      },
    );

    app.post<{
      Body: TraegerAenderung & {
        id: string;
        name: string;
        kurzname: string;
        art: 'oertlich' | 'ueberoertlich' | 'sonstig';
        land: string;
        rechtstraeger: string;
      };
    }>(
      '/traeger',
      {
        schema: {
          tags: ['Träger'],
          summary: 'Träger anlegen (Plattformbetrieb)',
          response: antworten({ 201: TraegerSchema }),
          body: {
            type: 'object',
            properties: {
              id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,60}$' },
              art: { type: 'string', enum: ['oertlich', 'ueberoertlich', 'sonstig'] },
              land: landSchema,
              rechtstraeger: { type: 'string', minLength: 1, maxLength: 200 },
              ...aenderbar,
              rollen: rollenSchema,
              quelle: { type: ['string', 'null'], maxLength: 500 },
            },
            required: ['id', 'name', 'kurzname', 'art', 'land', 'rechtstraeger'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'plattformbetrieb');
        pruefeKennungen(anfrage.body);
        const t = await alsMandant(db, mandantVon(k), async (tx) => {
          const [vorhanden] = await tx.select({ id: traeger.id }).from(traeger).where(eq(traeger.id, anfrage.body.id));
          if (vorhanden)
            throw eingabefehler([{ pfad: '/id', meldung: `Ein Träger mit der Kennung ${anfrage.body.id} existiert bereits.` }]);
          const [neu] = await tx.insert(traeger).values(anfrage.body).returning();
          await protokolliere(tx, k, 'anlegen', 'traeger', anfrage.body.id);
          return neu;
        });
        if (!t) throw nichtGefunden('Träger');
        setzeEtag(antwort, t.version);
        return antwort.status(201).header('location', `/api/v1/traeger/${t.id}`).send(mitWorten(t));
      },
    );
  };
}
