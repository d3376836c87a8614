// Kalender (Issue 17): die offenen Fristen eines Trägers als iCalendar (RFC 5545, ical-generator),
// für die Sitzung (GET /kalender.ics) und als Abonnement unter einer geheimen Adresse, die
// Kalenderprogramme ohne Sitzung abrufen. Ein Termin je Frist, ganztägig am letzten Tag der Frist;
// Titel mit Norm und Aktenzeichen, nie mit dem Namen einer Person (§ 35 SGB I), und ein Link zum
// Datensatz. Das Abonnement gilt, solange der Benutzer aktiv ist, eine Fachrolle hat und es nicht
// widerrufen hat; gespeichert ist nur der SHA-256 des Tokens.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import ical from 'ical-generator';
import { amtshilfeersuchen, benutzer, erstattungsanspruch, fall, frist, kalenderAbonnement, traeger } from '../db/schema.ts';
import { type Db, alsSystem } from '../db/verbindung.ts';
import type { Rolle } from '../http/rollen.ts';
import { type Benutzerkontext, sha256 } from '../http/sitzung.ts';
import { euro } from '@egh/recht';
import { datumDe, protokolliere } from './gemeinsam.ts';
import { version } from '../version.ts';

/** Wer Fristen sieht, darf sie abonnieren (wie GET /fristen). */
export const kalenderRollen: readonly Rolle[] = ['sachbearbeitung', 'kostenerstattung', 'leitung'];

const seiteZu: Record<'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch', string> = {
  fall: 'faelle',
  amtshilfeersuchen: 'amtshilfe',
  erstattungsanspruch: 'erstattung',
};
const artZu: Record<'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch', string> = {
  fall: 'Fall',
  amtshilfeersuchen: 'Amtshilfeersuchen',
  erstattungsanspruch: 'Erstattungsanspruch',
};

/** Die offenen Fristen des Trägers mit dem Aktenzeichen ihres Datensatzes, als Eigentümer gelesen (ohne Mandant). */
async function offeneFristen(db: Db, traegerId: string) {
  return alsSystem(db, (tx) =>
    tx
      .select({
        id: frist.id,
        bezugArt: frist.bezugArt,
        bezugId: frist.bezugId,
        norm: frist.norm,
        bezeichnung: frist.bezeichnung,
        faellig: frist.faellig,
        betragCent: frist.betragCent,
        aktenzeichen: sql<
          string | null
        >`coalesce(${fall.aktenzeichen}, ${amtshilfeersuchen.aktenzeichen}, ${erstattungsanspruch.aktenzeichen})`,
      })
      .from(frist)
      .leftJoin(fall, and(eq(frist.bezugArt, 'fall'), eq(fall.id, frist.bezugId)))
      .leftJoin(amtshilfeersuchen, and(eq(frist.bezugArt, 'amtshilfeersuchen'), eq(amtshilfeersuchen.id, frist.bezugId)))
      .leftJoin(erstattungsanspruch, and(eq(frist.bezugArt, 'erstattungsanspruch'), eq(erstattungsanspruch.id, frist.bezugId)))
      // Zeilen eines noch nicht freigegebenen Imports sieht niemand (Migration 0015); als Eigentümer hier ausdrücklich.
      .where(and(eq(frist.traegerId, traegerId), eq(frist.erledigt, false), sql`"frist"."import_lauf" is null`))
      .orderBy(asc(frist.faellig), asc(frist.id)),
  );
}

/**
 * Der Kalender eines Trägers: ein ganztägiger Termin je offener Frist. `basis` ist die Adresse der
 * Oberfläche (https://…), aus der die Links zu den Datensätzen entstehen.
 */
export async function kalenderDesTraegers(db: Db, traegerId: string, traegerName: string, basis: string): Promise<string> {
  const kalender = ical({
    name: `Fristen – ${traegerName}`,
    description: 'Offene Fristen aus EGH-Clearing',
    prodId: { company: 'EGH-Clearing', product: `Fristen ${version}`, language: 'DE' },
    ttl: 60 * 60,
  });
  for (const f of await offeneFristen(db, traegerId)) {
    const art = artZu[f.bezugArt];
    // Die Bezeichnung nennt das Aktenzeichen meist schon; sonst kommt es an den Titel.
    const az = f.aktenzeichen && !f.bezeichnung.includes(f.aktenzeichen) ? ` – Az. ${f.aktenzeichen}` : '';
    const link = `${basis}/${seiteZu[f.bezugArt]}/${f.bezugId}`;
    kalender.createEvent({
      id: `${f.id}@egh-clearing`,
      start: f.faellig,
      allDay: true,
      summary: `${f.norm}: ${f.bezeichnung}${az}`,
      description: [
        `${art}${f.aktenzeichen ? ` ${f.aktenzeichen}` : ''}`,
        `${f.bezeichnung}`,
        `Rechtsgrundlage: ${f.norm}`,
        `Letzter Tag: ${datumDe(f.faellig)}`,
        ...(f.betragCent !== null ? [`Betrag: ${euro(f.betragCent)}`] : []),
        link,
      ].join('\n'),
      url: link,
    });
  }
  return kalender.toString();
}

