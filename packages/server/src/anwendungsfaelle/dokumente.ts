// Dokumente: Briefe zu einem Datensatz erzeugen (PDF mit @egh/briefe), als Dokument des
// Datensatzes speichern (Parteien = Parteien des Datensatzes, die Zeilensicherheit gilt),
// auflisten und herunterladen. Das Absenden der Anmeldung eines Erstattungsanspruchs ist die
// Geltendmachung (§ 111 SGB X): der Brief führt den Arbeitsschritt „anmelden“ in derselben
// Transaktion aus, die Fristen werden dabei neu berechnet (briefe-erstattung.ts). Die XRechnung einer
// Amtshilfe-Abrechnung wird ebenso als Dokument abgelegt (application/xml). `vorlagenFuer` sagt der
// Oberfläche, welche Briefe dieser Benutzer jetzt erzeugen kann – und warum die anderen nicht.
import { and, desc, eq } from 'drizzle-orm';
import { type Vorlage, dateiname, renderBrief, vorlagen } from '@egh/briefe';
import { amtshilfeersuchen, beitritt, dokument, erstattungsanspruch, leistungszeitraum, mehrkostenvergleich } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import { Fachfehler, nichtGefunden } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import {
  type Brief,
  type BriefBezug,
  type Briefoptionen,
  fehlendeBriefangaben,
  falscheVorlage,
  ladeTraeger,
  stammdatenFuerBrief,
  vorlagenJeBezug,
} from './briefdaten.ts';
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
/** Gibt es zu diesem Datensatz schon ein Dokument dieser Vorlage (dann ist ein neues eine Zweitschrift)? */
async function schonErzeugt(tx: Tx, id: string, vorlage: Vorlage): Promise<boolean> {
  const [d] = await tx
    .select({ id: dokument.id })
    .from(dokument)
    .where(and(eq(dokument.bezugId, id), eq(dokument.vorlage, vorlage)))
    .limit(1);
  return d !== undefined;
}

/** Baut den Brief einer Vorlage (führt dabei den Arbeitsschritt aus, den sie bewirkt) und setzt ihn als PDF. */
async function setzeBrief(
  tx: Tx,
  k: Benutzerkontext,
  bezug: BriefBezug,
  id: string,
  vorlage: Vorlage,
  version: number | undefined,
  stichtag: string,
  optionen: Briefoptionen,
): Promise<{ brief: Brief; pdf: Uint8Array }> {
  if (!vorlagenJeBezug[bezug].includes(vorlage)) throw falscheVorlage(bezug, vorlage);
  const o = { ...optionen, schonErzeugt: await schonErzeugt(tx, id, vorlage) };
  let brief: Brief;
  switch (bezug) {
    case 'erstattungsanspruch':
      brief = await erstattungsbrief(tx, k, id, vorlage, version, stichtag, o);
      break;
    case 'amtshilfeersuchen':
      brief = await amtshilfebrief(tx, k, id, vorlage, stichtag, o);
      break;
    case 'mehrkostenvergleich':
      brief = await mehrkostenbrief(tx, k, id, vorlage, stichtag, o);
      break;
    case 'beitritt':
      brief = await beitrittsbrief(tx, k, id, vorlage, stichtag, o);
      break;
  }
  return { brief, pdf: await renderBrief(brief.vorlage, brief.daten) };
}

/** Die Vorschau: der Brief als PDF, ohne ihn abzulegen. Der Aufrufer verwirft die Transaktion (nichts ändert sich). */
export async function vorschauBrief(
  tx: Tx,
  k: Benutzerkontext,
  bezug: BriefBezug,
  id: string,
  vorlage: Vorlage,
  optionen: Briefoptionen = {},
  stichtag = heute(),
): Promise<{ pdf: Uint8Array; dateiname: string }> {
  const { brief, pdf } = await setzeBrief(tx, k, bezug, id, vorlage, undefined, stichtag, optionen);
  return { pdf, dateiname: `Vorschau_${dateiname(vorlage, brief.zeichen, stichtag)}` };
}

