// Vereinbarungen (Fassungen der Verwaltungsvereinbarung, z. B. BAGüS-Amtshilfe 01.01.2025) und
// Beitritte. Beträge sind Daten des Plattformbetriebs; ein Beispielbetrag ist als solcher markiert.
// Die Eingaben sind die Typen der Routenschemata (routen/vereinbarungen.schema.ts).
import { and, asc, eq, gt, gte, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { beitritt, traeger, vereinbarung } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { eingabefehler, konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import type {
  Austritt,
  BeitrittEingabe,
  BeitrittFilter,
  VereinbarungAenderung,
  VereinbarungEingabe,
} from '../routen/vereinbarungen.schema.ts';
import { datumDe, protokolliere } from './gemeinsam.ts';
import { aendereMitVersion } from './version.ts';

type Vereinbarung = typeof vereinbarung.$inferSelect;
type Beitritt = typeof beitritt.$inferSelect;

/** Alle Fassungen, die älteste zuerst. */
export async function listeVereinbarungen(tx: Tx): Promise<Vereinbarung[]> {
  return tx.select().from(vereinbarung).orderBy(asc(vereinbarung.gueltigAb));
}

/** Eine Fassung mit ihren Mitgliedern (Beitritte mit Träger), nach Namen. */
export async function leseVereinbarung(tx: Tx, id: string) {
  const [v] = await tx.select().from(vereinbarung).where(eq(vereinbarung.id, id));
  if (!v) throw nichtGefunden('Vereinbarung');
  const mitglieder = await tx
    .select({ beitritt, traeger: { id: traeger.id, name: traeger.name, land: traeger.land } })
    .from(beitritt)
    .innerJoin(traeger, eq(traeger.id, beitritt.traegerId))
    .where(eq(beitritt.vereinbarungId, v.id))
    .orderBy(asc(traeger.name));
  return { ...v, mitglieder: mitglieder.map((m) => ({ ...m.beitritt, traeger: m.traeger })) };
}

/** Eine Fassung anlegen (Plattformbetrieb). */
export async function legeVereinbarungAn(tx: Tx, k: Benutzerkontext, e: VereinbarungEingabe): Promise<Vereinbarung> {
  const [vorhanden] = await tx.select({ id: vereinbarung.id }).from(vereinbarung).where(eq(vereinbarung.id, e.id));
  if (vorhanden) throw eingabefehler([{ pfad: '/id', meldung: `Eine Vereinbarung ${e.id} existiert bereits.` }]);
  const [neu] = await tx.insert(vereinbarung).values(e).returning();
  if (!neu) throw nichtGefunden('Vereinbarung');
  await protokolliere(tx, k, 'anlegen', 'vereinbarung', e.id);
  return neu;
}

/** Eine Fassung ändern (Plattformbetrieb, If-Match). */
export async function aendereVereinbarung(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  version: number,
  e: VereinbarungAenderung,
): Promise<Vereinbarung> {
  const neu = await aendereMitVersion(tx, vereinbarung, id, version, { ...e }, 'Vereinbarung');
  await protokolliere(tx, k, 'aendern', 'vereinbarung', neu.id, { felder: Object.keys(e) });
  return neu;
}

/** Beitritte, wahlweise eines Trägers oder zu einer Vereinbarung (öffentliche Mitgliederliste). */
export async function listeBeitritte(tx: Tx, q: BeitrittFilter): Promise<Beitritt[]> {
  const b: SQL[] = [];
  if (q.traeger) b.push(eq(beitritt.traegerId, q.traeger));
  if (q.vereinbarung) b.push(eq(beitritt.vereinbarungId, q.vereinbarung));
  return tx
    .select()
    .from(beitritt)
    .where(b.length ? and(...b) : undefined)
    .orderBy(asc(beitritt.wirksamAb));
}

/** Beitritt erklären: die Administration für den eigenen Träger, der Plattformbetrieb für jeden. */
export async function erklaereBeitritt(tx: Tx, k: Benutzerkontext, e: BeitrittEingabe): Promise<Beitritt> {
  const traegerId = e.traegerId ?? k.traegerId;
  if (!traegerId) throw eingabefehler([{ pfad: '/traegerId', meldung: 'Pflichtfeld für den Plattformbetrieb.' }]);
  if (k.traegerId && traegerId !== k.traegerId) throw verboten('Ein Träger kann nur für sich selbst beitreten.');
  // Ohne diese Prüfung scheiterte ein unbekannter Träger erst am Fremdschlüssel (500).
  const [t] = await tx.select({ id: traeger.id }).from(traeger).where(eq(traeger.id, traegerId));
  if (!t) throw eingabefehler([{ pfad: '/traegerId', meldung: `Träger „${traegerId}“ ist nicht im Register.` }]);
  const [v] = await tx.select().from(vereinbarung).where(eq(vereinbarung.id, e.vereinbarungId));
  if (!v) throw eingabefehler([{ pfad: '/vereinbarungId', meldung: 'Unbekannte Vereinbarung.' }]);
  if (e.wirksamAb < v.gueltigAb)
    throw eingabefehler([
      { pfad: '/wirksamAb', meldung: `Ein Beitritt wirkt frühestens ab Geltung der Vereinbarung (${datumDe(v.gueltigAb)}).` },
    ]);
  if (e.wirksamAb < e.erklaertAm)
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
        or(isNull(beitritt.ausgetretenAm), gt(beitritt.ausgetretenAm, e.wirksamAb)),
      ),
    );
  if (laufend) throw konflikt(`Der Träger ist der Vereinbarung ${v.id} bereits beigetreten (Beitritt ${laufend.id}).`);
  const [neu] = await tx
    .insert(beitritt)
    .values({ ...e, traegerId })
    .returning();
  if (!neu) throw nichtGefunden('Beitritt');
  await protokolliere(tx, k, 'anlegen', 'beitritt', neu.id, { vereinbarung: v.id, traeger: traegerId });
  return neu;
}

/** Austritt erklären (If-Match): nur der beigetretene Träger selbst oder der Plattformbetrieb. */
export async function erklaereAustritt(tx: Tx, k: Benutzerkontext, id: string, version: number, e: Austritt): Promise<Beitritt> {
  // Erst Sichtbarkeit und Zuständigkeit, dann die Version: ein fremder Träger bekam sonst
  // bei veraltetem If-Match 412 statt 403 (die Mitgliederliste ist öffentlich lesbar).
  const [alt] = await tx.select().from(beitritt).where(eq(beitritt.id, id));
  if (!alt) throw nichtGefunden('Beitritt');
  if (k.traegerId && alt.traegerId !== k.traegerId) throw verboten('Den Austritt erklärt nur der beigetretene Träger selbst.');
  // Der Austritt ist der erste Tag ohne Mitgliedschaft; vor dem Beitritt ist er unmöglich
  // (das Regelwerk weist solche Mitgliedschaften in der Prüfung amtshilfe zurück).
  const ende = e.ausgetretenAm;
  if (ende !== null && ende < alt.wirksamAb)
    throw eingabefehler([
      {
        pfad: '/ausgetretenAm',
        meldung: `Der Austritt kann nicht vor dem Wirksamwerden des Beitritts (${datumDe(alt.wirksamAb)}) liegen.`,
      },
    ]);
  // Ein späterer Beitritt desselben Trägers darf sich mit diesem nicht überschneiden.
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
  const neu = await aendereMitVersion(tx, beitritt, id, version, { ausgetretenAm: ende }, 'Beitritt');
  await protokolliere(tx, k, 'aendern', 'beitritt', neu.id, { ausgetretenAm: ende });
  return neu;
}
