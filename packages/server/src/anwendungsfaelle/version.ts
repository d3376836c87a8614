// Optimistische Sperre: UPDATE … WHERE id = ? AND version = ?; null Zeilen heißt: veraltet
// (412) oder nicht sichtbar (404). Atomar auf beiden Treibern.
import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/verbindung.ts';
import { nichtGefunden, veraltet, verboten } from '../http/problem.ts';

type Versioniert = PgTable & { id: PgColumn; version: PgColumn; geaendertAm?: PgColumn };

export async function aendereMitVersion<T extends Versioniert>(
  tx: Tx,
  tabelle: T,
  id: string,
  version: number,
  werte: Record<string, unknown>,
  was: string,
  zusatzbedingung?: SQL,
): Promise<T['$inferSelect']> {
  const setzen: Record<string, unknown> = { ...werte, version: sql`${tabelle.version} + 1` };
  if ('geaendertAm' in tabelle && tabelle.geaendertAm) setzen.geaendertAm = sql`now()`;
  const zeilen = (await tx
    .update(tabelle)
    .set(setzen as never)
    .where(and(eq(tabelle.id, id), eq(tabelle.version, version), zusatzbedingung))
    .returning()) as T['$inferSelect'][];
  const [zeile] = zeilen;
  if (zeile) return zeile;
  const basis: PgTable = tabelle;
  const [vorhanden] = (await tx.select({ version: tabelle.version }).from(basis).where(eq(tabelle.id, id))) as { version: number }[];
  if (!vorhanden) throw nichtGefunden(was);
  // Sichtbar und gleiche Version, aber nicht geändert: die Zeilensicherheit erlaubt das Ändern nicht.
  if (vorhanden.version === version) throw verboten(`${was}: Ihr Träger darf diesen Datensatz sehen, aber nicht ändern.`);
  throw veraltet();
}