export async function erzeugeBrief(
  tx: Tx,
  k: Benutzerkontext,
  bezug: BriefBezug,
  id: string,
  vorlage: Vorlage,
  version?: number,
  stichtag = heute(),
  optionen: Briefoptionen = {},
): Promise<Dokumentinfo> {
  const { brief, pdf } = await setzeBrief(tx, k, bezug, id, vorlage, version, stichtag, optionen);
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

/**
 * GET …/xrechnung: die zuletzt abgelegte XRechnung des Ersuchens (beide Parteien) – ein Lesen, das
 * nichts erzeugt: Jede Rechnung, die den Träger verlässt, liegt als Dokument beim Ersuchen.
 * Ohne abgelegte Rechnung 404 mit dem Weg dorthin (ablegen: POST …/xrechnung).
 */
export async function abgelegteXRechnung(tx: Tx, k: Benutzerkontext, id: string): Promise<{ info: Dokumentinfo; inhalt: Buffer }> {
  await ladeErsuchenFuerRechnung(tx, k, id);
  const [d] = await tx
    .select({ id: dokument.id })
    .from(dokument)
    .where(and(eq(dokument.bezugArt, 'amtshilfeersuchen'), eq(dokument.bezugId, id), eq(dokument.vorlage, xrechnungVorlage)))
    .orderBy(desc(dokument.erstelltAm), desc(dokument.id))
    .limit(1);
  if (!d)
    throw new Fachfehler(
      404,
      'xrechnung-nicht-abgelegt',
      'Keine XRechnung abgelegt',
      'Zu diesem Amtshilfeersuchen ist noch keine XRechnung abgelegt. Der ersuchte Träger legt sie nach der Abrechnung unter „Schreiben und Dokumente“ ab; danach kann sie hier heruntergeladen werden.',
    );
  return ladeDokument(tx, k, d.id);
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
      const von = await ladeTraeger(tx, a.anspruchstellerId);
      const an = a.verpflichteterId ? await ladeTraeger(tx, a.verpflichteterId) : { extern: a.verpflichteterExtern ?? 'Verpflichteter' };
      const fehlend = fehlendeBriefangaben(von, an);
      const zeitraeume = (
        await tx.select().from(leistungszeitraum).where(eq(leistungszeitraum.anspruchId, id)).orderBy(leistungszeitraum.von)
      ).map((z) => ({ id: z.id, von: z.von, bis: z.bis, betragCent: z.betragCent, fristEnde: z.fristEnde, gewahrt: z.gewahrt }));
      return {
        eintraege: je.map((v) =>
          vorlagenstand(
            v,
            hindernis(() => {
              pruefeErstattungsbrief(k, a, v);
              if (fehlend.length) throw stammdatenFuerBrief(fehlend);
            }),
            wirkungErstattungsbrief(a, v, stichtag),
            {
              brauchtEingang: v === 'anmeldung' && a.status === 'Entwurf',
              // Wählen lässt sich nur vor der Geltendmachung; eine Zweitschrift nennt die geltend gemachten.
              zeitraeume: v === 'anmeldung' && a.status === 'Entwurf' ? zeitraeume : [],
              zweitschrift: (v === 'anmeldung' && a.status !== 'Entwurf') || (v === 'bezifferung' && a.status !== 'Angemeldet'),
            },
          ),
        ),
      };
    }
    case 'amtshilfeersuchen': {
      const e = await ladeErsuchenFuerRechnung(tx, k, id);
      const ersuchender = await ladeTraeger(tx, e.ersuchenderId);
      const ersuchter = await ladeTraeger(tx, e.ersuchterId);
      const eintraege: Vorlagenstand[] = [];
      for (const v of je) {
        const frueher = await schonErzeugt(tx, id, v);
        eintraege.push(
          vorlagenstand(
            v,
            hindernis(() => {
              const seite = pruefeAmtshilfebrief(k, e, v, stichtag);
              const fehlend =
                seite === 'ersuchender'
                  ? fehlendeBriefangaben(ersuchender, ersuchter)
                  : fehlendeBriefangaben(ersuchter, ersuchender, v === 'kostenanforderung');
              if (fehlend.length) throw stammdatenFuerBrief(fehlend);
            }),
            null,
            { zweitschrift: frueher && v !== 'erinnerung' && !(v === 'ersuchen' && e.status === 'Entwurf') },
          ),
        );
      }
      return { eintraege, xrechnung: await xrechnungStand(tx, k, e) };
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
