// Dokumente: Briefe zu einem Datensatz erzeugen (PDF mit @egh/briefe), als Dokument des
// Datensatzes speichern (Parteien = Parteien des Datensatzes, die Zeilensicherheit gilt),
// auflisten und herunterladen. Das Absenden der Anmeldung eines Erstattungsanspruchs ist die
// Geltendmachung (§ 111 SGB X): der Brief führt den Arbeitsschritt „anmelden“ in derselben
// Transaktion aus, die Fristen werden dabei neu berechnet (briefe-erstattung.ts).
import { and, desc, eq } from 'drizzle-orm';
import { type Vorlage, dateiname, renderBrief, vorlagen } from '@egh/briefe';
import { amtshilfeersuchen, beitritt, dokument, erstattungsanspruch, mehrkostenvergleich } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type Brief, type BriefBezug, falscheVorlage, vorlagenJeBezug } from './briefdaten.ts';
import { beitrittsbrief, mehrkostenbrief } from './briefe-akte.ts';
import { amtshilfebrief } from './briefe-amtshilfe.ts';
import { erstattungsbrief } from './briefe-erstattung.ts';
import { heute, protokolliere } from './gemeinsam.ts';

export { type BriefBezug, briefBezuege, vorlagenJeBezug } from './briefdaten.ts';

type Dokument = typeof dokument.$inferSelect;
export type Dokumentinfo = Omit<Dokument, 'inhalt'> & { groesse: number; vorlageName: string };

function info(d: Dokument): Dokumentinfo {
  const { inhalt, ...rest } = d;
  return { ...rest, groesse: Buffer.byteLength(inhalt, 'base64'), vorlageName: vorlagen[d.vorlage as Vorlage] ?? d.vorlage };
}

/**
 * Erzeugt den Brief einer Vorlage zu einem Datensatz und speichert ihn als Dokument. Alles in
 * der Transaktion `tx`: schlägt das Setzen fehl, bleibt auch der Arbeitsschritt ungeschehen.
 */
export async function erzeugeBrief(
  tx: Tx,
  k: Benutzerkontext,
  bezug: BriefBezug,
  id: string,
  vorlage: Vorlage,
  version?: number,
  stichtag = heute(),
): Promise<Dokumentinfo> {
  if (!vorlagenJeBezug[bezug].includes(vorlage)) throw falscheVorlage(bezug, vorlage);
  let brief: Brief;
  switch (bezug) {
    case 'erstattungsanspruch':
      brief = await erstattungsbrief(tx, k, id, vorlage, version, stichtag);
      break;
    case 'amtshilfeersuchen':
      brief = await amtshilfebrief(tx, k, id, vorlage, stichtag);
      break;
    case 'mehrkostenvergleich':
      brief = await mehrkostenbrief(tx, k, id, vorlage, stichtag);
      break;
    case 'beitritt':
      brief = await beitrittsbrief(tx, k, id, vorlage, stichtag);
      break;
  }
  const pdf = await renderBrief(brief.vorlage, brief.daten);
  const [d] = await tx
    .insert(dokument)
    .values({
      parteien: brief.parteien,
      bezugArt: bezug,
      bezugId: id,
      vorlage,
      dateiname: dateiname(vorlage, brief.zeichen, stichtag),
      mimeType: 'application/pdf',
      inhalt: Buffer.from(pdf).toString('base64'),
      erstelltVon: k.benutzerId,
    })
    .returning();
  if (!d) throw nichtGefunden('Dokument');
  await protokolliere(
    tx,
    k,
    'anlegen',
    'dokument',
    d.id,
    { vorlage, bezugArt: bezug, bezugId: id, dateiname: d.dateiname },
    brief.personId,
  );
  return info(d);
}

/** Prüft, dass der Datensatz für den Träger sichtbar ist (sonst 404, wie beim Lesen des Datensatzes). */
async function pruefeSichtbar(tx: Tx, k: Benutzerkontext, bezug: BriefBezug, id: string): Promise<void> {
  const tabelle = {
    erstattungsanspruch,
    amtshilfeersuchen,
    mehrkostenvergleich,
    beitritt,
  }[bezug];
  const [x] = await tx.select({ id: tabelle.id }).from(tabelle).where(eq(tabelle.id, id));
  if (!x)
    throw nichtGefunden(
      {
        erstattungsanspruch: 'Erstattungsanspruch',
        amtshilfeersuchen: 'Amtshilfeersuchen',
        mehrkostenvergleich: 'Mehrkostenvergleich',
        beitritt: 'Beitritt',
      }[bezug],
    );
  if (bezug === 'beitritt') {
    const [b] = await tx.select({ traegerId: beitritt.traegerId }).from(beitritt).where(eq(beitritt.id, id));
    if (b?.traegerId !== k.traegerId) throw nichtGefunden('Beitritt');
  }
}

/** Die Dokumente eines Datensatzes, neueste zuerst (nur Metadaten; die Zeilensicherheit filtert nach Parteien). */
export async function listeDokumente(tx: Tx, k: Benutzerkontext, bezug: BriefBezug, id: string): Promise<Dokumentinfo[]> {
  await pruefeSichtbar(tx, k, bezug, id);
  const zeilen = await tx
    .select()
    .from(dokument)
    .where(and(eq(dokument.bezugId, id), eq(dokument.bezugArt, bezug)))
    .orderBy(desc(dokument.erstelltAm), desc(dokument.id));
  await protokolliere(tx, k, 'auflisten', 'dokument', null, { bezugArt: bezug, bezugId: id, anzahl: zeilen.length });
  return zeilen.map(info);
}

/** Ein Dokument mit Inhalt zum Herunterladen; fremde Dokumente gibt es nicht (404). */
export async function ladeDokument(tx: Tx, k: Benutzerkontext, id: string): Promise<{ info: Dokumentinfo; inhalt: Buffer }> {
  const [d] = await tx.select().from(dokument).where(eq(dokument.id, id));
  if (!d) throw nichtGefunden('Dokument');
  await protokolliere(tx, k, 'exportieren', 'dokument', id, { vorlage: d.vorlage, bezugArt: d.bezugArt, bezugId: d.bezugId });
  return { info: info(d), inhalt: Buffer.from(d.inhalt, 'base64') };
}
