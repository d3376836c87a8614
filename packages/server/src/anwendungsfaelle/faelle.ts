// Fälle: anlegen, ändern, lesen. Jede Änderung an Aufenthalten, Leistungen, Anträgen oder dem
// § 14-Verfahren lässt das Regelwerk neu entscheiden (Entscheidungsdatensatz) und die Fristen
// neu berechnen – in derselben Transaktion.
import { randomBytes } from 'node:crypto';
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { entscheidung, fall, frist, person } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { eingabefehler, nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import type { FallAenderung, FallEingabe, FallFilter, PersonEingabe } from '../routen/faelle.schema.ts';
import { aendereMitVersion } from './version.ts';
import { type Seite, entscheide, heute, mitTraegernamen, protokolliere } from './gemeinsam.ts';

// Die Eingaben sind die Typen der Routenschemata (ein Vertrag): routen/faelle.schema.ts.
export type { FallAenderung, FallEingabe, FallFilter, PersonEingabe };

type FallZeile = typeof fall.$inferSelect;

function neuesPseudonym(): string {
  return `P-${randomBytes(6).toString('hex').toUpperCase()}`;
}

/** § 98 SGB IX/XII und §§ 14 ff. SGB IX für den Fall entscheiden und Fristen neu setzen. */
async function entscheideFall(tx: Tx, k: Benutzerkontext, f: FallZeile, stichtag: string): Promise<void> {
  const bezug = { parteien: [f.traegerId], bezugArt: 'fall' as const, bezugId: f.id };
  if (f.aufenthalte.length || f.leistungen.length || f.antraege.length || Object.keys(f.zustaendigkeitsangaben).length) {
    await entscheide(tx, k, bezug, {
      art: 'oertlicheZustaendigkeit',
      stichtag,
      aufenthalte: f.aufenthalte,
      leistungen: f.leistungen.map(({ bezeichnung: _b, ...l }) => l),
      antraege: f.antraege,
      ...(f.unterbrechungen.length ? { unterbrechungen: f.unterbrechungen } : {}),
      ...f.zustaendigkeitsangaben,
    });
  }
  await tx.delete(frist).where(eq(frist.bezugId, f.id));
  if (f.zustaendigkeitsklaerung) {
    const r = await entscheide<{
      pruefungsfristEnde: string;
      weiterleitungsfristEnde: string;
      entscheidungsfristEnde: string | null;
      gutachtenFristEnde?: string;
      gutachtenVerspaetet?: boolean | null;
      leistenderTraeger: string;
      recht: string;
    }>(tx, k, bezug, { art: 'zustaendigkeitsklaerung', ...f.zustaendigkeitsklaerung }, '/zustaendigkeitsklaerung');
    const a = r.ergebnis;
    const neu = a.recht === 'SGB IX a.F.' ? ' a.F.' : '';
    const fristen: (typeof frist.$inferInsert)[] = [];
    if (!f.zustaendigkeitsklaerung.weiterleitung)
      fristen.push({
        traegerId: f.traegerId,
        bezugArt: 'fall',
        bezugId: f.id,
        art: 'S14_WEITERLEITUNG',
        norm: `§ 14 Abs. 1 Satz 2 SGB IX${neu}`,
        bezeichnung: `Zuständigkeit prüfen und ggf. weiterleiten (${f.aktenzeichen})`,
        faellig: a.weiterleitungsfristEnde,
      });
    if (a.entscheidungsfristEnde)
      fristen.push({
        traegerId: f.traegerId,
        bezugArt: 'fall',
        bezugId: f.id,
        art: 'S14_ENTSCHEIDUNG',
        norm: `§ 14 Abs. 2 SGB IX${neu}`,
        bezeichnung: `Entscheidung des leistenden Trägers (${a.leistenderTraeger}) (${f.aktenzeichen})`,
        faellig: a.entscheidungsfristEnde,
      });
    if (a.gutachtenFristEnde && a.gutachtenVerspaetet === null)
      fristen.push({
        traegerId: f.traegerId,
        bezugArt: 'fall',
        bezugId: f.id,
        art: 'S17_GUTACHTEN',
        norm: neu ? '§ 14 Abs. 5 Satz 5 SGB IX a.F.' : '§ 17 Abs. 2 Satz 1 SGB IX',
        bezeichnung: `Gutachten fällig (${f.aktenzeichen})`,
        faellig: a.gutachtenFristEnde,
      });
    if (fristen.length) await tx.insert(frist).values(fristen);
  }
}

export async function legeFallAn(
  tx: Tx,
  k: Benutzerkontext & { traegerId: string },
  e: FallEingabe,
  stichtag = heute(),
): Promise<FallZeile> {
  const [doppelt] = await tx
    .select({ id: fall.id })
    .from(fall)
    .where(and(eq(fall.traegerId, k.traegerId), eq(fall.aktenzeichen, e.aktenzeichen)));
  if (doppelt)
    throw eingabefehler([{ pfad: '/aktenzeichen', meldung: `Das Aktenzeichen ${e.aktenzeichen} ist bei Ihrem Träger schon vergeben.` }]);
  const [p] = await tx
    .insert(person)
    .values({ traegerId: k.traegerId, pseudonym: neuesPseudonym(), ...e.person, geburtsdatum: e.person.geburtsdatum ?? null })
    .returning();
  if (!p) throw nichtGefunden('Person');
  const [f] = await tx
    .insert(fall)
    .values({
      traegerId: k.traegerId,
      aktenzeichen: e.aktenzeichen,
      personId: p.id,
      aufenthalte: e.aufenthalte ?? [],
      leistungen: e.leistungen ?? [],
      antraege: e.antraege ?? [],
      unterbrechungen: e.unterbrechungen ?? [],
      zustaendigkeitsangaben: e.zustaendigkeitsangaben ?? {},
      zustaendigkeitsklaerung: e.zustaendigkeitsklaerung ?? null,
      bemerkung: e.bemerkung ?? null,
    })
    .returning();
  if (!f) throw nichtGefunden('Fall');
  await entscheideFall(tx, k, f, stichtag);
  await protokolliere(tx, k, 'anlegen', 'fall', f.id, { aktenzeichen: f.aktenzeichen }, p.id);
  return f;
}

export async function aendereFall(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  version: number,
  e: FallAenderung,
  stichtag = heute(),
): Promise<FallZeile> {
  const { person: personAenderung, ...fallAenderung } = e;
  const werte: Record<string, unknown> = { ...fallAenderung };
  const f = await aendereMitVersion(tx, fall, id, version, werte, 'Fall');
  if (personAenderung && Object.keys(personAenderung).length) {
    await tx
      .update(person)
      .set({ ...personAenderung, version: sql`${person.version} + 1`, geaendertAm: sql`now()` })
      .where(eq(person.id, f.personId));
  }
  await entscheideFall(tx, k, f, stichtag);
  await protokolliere(tx, k, 'aendern', 'fall', f.id, { felder: Object.keys(e) }, f.personId);
  return f;
}

/** Regelwerk neu befragen (z. B. mit anderem Stichtag), ohne die Falldaten zu ändern. */
export async function pruefeFallErneut(tx: Tx, k: Benutzerkontext, id: string, stichtag: string): Promise<void> {
  const [f] = await tx.select().from(fall).where(eq(fall.id, id));
  if (!f) throw nichtGefunden('Fall');
  await entscheideFall(tx, k, f, stichtag);
  await protokolliere(tx, k, 'uebergang', 'fall', f.id, { aktion: 'zustaendigkeitPruefen', stichtag }, f.personId);
}

export async function leseFall(tx: Tx, k: Benutzerkontext, id: string) {
  const [z] = await tx.select({ fall, person }).from(fall).innerJoin(person, eq(person.id, fall.personId)).where(eq(fall.id, id));
  if (!z) throw nichtGefunden('Fall');
  const entscheidungen = await tx.select().from(entscheidung).where(eq(entscheidung.bezugId, id)).orderBy(desc(entscheidung.erstelltAm));
  const fristen = await tx.select().from(frist).where(eq(frist.bezugId, id)).orderBy(asc(frist.faellig));
  await protokolliere(tx, k, 'lesen', 'fall', id, { aktenzeichen: z.fall.aktenzeichen }, z.person.id);
  const lesbar = await mitTraegernamen(tx, entscheidungen);
  const neueste = (art: string) => lesbar.find((x) => x.pruefung === art) ?? null;
  return {
    ...z.fall,
    person: z.person,
    zustaendigkeit: neueste('oertlicheZustaendigkeit'),
    klaerung: neueste('zustaendigkeitsklaerung'),
    entscheidungen: lesbar,
    fristen,
  };
}

export async function listeFaelle(tx: Tx, k: Benutzerkontext, q: FallFilter): Promise<Seite<Record<string, unknown>>> {
  const b: SQL[] = [];
  if (q.suche) {
    const muster = `%${q.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const t = or(
      ilike(fall.aktenzeichen, muster),
      ilike(person.nachname, muster),
      ilike(person.vorname, muster),
      ilike(person.pseudonym, muster),
    );
    if (t) b.push(t);
  }
  if (q.status) b.push(eq(fall.status, q.status));
  const wo = b.length ? and(...b) : undefined;
  const ordnung =
    q.sortierung === 'name'
      ? [asc(person.nachname), asc(person.vorname)]
      : q.sortierung.endsWith('geaendert')
        ? [q.sortierung.startsWith('-') ? desc(fall.geaendertAm) : asc(fall.geaendertAm)]
        : [q.sortierung.startsWith('-') ? desc(fall.aktenzeichen) : asc(fall.aktenzeichen)];
  const [gesamt] = await tx.select({ n: count() }).from(fall).innerJoin(person, eq(person.id, fall.personId)).where(wo);
  const zeilen = await tx
    .select({
      id: fall.id,
      aktenzeichen: fall.aktenzeichen,
      status: fall.status,
      version: fall.version,
      geaendertAm: fall.geaendertAm,
      person: { id: person.id, nachname: person.nachname, vorname: person.vorname, pseudonym: person.pseudonym },
    })
    .from(fall)
    .innerJoin(person, eq(person.id, fall.personId))
    .where(wo)
    .orderBy(...ordnung, asc(fall.id))
    .limit(q.proSeite)
    .offset((q.seite - 1) * q.proSeite);
  await protokolliere(tx, k, 'auflisten', 'fall', null, { anzahl: zeilen.length, personen: zeilen.map((z) => z.person.id) });
  return { eintraege: zeilen, gesamt: gesamt?.n ?? 0, seite: q.seite, proSeite: q.proSeite };
}