/** Legt ein neues Abonnement an und widerruft ein bestehendes; das Token gibt es nur jetzt. */
export async function abonniere(db: Db, k: Benutzerkontext): Promise<{ token: string; angelegtAm: string }> {
  const token = randomBytes(32).toString('base64url');
  return alsSystem(db, async (tx) => {
    await tx
      .update(kalenderAbonnement)
      .set({ widerrufenAm: new Date() })
      .where(and(eq(kalenderAbonnement.benutzerId, k.benutzerId), isNull(kalenderAbonnement.widerrufenAm)));
    const [neu] = await tx
      .insert(kalenderAbonnement)
      .values({ benutzerId: k.benutzerId, tokenHash: sha256(token) })
      .returning({ angelegtAm: kalenderAbonnement.angelegtAm });
    await protokolliere(tx, k, 'anlegen', 'kalender', null, { abonnement: 'neue Adresse; eine frühere ist widerrufen' });
    return { token, angelegtAm: (neu?.angelegtAm ?? new Date()).toISOString() };
  });
}

/** Widerruft das Abonnement des Benutzers; true, wenn es eines gab. */
export async function widerrufe(db: Db, k: Benutzerkontext): Promise<boolean> {
  return alsSystem(db, async (tx) => {
    const weg = await tx
      .update(kalenderAbonnement)
      .set({ widerrufenAm: new Date() })
      .where(and(eq(kalenderAbonnement.benutzerId, k.benutzerId), isNull(kalenderAbonnement.widerrufenAm)))
      .returning({ id: kalenderAbonnement.id });
    if (weg.length) await protokolliere(tx, k, 'aendern', 'kalender', null, { abonnement: 'widerrufen' });
    return weg.length > 0;
  });
}

/** Stand des Abonnements des Benutzers (ohne Token: das gibt es nur beim Anlegen). */
export async function abonnementDes(
  db: Db,
  benutzerId: string,
): Promise<{ aktiv: boolean; angelegtAm: string | null; zuletztAbgerufenAm: string | null }> {
  const [a] = await alsSystem(db, (tx) =>
    tx
      .select({ angelegtAm: kalenderAbonnement.angelegtAm, zuletztAbgerufenAm: kalenderAbonnement.zuletztAbgerufenAm })
      .from(kalenderAbonnement)
      .where(and(eq(kalenderAbonnement.benutzerId, benutzerId), isNull(kalenderAbonnement.widerrufenAm))),
  );
  return {
    aktiv: a !== undefined,
    angelegtAm: a?.angelegtAm.toISOString() ?? null,
    zuletztAbgerufenAm: a?.zuletztAbgerufenAm?.toISOString() ?? null,
  };
}

/**
 * Träger zum Token eines gültigen Abonnements: nicht widerrufen, Benutzer aktiv, mit einer Fachrolle
 * und einem Träger. Sonst undefined (die Route antwortet 404, ohne zu verraten, warum).
 */
export async function traegerZumToken(db: Db, token: string): Promise<{ traegerId: string; traegerName: string } | undefined> {
  return alsSystem(db, async (tx) => {
    const [z] = await tx
      .update(kalenderAbonnement)
      .set({ zuletztAbgerufenAm: new Date() })
      .from(benutzer)
      .where(
        and(
          eq(kalenderAbonnement.tokenHash, sha256(token)),
          isNull(kalenderAbonnement.widerrufenAm),
          eq(benutzer.id, kalenderAbonnement.benutzerId),
          eq(benutzer.aktiv, true),
        ),
      )
      .returning({ traegerId: benutzer.traegerId, rollen: benutzer.rollen });
    if (!z?.traegerId || !z.rollen.some((r) => (kalenderRollen as readonly string[]).includes(r))) return undefined;
    const [t] = await tx.select({ name: traeger.name }).from(traeger).where(eq(traeger.id, z.traegerId));
    return { traegerId: z.traegerId, traegerName: t?.name ?? z.traegerId };
  });
}
