// Die Daten der Briefe aus den Datensätzen: Stammdaten der Träger (Briefkopf, Anschrift), die
// Angaben des Datensatzes und die gespeicherten Entscheidungen des Regelwerks. Hier wird nichts
// entschieden und nichts gerechnet – der Brief druckt, was gespeichert ist (style.md).
import { and, desc, eq } from 'drizzle-orm';
import { type Begruendungsschritt, type Hinweis, landesnamen } from '@egh/recht';
import type { Absender, Briefdaten, Briefkopf, Empfaenger, Entscheidungsauszug, Vorlage } from '@egh/briefe';
import { entscheidung, fall, traeger } from '../db/schema.ts';
import type { Tx } from '../db/verbindung.ts';
import type { Fehler } from '@egh/recht';
import { Fachfehler, eingabefehler, verboten } from '../http/problem.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';

export type Traeger = typeof traeger.$inferSelect;
type Entscheidung = typeof entscheidung.$inferSelect;

export async function ladeTraeger(tx: Tx, id: string): Promise<Traeger> {
  const [t] = await tx.select().from(traeger).where(eq(traeger.id, id));
  if (!t) throw eingabefehler([{ pfad: '/traeger', meldung: `Träger „${id}“ ist nicht im Register.` }]);
  return t;
}

/** Briefkopf und Geschäftsangaben aus den Stammdaten des Trägers. */
export function absender(t: Traeger): Absender {
  const land = landesnamen[t.land as keyof typeof landesnamen] ?? t.land;
  return {
    name: t.name,
    zusatz: `${t.art === 'sonstig' ? 'Sozialleistungsträger' : 'Träger der Eingliederungshilfe'} · ${land}`,
    anschrift: t.anschrift,
    telefon: t.kontakt.telefon ?? null,
    email: t.kontakt.email ?? null,
    leitwegId: t.leitwegId,
    iban: t.iban,
  };
}

export function empfaenger(t: Traeger, zusatz?: string): Empfaenger {
  return { name: t.name, zusatz: zusatz ?? t.kontakt.ansprechpartner ?? null, anschrift: t.anschrift };
}

/** Der Name des Bearbeiters ohne den Zusatz in Klammern („Anna Huber (Kostenerstattung, …)“ → „Anna Huber“). */
export function bearbeiter(k: Benutzerkontext): string {
  return k.name.replace(/\s*\([^)]*\)\s*$/, '').trim() || k.name;
}

export function kopf(
  k: Benutzerkontext,
  von: Traeger,
  an: Empfaenger,
  zeichen: { unser: string; ihr?: string | null; ihreNachrichtVom?: string | null },
  datum: string,
): Briefkopf {
  return {
    absender: absender(von),
    empfaenger: an,
    unserZeichen: zeichen.unser,
    ihrZeichen: zeichen.ihr ?? null,
    ihreNachrichtVom: zeichen.ihreNachrichtVom ?? null,
    datum,
    ansprechpartner: bearbeiter(k),
    telefon: von.kontakt.telefon ?? null,
    // Der Träger entscheidet (Stammdaten): Raum für die Unterschrift oder der Hinweis nach § 33 Abs. 5 SGB X.
    ohneUnterschrift: von.ohneUnterschrift,
  };
}

export function auszug(e: Entscheidung | null | undefined): Entscheidungsauszug | null {
  if (!e) return null;
  return {
    begruendung: e.begruendung as Begruendungsschritt[],
    hinweise: e.hinweise as Hinweis[],
    regelwerkVersion: e.regelwerkVersion,
  };
}

/** Die neueste gespeicherte Entscheidung einer Prüfung zu einem Datensatz, die `passt`. */
export async function neuesteEntscheidung(
  tx: Tx,
  bezugId: string,
  pruefung: string,
  passt: (e: Entscheidung) => boolean = () => true,
): Promise<Entscheidung | null> {
  const alle = await tx
    .select()
    .from(entscheidung)
    .where(and(eq(entscheidung.bezugId, bezugId), eq(entscheidung.pruefung, pruefung)))
    .orderBy(desc(entscheidung.erstelltAm));
  return alle.find(passt) ?? null;
}

export async function entscheidungMitId(tx: Tx, id: string | null | undefined): Promise<Entscheidung | null> {
  if (!id) return null;
  const [e] = await tx.select().from(entscheidung).where(eq(entscheidung.id, id));
  return e ?? null;
}

/** Datensätze, zu denen Briefe entstehen (Pfad der API → bezugArt des Dokuments). */
export const briefBezuege = {
  erstattungsansprueche: 'erstattungsanspruch',
  amtshilfeersuchen: 'amtshilfeersuchen',
  mehrkostenvergleiche: 'mehrkostenvergleich',
  beitritte: 'beitritt',
} as const;
export type BriefBezug = (typeof briefBezuege)[keyof typeof briefBezuege];

/** Welche Vorlagen zu welchem Datensatz gehören (produkt.md, „Letters“). */
export const vorlagenJeBezug: Record<BriefBezug, Vorlage[]> = {
  erstattungsanspruch: ['anmeldung', 'bezifferung', 'erinnerung'],
  amtshilfeersuchen: ['ersuchen', 'antwort', 'kostenanforderung', 'erinnerung'],
  mehrkostenvergleich: ['vermerkMehrkosten'],
  beitritt: ['beitrittserklaerung'],
};

