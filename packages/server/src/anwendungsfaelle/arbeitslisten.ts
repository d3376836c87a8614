// Arbeitslisten (Issue 17): „Zur Freigabe“ – Vorschläge zur Entscheidung über Erstattungsansprüche,
// die der eigene Träger als Verpflichteter gemacht hat und die auf die Freigabe durch eine andere
// Person mit der Rolle Leitung warten (Vier-Augen-Prinzip), mit ihrem Alter in Tagen.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { erstattungsanspruch, traeger } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { protokolliere } from './gemeinsam.ts';
import type { Freigabe } from '../routen/arbeitslisten.schema.ts';

export async function offeneFreigaben(tx: Tx, k: Benutzerkontext & { traegerId: string }, stichtag: string): Promise<Freigabe[]> {
  const zeilen = await tx
    .select({
      id: erstattungsanspruch.id,
      aktenzeichen: erstattungsanspruch.aktenzeichen,
      anspruchsteller: traeger.name,
      vorschlag: erstattungsanspruch.vorschlag,
      forderungCent: erstattungsanspruch.forderungCent,
    })
    .from(erstattungsanspruch)
    .innerJoin(traeger, eq(traeger.id, erstattungsanspruch.anspruchstellerId))
    .where(and(eq(erstattungsanspruch.verpflichteterId, k.traegerId), isNotNull(erstattungsanspruch.vorschlag)))
    .orderBy(asc(sql`${erstattungsanspruch.vorschlag}->>'am'`), asc(erstattungsanspruch.id));
  await protokolliere(tx, k, 'auflisten', 'erstattungsanspruch', null, { liste: 'Zur Freigabe', anzahl: zeilen.length });
  const tag = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return zeilen.flatMap((z) => {
    const v = z.vorschlag;
    if (!v) return [];
    return [
      {
        id: z.id,
        aktenzeichen: z.aktenzeichen,
        anspruchsteller: z.anspruchsteller,
        entscheidung: v.entscheidung,
        betragCent: v.betragCent ?? null,
        forderungCent: z.forderungCent,
        vonName: v.vonName,
        am: v.am,
        alterTage: Math.max(0, Math.round((tag(stichtag) - tag(v.am)) / 86_400_000)),
        eigener: v.vonBenutzerId === k.benutzerId,
      },
    ];
  });
}
