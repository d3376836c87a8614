// Bausteine der Anwendungsfälle: Regelentscheidungen als Entscheidungsdatensatz, Protokoll,
// Seiten für Listen.
import {
  type Begruendungsschritt,
  engineVersion,
  type Ergebnis,
  type Hinweis,
  istProblem,
  namenEinsetzen,
  pruefe,
  schluesselImText,
} from '@egh/recht';
import { inArray } from 'drizzle-orm';
import { entscheidung, protokoll, traeger } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { Fachfehler, eingabefehler } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';

export type BezugArt = 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch' | 'mehrkostenvergleich';

export interface Regelentscheidung<E = Record<string, unknown>> extends Ergebnis<string, E> {
  entscheidungId: string;
}

/**
 * Ruft das Regelwerk auf und speichert die Entscheidung mit Eingabe, Ergebnis, Begründung und
 * Version des Regelwerks. Ungültige Eingaben werden als 400 gemeldet; `pfadPraefix` setzt die
 * Fehlerpfade in Bezug zum Anfragekörper.
 */
export async function entscheide<E = Record<string, unknown>>(
  tx: Tx,
  k: Benutzerkontext,
  bezug: { parteien: string[]; bezugArt: BezugArt; bezugId: string },
  eingabe: Record<string, unknown> & { art: string },
  pfadPraefix = '',
): Promise<Regelentscheidung<E>> {
  const r = pruefe(eingabe);
  if (istProblem(r)) {
    if (r.status !== 400) throw new Fachfehler(500, 'intern', 'Interner Fehler des Regelwerks', r.fehler[0]?.meldung);
    throw eingabefehler(r.fehler.map((f) => ({ pfad: `${pfadPraefix}${f.pfad}`, meldung: f.meldung })));
  }
  const [zeile] = await tx
    .insert(entscheidung)
    .values({
      parteien: bezug.parteien,
      bezugArt: bezug.bezugArt,
      bezugId: bezug.bezugId,
      pruefung: eingabe.art,
      eingabe,
      ergebnis: r.ergebnis,
      begruendung: r.begruendung,
      hinweise: r.hinweise,
      regelwerkVersion: engineVersion,
      // Ohne Benutzer (Nachberechnung beim Start): kein Urheber.
      erstelltVon: k.benutzerId || null,
    })
    .returning({ id: entscheidung.id });
  return { ...(r as Ergebnis<string, E>), entscheidungId: zeile?.id ?? '' };
}

export type Aktion = 'lesen' | 'anlegen' | 'aendern' | 'uebergang' | 'auflisten' | 'exportieren';

/** Protokolliert einen Zugriff (§ 35 SGB I, § 67 ff. SGB X: wer hat was wann gelesen oder geändert). */
export async function protokolliere(
  tx: Tx,
  k: Benutzerkontext,
  aktion: Aktion,
  objektArt: string,
  objektId: string | null,
  details: Record<string, unknown> = {},
  personId?: string | null,
): Promise<void> {
  await tx.insert(protokoll).values({
    traegerId: k.traegerId,
    benutzerId: k.benutzerId,
    benutzername: k.benutzername,
    aktion,
    objektArt,
    objektId,
    personId: personId ?? null,
    details,
  });
}

export interface Seite<T> {
  eintraege: T[];
  gesamt: number;
  seite: number;
  proSeite: number;
}

export const seitenSchema = {
  seite: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1, description: 'Seite (ab 1)' },
  proSeite: { type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'Einträge je Seite' },
} as const;

/** Heute als Kalenderdatum (Europe/Berlin) – nur im Server; das Regelwerk bekommt es als Eingabe. */
export function heute(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** JJJJ-MM-TT → TT.MM.JJJJ für Texte, die Menschen lesen (Fristbezeichnungen, Protokoll). */
export function datumDe(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

type Darstellbar = { begruendung: Begruendungsschritt[]; hinweise: Hinweis[] };

/**
 * Gespeicherte Entscheidungen zum Lesen: Schlüssel von Trägern in Anführungszeichen („12070“)
 * werden in Begründung und Hinweisen durch den Namen ersetzt (namenEinsetzen); das Ergebnis
 * behält den Schlüssel.
 */
export async function mitTraegernamen<T extends { begruendung: unknown; hinweise: unknown }>(tx: Tx, entscheidungen: T[]): Promise<T[]> {
  const schluessel = [...new Set(entscheidungen.flatMap((x) => schluesselImText(x as unknown as Darstellbar)))];
  if (!schluessel.length) return entscheidungen;
  const zeilen = await tx.select({ id: traeger.id, name: traeger.name }).from(traeger).where(inArray(traeger.id, schluessel));
  const namen = Object.fromEntries(zeilen.map((z) => [z.id, z.name]));
  return entscheidungen.map((x) => ({ ...x, ...namenEinsetzen(x as unknown as Darstellbar, namen) }));
}
