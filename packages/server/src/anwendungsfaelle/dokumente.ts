// Dokumente: Briefe zu einem Datensatz erzeugen (PDF mit @egh/briefe), als Dokument des
// Datensatzes speichern (Parteien = Parteien des Datensatzes, die Zeilensicherheit gilt),
// auflisten und herunterladen. Das Absenden der Anmeldung eines Erstattungsanspruchs ist die
// Geltendmachung (§ 111 SGB X): der Brief führt den Arbeitsschritt „anmelden“ in derselben
// Transaktion aus, die Fristen werden dabei neu berechnet (briefe-erstattung.ts). Die XRechnung einer
// Amtshilfe-Abrechnung wird ebenso als Dokument abgelegt (application/xml). `vorlagenFuer` sagt der
// Oberfläche, welche Briefe dieser Benutzer jetzt erzeugen kann – und warum die anderen nicht.
import { and, desc, eq } from 'drizzle-orm';
import { type Vorlage, dateiname, renderBrief, vorlagen } from '@egh/briefe';
import { amtshilfeersuchen, beitritt, dokument, erstattungsanspruch, mehrkostenvergleich } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type Brief, type BriefBezug, falscheVorlage, vorlagenJeBezug } from './briefdaten.ts';
import { beitrittsbrief, mehrkostenbrief, pruefeBeitrittsbrief, pruefeMehrkostenbrief } from './briefe-akte.ts';
import { amtshilfebrief, pruefeAmtshilfebrief } from './briefe-amtshilfe.ts';
import { erstattungsbrief, pruefeErstattungsbrief, wirkungErstattungsbrief } from './briefe-erstattung.ts';
import { type Vorlagenstand, hindernis, vorlagenstand } from './briefe-vorlagen.ts';
import { heute, protokolliere } from './gemeinsam.ts';
import {
  type XRechnungStand,
  erzeugeXRechnungDatei,
  ladeErsuchenFuerRechnung,
  pruefeXRechnungAblage,
  xrechnungStand,
} from './xrechnung.ts';

export { type BriefBezug, briefBezuege, vorlagenJeBezug } from './briefdaten.ts';

type Dokument = typeof dokument.$inferSelect;
export type Dokumentinfo = Omit<Dokument, 'inhalt'> & { groesse: number; vorlageName: string };

/** Die „Vorlage“ eines abgelegten Dokuments, das kein Brief ist: die XRechnung einer Amtshilfe-Abrechnung. */
export const xrechnungVorlage = 'xrechnung';

function info(d: Dokument): Dokumentinfo {
  const { inhalt, ...rest } = d;
  const vorlageName = d.vorlage === xrechnungVorlage ? 'XRechnung (UBL)' : (vorlagen[d.vorlage as Vorlage] ?? d.vorlage);
  return { ...rest, groesse: Buffer.byteLength(inhalt, 'base64'), vorlageName };
}

/** Legt ein Dokument ab und protokolliert es. */
async function legeAb(
  tx: Tx,
  k: Benutzerkontext,
  d: Omit<typeof dokument.$inferInsert, 'id' | 'erstelltAm' | 'erstelltVon'>,
  personId?: string | null,
): Promise<Dokumentinfo> {
  const [neu] = await tx
    .insert(dokument)
    .values({ ...d, erstelltVon: k.benutzerId })
    .returning();
  if (!neu) throw nichtGefunden('Dokument');
  await protokolliere(
    tx,
    k,
    'anlegen',
    'dokument',
    neu.id,
    { vorlage: d.vorlage, bezugArt: d.bezugArt, bezugId: d.bezugId, dateiname: neu.dateiname },
    personId,
  );
  return info(neu);
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
  return legeAb(
    tx,
    k,
    {
      parteien: brief.parteien,
      bezugArt: bezug,
      bezugId: id,
      vorlage,
      dateiname: dateiname(vorlage, brief.zeichen, stichtag),
      mimeType: 'application/pdf',
      inhalt: Buffer.from(pdf).toString('base64'),
    },
    brief.personId,
  );
}

/**
 * Legt die XRechnung der Abrechnung als Dokument des Ersuchens ab (beide Parteien sehen es). Nur der
 * ersuchte Träger (Rechnungssteller); fehlen Stammdaten, meldet 422 jede Angabe – und nichts wird abgelegt.
 */
export async function legeXRechnungAb(tx: Tx, k: Benutzerkontext, id: string): Promise<Dokumentinfo> {
  const e = await ladeErsuchenFuerRechnung(tx, k, id);
  pruefeXRechnungAblage(k, e);
  const datei = await erzeugeXRechnungDatei(tx, k, e);
  return legeAb(tx, k, {
    parteien: [e.ersuchenderId, e.ersuchterId],
    bezugArt: 'amtshilfeersuchen',
    bezugId: id,
    vorlage: xrechnungVorlage,
    dateiname: datei.dateiname,
    mimeType: 'application/xml',
    inhalt: Buffer.from(datei.xml, 'utf8').toString('base64'),
  });
}

export interface Vorlagen {
  eintraege: Vorlagenstand[];
  /** Nur beim Amtshilfeersuchen: kann dieser Benutzer die XRechnung ablegen? */
  xrechnung?: XRechnungStand;
}

/** Die Vorlagen des Datensatzes mit dem, was dieser Benutzer jetzt erzeugen kann (404 wie beim Lesen). */
export async function vorlagenFuer(tx: Tx, k: Benutzerkontext, bezug: BriefBezug, id: string, stichtag = heute()): Promise<Vorlagen> {
  await pruefeSichtbar(tx, k, bezug, id);
  const je = vorlagenJeBezug[bezug];
  switch (bezug) {
    case 'erstattungsanspruch': {
      const [a] = await tx.select().from(erstattungsanspruch).where(eq(erstattungsanspruch.id, id));
      if (!a) throw nichtGefunden('Erstattungsanspruch');
      return {
        eintraege: je.map((v) =>
          vorlagenstand(
            v,
            hindernis(() => pruefeErstattungsbrief(k, a, v)),
            wirkungErstattungsbrief(a, v, stichtag),
          ),
        ),
      };
    }
    case 'amtshilfeersuchen': {
      const e = await ladeErsuchenFuerRechnung(tx, k, id);
      return {
        eintraege: je.map((v) =>
          vorlagenstand(
            v,
            hindernis(() => pruefeAmtshilfebrief(k, e, v)),
          ),
        ),
        xrechnung: await xrechnungStand(tx, k, e),
      };
    }
    case 'mehrkostenvergleich':
      return {
        eintraege: je.map((v) =>
          vorlagenstand(
            v,
            hindernis(() => pruefeMehrkostenbrief(k, v)),
          ),
        ),
      };
    case 'beitritt': {
      const [b] = await tx.select().from(beitritt).where(eq(beitritt.id, id));
      if (!b) throw nichtGefunden('Beitritt');
      return {
        eintraege: je.map((v) =>
          vorlagenstand(
            v,
            hindernis(() => pruefeBeitrittsbrief(k, b, v)),
          ),
        ),
      };
    }
  }
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