/** Ein Brief, fertig zum Setzen: Vorlage, Daten, Parteien des Dokuments, Zeichen für den Dateinamen. */
export interface Brief<V extends Vorlage = Vorlage> {
  vorlage: V;
  daten: Briefdaten[V];
  parteien: string[];
  zeichen: string;
  personId?: string | null;
}

/** Was die Sachbearbeitung beim Erzeugen eines Briefs angibt (POST …/briefe und …/briefe/vorschau). */
export interface Briefoptionen {
  /**
   * Anmeldung: der Tag, an dem das Schreiben beim verpflichteten Träger eingeht. Die Geltendmachung
   * (§ 111 SGB X) ist eine empfangsbedürftige Erklärung; sie wirkt mit dem Zugang (§ 130 BGB), nicht
   * mit dem Tag des Schreibens.
   */
  geltendmachung?: string;
  /** Anmeldung: die Leistungszeiträume (Kennungen), die geltend gemacht werden. */
  zeitraeume?: string[];
  /** Ein frei formulierter Absatz vor dem Gruß. */
  freitext?: string | null;
  /** Vom Server gesetzt: Zu diesem Datensatz gibt es schon ein Dokument dieser Vorlage. */
  schonErzeugt?: boolean;
}

/** Setzt Freitext und Zweitschrift in den Briefkopf (die Unterschrift bestimmt der Träger, `kopf`). */
export function mitOptionen(kopf: Briefkopf, o: Briefoptionen, zweitschrift: boolean): Briefkopf {
  return {
    ...kopf,
    zweitschrift,
    freitext: o.freitext?.trim() ? o.freitext.trim() : null,
  };
}

/**
 * Stammdaten, ohne die ein Brief an einen anderen Träger nicht gesetzt wird: Anschrift des
 * Absenders (Briefkopf, Rücksendeangabe) und des Empfängers (Anschriftfeld), für eine
 * Kostenanforderung die IBAN des Absenders. Jede fehlende Angabe als Feld des Trägers.
 */
export function fehlendeBriefangaben(von: Traeger, an: Traeger | { extern: string }, ibanNoetig = false): Fehler[] {
  const fehler: Fehler[] = [];
  const anschrift = (t: Traeger, wer: string) => {
    const teile: [keyof Traeger['anschrift'], string][] = [
      ['strasse', 'Straße und Hausnummer fehlen'],
      ['plz', 'Postleitzahl fehlt'],
      ['ort', 'Ort fehlt'],
    ];
    for (const [feld, name] of teile)
      if (!t.anschrift[feld]?.trim())
        fehler.push({ pfad: `/traeger/${t.id}/anschrift/${feld}`, meldung: `Anschrift des ${wer} (${t.name}): ${name}.` });
  };
  anschrift(von, 'Absenders');
  if ('extern' in an)
    fehler.push({
      pfad: '/verpflichteterExtern',
      meldung: `Der Empfänger „${an.extern}“ steht nicht im Trägerregister; ohne seine Anschrift kann der Brief nicht gesetzt werden.`,
    });
  else anschrift(an, 'Empfängers');
  if (ibanNoetig && !von.iban?.trim())
    fehler.push({ pfad: `/traeger/${von.id}/iban`, meldung: `Bankverbindung des Absenders (${von.name}): IBAN für die Zahlung fehlt.` });
  return fehler;
}

/** 422, wenn Stammdaten für den Brief fehlen – mit jeder fehlenden Angabe. */
export function stammdatenFuerBrief(fehlend: Fehler[]): Fachfehler {
  return new Fachfehler(
    422,
    'stammdaten-unvollstaendig',
    'Stammdaten für den Brief unvollständig',
    `Für den Brief fehlen Stammdaten: ${fehlend.map((f) => f.meldung).join(' ')} Bitte ergänzen Sie sie beim Träger.`,
    fehlend,
  );
}

/** Rolle prüfen (403 mit den erlaubten Rollen). */
export function erfordere(k: Benutzerkontext, rollen: readonly string[], was: string): void {
  if (!k.rollen.some((r) => rollen.includes(r)))
    throw verboten(`${was} ist der Rolle ${rollen.join(' oder ')} vorbehalten; Ihre Rollen: ${k.rollen.join(', ')}.`);
}

/** Die Person des Falls (für das Protokoll). */
export async function personDesFalls(tx: Tx, fallId: string | null): Promise<string | null> {
  if (!fallId) return null;
  const [f] = await tx.select({ personId: fall.personId }).from(fall).where(eq(fall.id, fallId));
  return f?.personId ?? null;
}

export function falscheVorlage(bezug: BriefBezug, vorlage: string) {
  return eingabefehler([
    {
      pfad: '/vorlage',
      meldung: `Die Vorlage „${vorlage}“ gehört nicht zu diesem Datensatz; möglich sind: ${vorlagenJeBezug[bezug].join(', ')}.`,
    },
  ]);
}
