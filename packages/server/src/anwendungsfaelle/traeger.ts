// Trägerregister: alle lesen; ändern darf die Administration des eigenen Trägers oder der
// Plattformbetrieb; anlegen nur der Plattformbetrieb. Die Eingaben sind die Typen der Routenschemata.
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { pruefeIban, pruefeLeitwegId, rolleInWorten, type TraegerRolle } from '@egh/recht';
import { traeger } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { eingabefehler, nichtGefunden, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import type { TraegerAenderung, TraegerEingabe, TraegerFilter } from '../routen/traeger.schema.ts';
import { type Seite, heute, protokolliere } from './gemeinsam.ts';
import { aendereMitVersion } from './version.ts';

type Traeger = typeof traeger.$inferSelect;
type MitWorten = Traeger & { rollenInWorten: string[] };

/** Rollen und Fundstelle berichtigt nur der Plattformbetrieb; die Administration pflegt Stammdaten. */
function pruefeRollenaenderung(k: Pick<Benutzerkontext, 'rollen'>, e: TraegerAenderung): void {
  if ((e.rollen !== undefined || e.quelle !== undefined) && !k.rollen.includes('plattformbetrieb'))
    throw verboten('Rollen und Fundstelle eines Trägers berichtigt nur der Plattformbetrieb.');
  for (const [i, r] of (e.rollen ?? []).entries())
    if (r.gueltigBis && r.gueltigBis < r.gueltigAb)
      throw eingabefehler([{ pfad: `/rollen/${i}/gueltigBis`, meldung: 'Das Ende der Rolle liegt vor ihrem Beginn.' }]);
}

/** Leitweg-ID und IBAN mit ihren Prüfziffern; das Schema prüft nur die Form. */
export function pruefeKennungen(e: Pick<TraegerAenderung, 'leitwegId' | 'iban'>): void {
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

/** Das Register durchsuchen: Suchtext, Land, Art, Rolle am Stichtag (Standard: heute). */
export async function listeTraeger(tx: Tx, q: TraegerFilter): Promise<Seite<Traeger>> {
  const bedingungen: SQL[] = [];
  if (q.suche) {
    const muster = `%${q.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const treffer = or(ilike(traeger.name, muster), ilike(traeger.kurzname, muster), ilike(traeger.id, muster));
    if (treffer) bedingungen.push(treffer);
  }
  if (q.land) bedingungen.push(eq(traeger.land, q.land));
  if (q.art) bedingungen.push(eq(traeger.art, q.art));
  if (q.rolle) {
    const tag = q.stichtag ?? heute();
    bedingungen.push(
      sql`exists (select 1 from jsonb_array_elements(${traeger.rollen}) r where r->>'rolle' = ${q.rolle} and r->>'gueltigAb' <= ${tag} and coalesce(r->>'gueltigBis', '9999-12-31') >= ${tag})`,
    );
  }
  const wo = bedingungen.length ? and(...bedingungen) : undefined;
  const feld = q.sortierung.replace('-', '') === 'land' ? traeger.land : q.sortierung === 'id' ? traeger.id : traeger.name;
  const ordnung = q.sortierung.startsWith('-') ? desc(feld) : asc(feld);
  const [gesamt] = await tx.select({ n: count() }).from(traeger).where(wo);
  const eintraege = await tx
    .select()
    .from(traeger)
    .where(wo)
    .orderBy(ordnung, asc(traeger.id))
    .limit(q.proSeite)
    .offset((q.seite - 1) * q.proSeite);
  return { eintraege, gesamt: gesamt?.n ?? 0, seite: q.seite, proSeite: q.proSeite };
}

/** Ein Träger mit seinen Rollen in Worten. */
export async function leseTraeger(tx: Tx, id: string): Promise<MitWorten> {
  const [t] = await tx.select().from(traeger).where(eq(traeger.id, id));
  if (!t) throw nichtGefunden('Träger');
  return mitWorten(t);
}

/** Stammdaten ändern (If-Match); Rollen und Fundstelle nur der Plattformbetrieb. */
export async function aendereTraeger(tx: Tx, k: Benutzerkontext, id: string, version: number, e: TraegerAenderung): Promise<MitWorten> {
  pruefeKennungen(e);
  pruefeRollenaenderung(k, e);
  const neu = await aendereMitVersion(tx, traeger, id, version, { ...e }, 'Träger');
  await protokolliere(tx, k, 'aendern', 'traeger', neu.id, { felder: Object.keys(e) });
  return mitWorten(neu);
}

/** Einen Träger ins Register aufnehmen (Plattformbetrieb). */
export async function legeTraegerAn(tx: Tx, k: Benutzerkontext, e: TraegerEingabe): Promise<MitWorten> {
  pruefeKennungen(e);
  const [vorhanden] = await tx.select({ id: traeger.id }).from(traeger).where(eq(traeger.id, e.id));
  if (vorhanden) throw eingabefehler([{ pfad: '/id', meldung: `Ein Träger mit der Kennung ${e.id} existiert bereits.` }]);
  const [neu] = await tx.insert(traeger).values(e).returning();
  if (!neu) throw nichtGefunden('Träger');
  await protokolliere(tx, k, 'anlegen', 'traeger', e.id);
  return mitWorten(neu);
}
