// Vereinbarungen (Fassungen der Verwaltungsvereinbarung, z. B. BAGüS-Amtshilfe 01.01.2025) und
// Beitritte. Beträge sind Daten des Plattformbetriebs; ein Beispielbetrag ist als solcher markiert.
import { and, asc, eq, gt, gte, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { AppOptionen } from '../app.ts';
import { beitritt, traeger, vereinbarung } from '../db/schema.ts';
import { alsMandant } from '../db/verbindung.ts';
import { protokolliere } from '../anwendungsfaelle/gemeinsam.ts';
import { aendereMitVersion } from '../anwendungsfaelle/version.ts';
import { erwarteteVersion, setzeEtag } from '../http/etag.ts';
import { eingabefehler, konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import { erfordereRolle, kontext, mandantVon } from '../http/sitzung.ts';
import { centSchema, datumOderNullSchema, datumSchema, idParams } from './schemata.ts';
import { Type } from '@sinclair/typebox';
import { BeitrittZeile, VereinbarungMitMitgliedern, VereinbarungZeile } from './traeger.schema.ts';
import { antworten } from './gemeinsam.schema.ts';

const vereinbarungFelder = {
  bezeichnung: { type: 'string', minLength: 1, maxLength: 300 },
  gueltigAb: datumSchema,
  pauschalen: { type: 'object', additionalProperties: centSchema, description: 'Pauschale je Aufgabe in Cent' },
  reisekostenEnthalten: { type: ['boolean', 'null'] },
  quelle: { type: 'string', minLength: 1, maxLength: 500 },
  beispiel: { type: 'boolean', description: 'Beispielbetrag (nicht die Vereinbarung selbst)' },
} as const;

interface VereinbarungEingabe {
  id?: string;
  bezeichnung: string;
  gueltigAb: string;
  pauschalen: Record<string, number>;
  reisekostenEnthalten?: boolean | null;
  quelle: string;
  beispiel?: boolean;
}

export function vereinbarungRouten(o: AppOptionen): FastifyPluginAsync {
  const db = o.datenbank.db;
  return async (app) => {
    app.get(
      '/vereinbarungen',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Vereinbarungsfassungen',
          response: antworten({ 200: Type.Array(VereinbarungZeile) }),
        },
      },
      async (anfrage) =>
        alsMandant(db, mandantVon(kontext(anfrage)), (tx) => tx.select().from(vereinbarung).orderBy(asc(vereinbarung.gueltigAb))),
    );

    app.get<{ Params: { id: string } }>(
      '/vereinbarungen/:id',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Eine Vereinbarungsfassung mit Mitgliedern',
          response: antworten({ 200: VereinbarungMitMitgliedern }),
          params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
        },
      },
      async (anfrage, antwort) => {
        const r = await alsMandant(db, mandantVon(kontext(anfrage)), async (tx) => {
          const [v] = await tx.select().from(vereinbarung).where(eq(vereinbarung.id, anfrage.params.id));
          if (!v) return undefined;
          const mitglieder = await tx
            .select({ beitritt, traeger: { id: traeger.id, name: traeger.name, land: traeger.land } })
            .from(beitritt)
            .innerJoin(traeger, eq(traeger.id, beitritt.traegerId))
            .where(eq(beitritt.vereinbarungId, v.id))
            .orderBy(asc(traeger.name));
          return { ...v, mitglieder: mitglieder.map((m) => ({ ...m.beitritt, traeger: m.traeger })) };
        });
        if (!r) throw nichtGefunden('Vereinbarung');
        setzeEtag(antwort, r.version);
        return r;
      },
    );

    app.post<{ Body: VereinbarungEingabe & { id: string } }>(
      '/vereinbarungen',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Vereinbarungsfassung anlegen (Plattformbetrieb)',
          response: antworten({ 201: VereinbarungZeile }),
          body: {
            type: 'object',
            properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,60}$' }, ...vereinbarungFelder },
            required: ['id', 'bezeichnung', 'gueltigAb', 'pauschalen', 'quelle'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'plattformbetrieb');
        const v = await alsMandant(db, mandantVon(k), async (tx) => {
          const [vorhanden] = await tx.select({ id: vereinbarung.id }).from(vereinbarung).where(eq(vereinbarung.id, anfrage.body.id));
          if (vorhanden) throw eingabefehler([{ pfad: '/id', meldung: `Eine Vereinbarung ${anfrage.body.id} existiert bereits.` }]);
          const [neu] = await tx.insert(vereinbarung).values(anfrage.body).returning();
          await protokolliere(tx, k, 'anlegen', 'vereinbarung', anfrage.body.id);
          return neu;
        });
        if (!v) throw nichtGefunden('Vereinbarung');
        setzeEtag(antwort, v.version);
        return antwort.status(201).header('location', `/api/v1/vereinbarungen/${v.id}`).send(v);
      },
    );

    app.patch<{ Params: { id: string }; Body: Partial<VereinbarungEingabe> }>(
      '/vereinbarungen/:id',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Vereinbarungsfassung ändern (Plattformbetrieb)',
          response: antworten({ 200: VereinbarungZeile }),
          body: { type: 'object', properties: vereinbarungFelder, additionalProperties: false, minProperties: 1 },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'plattformbetrieb');
        const version = erwarteteVersion(anfrage);
        const v = await alsMandant(db, mandantVon(k), async (tx) => {
          const neu = await aendereMitVersion(tx, vereinbarung, anfrage.params.id, version, { ...anfrage.body }, 'Vereinbarung');
          await protokolliere(tx, k, 'aendern', 'vereinbarung', neu.id, { felder: Object.keys(anfrage.body) });
          return neu;
        });
        setzeEtag(antwort, v.version);
        return v;
      },
    );

    app.get<{ Querystring: { traeger?: string; vereinbarung?: string } }>(
      '/beitritte',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Beitritte (öffentliche Mitgliederliste)',
          response: antworten({ 200: Type.Array(BeitrittZeile) }),
          querystring: {
            type: 'object',
            properties: { traeger: { type: 'string' }, vereinbarung: { type: 'string' } },
            additionalProperties: false,
          },
        },
      },
      async (anfrage) => {
        const b: SQL[] = [];
        if (anfrage.query.traeger) b.push(eq(beitritt.traegerId, anfrage.query.traeger));
        if (anfrage.query.vereinbarung) b.push(eq(beitritt.vereinbarungId, anfrage.query.vereinbarung));
        return alsMandant(db, mandantVon(kontext(anfrage)), (tx) =>
          tx
            .select()
            .from(beitritt)
            .where(b.length ? and(...b) : undefined)
            .orderBy(asc(beitritt.wirksamAb)),
        );
      },
    );

    app.post<{ Body: { traegerId?: string; vereinbarungId: string; erklaertAm: string; wirksamAb: string } }>(
      '/beitritte',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Beitritt erklären (Administration des eigenen Trägers, Plattformbetrieb)',
          response: antworten({ 201: BeitrittZeile }),
          body: {
            type: 'object',
            properties: {
              traegerId: { type: 'string' },
              vereinbarungId: { type: 'string' },
              erklaertAm: datumSchema,
              wirksamAb: datumSchema,
            },
            required: ['vereinbarungId', 'erklaertAm', 'wirksamAb'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        const traegerId = anfrage.body.traegerId ?? k.traegerId;
        if (!traegerId) throw eingabefehler([{ pfad: '/traegerId', meldung: 'Pflichtfeld für den Plattformbetrieb.' }]);
        if (k.traegerId && traegerId !== k.traegerId) throw verboten('Ein Träger kann nur für sich selbst beitreten.');
        const b = await alsMandant(db, mandantVon(k), async (tx) => {
          // Ohne diese Prüfung scheiterte ein unbekannter Träger erst am Fremdschlüssel (500).
          const [t] = await tx.select({ id: traeger.id }).from(traeger).where(eq(traeger.id, traegerId));
          if (!t) throw eingabefehler([{ pfad: '/traegerId', meldung: `Träger „${traegerId}“ ist nicht im Register.` }]);
          const [v] = await tx.select().from(vereinbarung).where(eq(vereinbarung.id, anfrage.body.vereinbarungId));
          if (!v) throw eingabefehler([{ pfad: '/vereinbarungId', meldung: 'Unbekannte Vereinbarung.' }]);
          if (anfrage.body.wirksamAb < v.gueltigAb)
            throw eingabefehler([
              { pfad: '/wirksamAb', meldung: `Ein Beitritt wirkt frühestens ab Geltung der Vereinbarung (${v.gueltigAb}).` },
            ]);
          if (anfrage.body.wirksamAb < anfrage.body.erklaertAm)
            throw eingabefehler([{ pfad: '/wirksamAb', meldung: 'Der Beitritt kann nicht vor seiner Erklärung wirken.' }]);
          // Eine Mitgliedschaft je Träger und Vereinbarung: ein zweiter Beitritt, solange der erste
          // nicht vor dem neuen Wirksamwerden beendet ist, wäre eine doppelte Mitgliedschaft.
          const [laufend] = await tx
            .select({ id: beitritt.id })
            .from(beitritt)
            .where(
              and(
                eq(beitritt.traegerId, traegerId),
                eq(beitritt.vereinbarungId, v.id),
                or(isNull(beitritt.ausgetretenAm), gt(beitritt.ausgetretenAm, anfrage.body.wirksamAb)),
              ),
            );
          if (laufend) throw konflikt(`Der Träger ist der Vereinbarung ${v.id} bereits beigetreten (Beitritt ${laufend.id}).`);
          const [neu] = await tx
            .insert(beitritt)
            .values({ ...anfrage.body, traegerId })
            .returning();
          if (!neu) throw nichtGefunden('Beitritt');
          await protokolliere(tx, k, 'anlegen', 'beitritt', neu.id, { vereinbarung: v.id, traeger: traegerId });
          return neu;
        });
        setzeEtag(antwort, b.version);
        return antwort.status(201).send(b);
      },
    );

    app.patch<{ Params: { id: string }; Body: { ausgetretenAm: string | null } }>(
      '/beitritte/:id',
      {
        schema: {
          tags: ['Vereinbarungen'],
          summary: 'Austritt erklären',
          response: antworten({ 200: BeitrittZeile }),
          params: idParams,
          body: {
            type: 'object',
            properties: { ausgetretenAm: datumOderNullSchema },
            required: ['ausgetretenAm'],
            additionalProperties: false,
          },
        },
      },
      async (anfrage, antwort) => {
        const k = erfordereRolle(anfrage, 'administration', 'plattformbetrieb');
        const version = erwarteteVersion(anfrage);
        const b = await alsMandant(db, mandantVon(k), async (tx) => {
          // Erst Sichtbarkeit und Zuständigkeit, dann die Version: ein fremder Träger bekam sonst
          // bei veraltetem If-Match 412 statt 403 (die Mitgliederliste ist öffentlich lesbar).
          const [alt] = await tx.select().from(beitritt).where(eq(beitritt.id, anfrage.params.id));
          if (!alt) throw nichtGefunden('Beitritt');
          if (k.traegerId && alt.traegerId !== k.traegerId) throw verboten('Den Austritt erklärt nur der beigetretene Träger selbst.');
          // Der Austritt ist der erste Tag ohne Mitgliedschaft; vor dem Beitritt ist er unmöglich
          // (das Regelwerk weist solche Mitgliedschaften in der Prüfung amtshilfe zurück).
          if (anfrage.body.ausgetretenAm !== null && anfrage.body.ausgetretenAm < alt.wirksamAb)
            throw eingabefehler([
              { pfad: '/ausgetretenAm', meldung: `Der Austritt kann nicht vor dem Wirksamwerden des Beitritts (${alt.wirksamAb}) liegen.` },
            ]);
          // Ein späterer Beitritt desselben Trägers darf sich mit diesem nicht überschneiden.
          const ende = anfrage.body.ausgetretenAm;
          const [spaeter] = await tx
            .select({ id: beitritt.id })
            .from(beitritt)
            .where(
              and(
                eq(beitritt.traegerId, alt.traegerId),
                eq(beitritt.vereinbarungId, alt.vereinbarungId),
                ne(beitritt.id, alt.id),
                gte(beitritt.wirksamAb, alt.wirksamAb),
                ...(ende === null ? [] : [lt(beitritt.wirksamAb, ende)]),
              ),
            );
          if (spaeter) throw konflikt(`Der Austritt muss vor dem späteren Beitritt ${spaeter.id} desselben Trägers liegen.`);
          const neu = await aendereMitVersion(
            tx,
            beitritt,
            anfrage.params.id,
            version,
            { ausgetretenAm: anfrage.body.ausgetretenAm },
            'Beitritt',
          );
          await protokolliere(tx, k, 'aendern', 'beitritt', neu.id, { ausgetretenAm: anfrage.body.ausgetretenAm });
          return neu;
        });
        setzeEtag(antwort, b.version);
        return b;
      },
    );
  };
}
