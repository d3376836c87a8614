// Bausteine für die Betriebsbefehle der Kommandozeile (egh import, export, fristen): Sie sprechen
// direkt mit der Datenbank, im Namen eines Trägers. Protokolliert wird unter dem angegebenen
// Benutzer oder als „egh (Kommandozeile)“.
import { and, asc, eq, lte, type SQL } from 'drizzle-orm';
import { benutzer, frist, traeger } from '../db/schema.ts';
import { type Datenbank, type Mandant, alsSystem } from '../db/verbindung.ts';
import type { Rolle } from '../http/rollen.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';

/** Benutzer-Id im Protokoll für Einträge der Kommandozeile ohne angemeldeten Benutzer. */
export const kommandozeilenBenutzer = '00000000-0000-0000-0000-000000000000';

export class Betriebsfehler extends Error {}

/**
 * Kontext für Arbeit im Namen eines Trägers. Mit `benutzername` wird unter diesem (aktiven)
 * Benutzer des Trägers protokolliert; ohne unter „egh (Kommandozeile)“ mit der Rolle Kostenerstattung.
 */
export async function betriebskontext(
  d: Datenbank,
  traegerId: string,
  benutzername?: string,
): Promise<{ kontext: Benutzerkontext & { traegerId: string }; mandant: Mandant }> {
  const [t] = await alsSystem(d.db, (tx) => tx.select().from(traeger).where(eq(traeger.id, traegerId)));
  if (!t) throw new Betriebsfehler(`Träger „${traegerId}“ ist nicht im Register (Kennung wie 12070 oder bezirk-schwaben).`);
  let kontext: Benutzerkontext & { traegerId: string } = {
    benutzerId: kommandozeilenBenutzer,
    benutzername: 'egh (Kommandozeile)',
    name: 'Kommandozeile egh',
    traegerId,
    traegerName: t.name,
    traegerKurzname: t.kurzname,
    rollen: ['kostenerstattung', 'sachbearbeitung', 'leitung'] as Rolle[],
    csrfToken: '',
  };
  if (benutzername) {
    const [b] = await alsSystem(d.db, (tx) => tx.select().from(benutzer).where(eq(benutzer.benutzername, benutzername)));
    if (!b || !b.aktiv) throw new Betriebsfehler(`Benutzer „${benutzername}“ gibt es nicht oder er ist gesperrt.`);
    if (b.traegerId !== traegerId) throw new Betriebsfehler(`Benutzer „${benutzername}“ gehört nicht zum Träger „${traegerId}“.`);
    kontext = { ...kontext, benutzerId: b.id, benutzername: b.benutzername, name: b.name, rollen: b.rollen as Rolle[] };
  }
  return { kontext, mandant: { traegerId, benutzerId: kontext.benutzerId, betrieb: false } };
}

export interface FaelligeFrist {
  traegerId: string;
  art: string;
  norm: string;
  bezeichnung: string;
  faellig: string;
  betragCent: number | null;
  bezugArt: string;
  bezugId: string;
}

/** Offene Fristen bis einschließlich `faelligBis`, nach Fälligkeit; ohne Träger die aller Träger. */
export async function faelligeFristen(d: Datenbank, faelligBis: string, traegerId?: string, grenze = 100_000): Promise<FaelligeFrist[]> {
  const b: SQL[] = [eq(frist.erledigt, false), lte(frist.faellig, faelligBis)];
  if (traegerId) b.push(eq(frist.traegerId, traegerId));
  return alsSystem(d.db, (tx) =>
    tx
      .select({
        traegerId: frist.traegerId,
        art: frist.art,
        norm: frist.norm,
        bezeichnung: frist.bezeichnung,
        faellig: frist.faellig,
        betragCent: frist.betragCent,
        bezugArt: frist.bezugArt,
        bezugId: frist.bezugId,
      })
      .from(frist)
      .where(and(...b))
      .orderBy(asc(frist.faellig), asc(frist.traegerId), asc(frist.bezeichnung), asc(frist.id))
      .limit(grenze),
  );
}
