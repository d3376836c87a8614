// Amtshilfe (§§ 3–7 SGB X, Verwaltungsvereinbarung der BAGüS): Ersuchen anlegen, im Entwurf
// ändern, Arbeitsablauf Entwurf → Gesendet → Angenommen | Abgelehnt (→ Aufsicht) → Durchgeführt →
// Abgerechnet → Bezahlt. Ob überhaupt Amtshilfe vorliegt, ob eine Ablehnung zulässig ist, wer
// einen Streit entscheidet, was abzurechnen ist und welche Daten mitgehen dürfen, entscheidet das
// Regelwerk (Prüfungen amtshilfe und datenuebermittlung); jede Entscheidung wird gespeichert.
// Der ersuchte Träger sieht vom Fall des Ersuchenden nur das Pseudonym der Person und die
// übermittelten Daten – nie Fall oder Person selbst (die Zeilensicherheit verbirgt sie ohnehin).
import { and, asc, count, desc, eq, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Begruendungsschritt } from '@egh/recht';
import type { amtshilfeStatus } from '../db/schema.ts';
import { amtshilfeersuchen, beitritt, entscheidung, fall, frist, person, traeger, vereinbarung } from '../db/schema.ts';
import { type Tx, fuerTraeger } from '../db/verbindung.ts';
import { type Fachfehler, eingabefehler, konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import { type Rolle, rollennamen } from '../http/rollen.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type Regelentscheidung, type Seite, datumDe, entscheide, heute, mitTraegernamen, protokolliere } from './gemeinsam.ts';
import type {
  Aktion,
  BerichtEingabe,
  Datenposten,
  Einwilligung,
  ErsuchenAenderung,
  ErsuchenEingabe,
  ErsuchenFilter,
} from '../routen/amtshilfe.schema.ts';
import { aendereMitVersion } from './version.ts';

export type AmtshilfeStatus = (typeof amtshilfeStatus)[number];
type Ersuchen = typeof amtshilfeersuchen.$inferSelect;

/** Aufgaben, um die ein Träger der Eingliederungshilfe ersucht (recht.md §1.1, §7.1). */
export const aufgaben = ['gesamtplanung', 'bedarfsermittlung', 'gesamtplankonferenz', 'hausbesuch'] as const;
export type Aufgabe = (typeof aufgaben)[number];

export const amtshilfeStatusnamen: Record<AmtshilfeStatus, string> = {
  Entwurf: 'Entwurf',
  Gesendet: 'Gesendet',
  Angenommen: 'Angenommen',
  Abgelehnt: 'Abgelehnt',
  Aufsicht: 'Bei der Aufsichtsbehörde',
  Durchgefuehrt: 'Durchgeführt',
  Abgerechnet: 'Abgerechnet',
  Bezahlt: 'Bezahlt',
};

/** Die neun Lebensbereiche der Bedarfsermittlung (§ 118 Abs. 1 Satz 2 SGB IX), in der Reihenfolge des Gesetzes. */
export const lebensbereiche = {
  lernenUndWissensanwendung: 'Lernen und Wissensanwendung',
  allgemeineAufgabenUndAnforderungen: 'Allgemeine Aufgaben und Anforderungen',
  kommunikation: 'Kommunikation',
  mobilitaet: 'Mobilität',
  selbstversorgung: 'Selbstversorgung',
  haeuslichesLeben: 'Häusliches Leben',
  interpersonelleInteraktionenUndBeziehungen: 'Interpersonelle Interaktionen und Beziehungen',
  bedeutendeLebensbereiche: 'Bedeutende Lebensbereiche',
  gemeinschaftsSozialesUndStaatsbuergerlichesLeben: 'Gemeinschafts-, soziales und staatsbürgerliches Leben',
} as const;
export type Lebensbereich = keyof typeof lebensbereiche;

// Die Eingaben sind die Typen der Routenschemata (ein Vertrag): routen/amtshilfe.schema.ts.
export type { Aktion, BerichtEingabe, Datenposten, Einwilligung, ErsuchenAenderung, ErsuchenEingabe, ErsuchenFilter };

type Seitenrolle = 'ersuchender' | 'ersuchter';

/** Welche Aktion in welchem Status von welcher Seite zulässig ist (produkt.md). */
export const uebergaenge: Record<Aktion['aktion'], { von: AmtshilfeStatus[]; seite: Seitenrolle; rollen: string[] }> = {
  senden: { von: ['Entwurf'], seite: 'ersuchender', rollen: ['sachbearbeitung'] },
  // Nach der Entscheidung der Aufsichtsbehörde (§ 4 Abs. 5 Satz 2 SGB X) kann der ersuchte Träger die Hilfe doch leisten.
  annehmen: { von: ['Gesendet', 'Aufsicht'], seite: 'ersuchter', rollen: ['sachbearbeitung'] },
  ablehnen: { von: ['Gesendet'], seite: 'ersuchter', rollen: ['sachbearbeitung'] },
  aufsicht: { von: ['Abgelehnt'], seite: 'ersuchender', rollen: ['sachbearbeitung'] },
  berichten: { von: ['Angenommen'], seite: 'ersuchter', rollen: ['sachbearbeitung'] },
  abrechnen: { von: ['Durchgefuehrt'], seite: 'ersuchter', rollen: ['sachbearbeitung'] },
  bezahlen: { von: ['Abgerechnet'], seite: 'ersuchender', rollen: ['sachbearbeitung'] },
};

/** Das Ergebnis der Prüfung amtshilfe, soweit der Server es liest. */
interface AmtshilfeErgebnis {
  istAmtshilfe: boolean;
  ablehnungZulaessig: boolean | null;
  /** § 4 Abs. 5 SGB X: wer über einen Streit entscheidet (Wert), `null` ohne Streit. */
  streitentscheidung: 'gemeinsameAufsicht' | 'aufsichtErsuchte' | null;
  /** Dieselbe Regel als Satz für Oberfläche und Brief. */
  streitentscheidungText: string | null;
  erstattungsart: 'pauschale' | 'auslagen' | 'keine';
  erstattungCent: number;
  auslagenschwelleCent: number | null;
  pauschaleAnwendbar: boolean | null;
  pauschaleAusschlussgruende: string[];
}

interface DatenErgebnis {
  entscheidungen: { daten: string; zulaessig: boolean; norm: string; begruendung: string }[];
}

function parteien(e: Pick<Ersuchen, 'ersuchenderId' | 'ersuchterId' | 'status'>): string[] {
  return e.status === 'Entwurf' ? [e.ersuchenderId] : [e.ersuchenderId, e.ersuchterId];
}

function bezug(e: Ersuchen) {
  return { parteien: parteien(e), bezugArt: 'amtshilfeersuchen' as const, bezugId: e.id };
}

function seiteVon(k: Benutzerkontext, e: Ersuchen): Seitenrolle | undefined {
  if (k.traegerId === e.ersuchenderId) return 'ersuchender';
  if (k.traegerId === e.ersuchterId) return 'ersuchter';
  return undefined;
}

/** Begründungsschritte des Regelwerks zu den genannten Normen, als Text für eine Meldung. */
function gruende(schritte: Begruendungsschritt[], norm: RegExp): string {
  return schritte
    .filter((s) => norm.test(s.norm))
    .map((s) => `${s.norm}: ${s.text}`)
    .join(' ');
}

async function behoerde(tx: Tx, id: string, pfad: string) {
  const [t] = await tx
    .select({ id: traeger.id, rechtstraeger: traeger.rechtstraeger, aufsichtsbehoerde: traeger.aufsichtsbehoerde })
    .from(traeger)
    .where(eq(traeger.id, id));
  if (!t) throw eingabefehler([{ pfad, meldung: `Träger „${id}“ ist nicht im Register.` }]);
  return { id: t.id, rechtstraeger: t.rechtstraeger, ...(t.aufsichtsbehoerde ? { aufsichtsbehoerde: t.aufsichtsbehoerde } : {}) };
}

/**
 * § 3 Abs. 2 Nr. 2 SGB X i. V. m. § 98 SGB IX: Ist der ersuchte Träger nach der letzten
 * Zuständigkeitsentscheidung des Regelwerks für den Fall selbst zuständig? Ohne Entscheidung
 * (Fall ohne Angaben) bleibt die Frage offen und wird nicht behauptet.
 */
async function ersuchterLautFallZustaendig(tx: Tx, fallId: string | null, ersuchterId: string): Promise<boolean | undefined> {
  if (!fallId) return undefined;
  const [z] = await tx
    .select({ ergebnis: entscheidung.ergebnis })
    .from(entscheidung)
    .where(and(eq(entscheidung.bezugId, fallId), eq(entscheidung.pruefung, 'oertlicheZustaendigkeit')))
    .orderBy(desc(entscheidung.erstelltAm))
    .limit(1);
  if (!z) return undefined;
  return (z.ergebnis as { traeger?: string }).traeger === ersuchterId;
}

interface AmtshilfeFakten {
  eingangErsuchen: string;
  durchfuehrung?: string;
  ersuchterSelbstZustaendig?: boolean;
  ablehnungsgrund?: string;
  auslagenCent?: number;
  vereinbarung?: {
    gueltigAb: string;
    pauschalen: Record<string, number>;
    mitglieder: { id: string; beitritt: string; austritt?: string }[];
  };
}

async function pruefeAmtshilfe(tx: Tx, k: Benutzerkontext, e: Ersuchen, f: AmtshilfeFakten): Promise<Regelentscheidung<AmtshilfeErgebnis>> {
  return entscheide<AmtshilfeErgebnis>(tx, k, bezug(e), {
    art: 'amtshilfe',
    ersuchender: await behoerde(tx, e.ersuchenderId, '/ersuchenderId'),
    ersuchter: await behoerde(tx, e.ersuchterId, '/ersuchterId'),
    aufgabe: e.aufgabe,
    ...f,
  });
}

/** § 3 Abs. 2 SGB X: ohne Amtshilfe kein Ersuchen (409 mit der Begründung des Regelwerks; nichts wird gespeichert). */
async function pruefeObAmtshilfe(tx: Tx, k: Benutzerkontext, e: Ersuchen, eingang: string): Promise<void> {
  const selbst = await ersuchterLautFallZustaendig(tx, e.fallId, e.ersuchterId);
  const r = await pruefeAmtshilfe(tx, k, e, {
    eingangErsuchen: eingang,
    ...(selbst !== undefined ? { ersuchterSelbstZustaendig: selbst } : {}),
  });
  if (!r.ergebnis.istAmtshilfe) throw konflikt(`Das ist keine Amtshilfe. ${gruende(r.begruendung, /^§ 3 Abs\. 2|^§ 98/)}`);
}

/**
 * Zweck der Übermittlung für die Prüfung datenuebermittlung: Daten für eine Gesamtplankonferenz
 * unterliegen § 119 Abs. 1 SGB IX und § 23 Abs. 2 SGB IX, alle anderen Aufgaben dem Amtshilfezweck.
 */
function zweckFuer(aufgabe: string): 'amtshilfe' | 'gesamtplankonferenz' {
  return aufgabe === 'gesamtplankonferenz' ? 'gesamtplankonferenz' : 'amtshilfe';
}

interface Datenfakten {
  einwilligung?: Einwilligung;
  widerspruch?: boolean;
}

/** Einwilligung und Widerspruch, wie sie bei der letzten Datenprüfung des Ersuchens angegeben waren. */
async function letzteDatenfakten(tx: Tx, id: string): Promise<Datenfakten> {
  const [z] = await tx
    .select({ eingabe: entscheidung.eingabe })
    .from(entscheidung)
    .where(and(eq(entscheidung.bezugId, id), eq(entscheidung.pruefung, 'datenuebermittlung')))
    .orderBy(desc(entscheidung.erstelltAm))
    .limit(1);
  const eingabe = (z?.eingabe ?? {}) as Datenfakten;
  return {
    ...(eingabe.einwilligung !== undefined ? { einwilligung: eingabe.einwilligung } : {}),
    ...(eingabe.widerspruch !== undefined ? { widerspruch: eingabe.widerspruch } : {}),
  };
}

/**
 * §§ 67b, 69, 76 SGB X: Jeder Datenposten muss nach dem Regelwerk übermittelt werden dürfen;
 * sonst 400 mit jedem gesperrten Posten (und nichts wird gespeichert).
 */
async function pruefeDaten(tx: Tx, k: Benutzerkontext, e: Ersuchen, fakten: Datenfakten): Promise<void> {
  if (!e.daten.length) return;
  const arten = [...new Set(e.daten.map((d) => d.art))];
  const r = await entscheide<DatenErgebnis>(tx, k, bezug(e), {
    art: 'datenuebermittlung',
    zweck: zweckFuer(e.aufgabe),
    daten: arten,
    ...fakten,
  });
  const gesperrt = new Map(r.ergebnis.entscheidungen.filter((x) => !x.zulaessig).map((x) => [x.daten, x]));
  const fehler = e.daten.flatMap((d, i) => {
    const x = gesperrt.get(d.art);
    return x ? [{ pfad: `/daten/${i}/art`, meldung: `„${d.art}“ darf nicht übermittelt werden (${x.norm}): ${x.begruendung}` }] : [];
  });
  if (fehler.length) throw eingabefehler(fehler, 'Das Regelwerk lässt die Übermittlung dieser Daten nicht zu (§§ 67b, 69, 76 SGB X).');
}

/** Der ersuchte Träger soll bis zum erbetenen Termin geholfen haben (solange weder abgelehnt noch durchgeführt). */
const offeneStatus: AmtshilfeStatus[] = ['Gesendet', 'Angenommen'];

/**
 * Die Frist des ersuchten Trägers zum erbetenen Termin, neu berechnet nach jeder Änderung.
 * Fristen sind je Träger zeilengesichert; die des ersuchten Trägers entsteht aber schon durch
 * das Senden des Ersuchenden. Deshalb wird sie in derselben Transaktion unter der Kennung des
 * ersuchten Trägers geschrieben und die Kennung danach zurückgesetzt – nur für diese eine Zeile.
 * Für den ersuchenden Träger entsteht keine Frist: §§ 3–7 SGB X setzen ihm keine.
 */
async function setzeFrist(tx: Tx, k: Benutzerkontext, e: Ersuchen, ersuchenderName: string): Promise<void> {
  await fuerTraeger(tx, k.traegerId, e.ersuchterId, async () => {
    await tx.delete(frist).where(and(eq(frist.bezugId, e.id), eq(frist.traegerId, e.ersuchterId)));
    if (e.status !== 'Entwurf' && e.gewuenschtBis)
      await tx.insert(frist).values({
        traegerId: e.ersuchterId,
        bezugArt: 'amtshilfeersuchen',
        bezugId: e.id,
        art: 'AMTSHILFE_ERBETEN',
        norm: '§ 3 Abs. 1 SGB X',
        bezeichnung: `Amtshilfe (${e.aufgabe}) für ${ersuchenderName} erbeten bis zu diesem Tag (Zeichen ${e.aktenzeichen})`,
        faellig: e.gewuenschtBis,
        erledigt: !offeneStatus.includes(e.status),
      });
  });
}

async function traegerName(tx: Tx, id: string): Promise<string> {
  const [t] = await tx.select({ name: traeger.name }).from(traeger).where(eq(traeger.id, id));
  return t?.name ?? id;
}

async function ladeErsuchen(tx: Tx, id: string): Promise<Ersuchen> {
  const [e] = await tx.select().from(amtshilfeersuchen).where(eq(amtshilfeersuchen.id, id));
  if (!e) throw nichtGefunden('Amtshilfeersuchen');
  return e;
}

function pruefeSachbearbeitung(k: Benutzerkontext, was: string): void {
  if (!k.rollen.includes('sachbearbeitung')) throw verboten(`${was} ist der Rolle sachbearbeitung vorbehalten.`);
}

export async function legeErsuchenAn(
  tx: Tx,
  k: Benutzerkontext & { traegerId: string },
  e: ErsuchenEingabe,
  stichtag = heute(),
): Promise<Ersuchen> {
  pruefeSachbearbeitung(k, 'Ein Amtshilfeersuchen anzulegen');
  if (e.ersuchterId === k.traegerId)
    throw eingabefehler([{ pfad: '/ersuchterId', meldung: 'Ein Träger kann sich nicht selbst um Amtshilfe ersuchen.' }]);
  await behoerde(tx, e.ersuchterId, '/ersuchterId');
  const [f] = await tx
    .select({ aktenzeichen: fall.aktenzeichen, personId: fall.personId, pseudonym: person.pseudonym })
    .from(fall)
    .innerJoin(person, eq(person.id, fall.personId))
    .where(eq(fall.id, e.fallId));
  if (!f) throw eingabefehler([{ pfad: '/fallId', meldung: 'Fall nicht gefunden (nur eigene Fälle).' }]);
  const [neu] = await tx
    .insert(amtshilfeersuchen)
    .values({
      ersuchenderId: k.traegerId,
      ersuchterId: e.ersuchterId,
      fallId: e.fallId,
      personPseudonym: f.pseudonym,
      aktenzeichen: e.aktenzeichen ?? f.aktenzeichen,
      aufgabe: e.aufgabe,
      fragen: e.fragen ?? '',
      gewuenschtBis: e.gewuenschtBis ?? null,
      daten: e.daten ?? [],
    })
    .returning();
  if (!neu) throw nichtGefunden('Amtshilfeersuchen');
  // Vor dem Senden gilt der heutige Tag als Eingang; beim Senden wird mit dem Tag des Zugangs neu geprüft.
  await pruefeObAmtshilfe(tx, k, neu, stichtag);
  await pruefeDaten(tx, k, neu, {
    ...(e.einwilligung !== undefined ? { einwilligung: e.einwilligung } : {}),
    ...(e.widerspruch !== undefined ? { widerspruch: e.widerspruch } : {}),
  });
  await protokolliere(
    tx,
    k,
    'anlegen',
    'amtshilfeersuchen',
    neu.id,
    { aktenzeichen: neu.aktenzeichen, ersuchter: neu.ersuchterId, daten: neu.daten.map((d) => d.art) },
    f.personId,
  );
  return neu;
}

export async function aendereErsuchen(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  version: number,
  e: ErsuchenAenderung,
  stichtag = heute(),
): Promise<Ersuchen> {
  const alt = await ladeErsuchen(tx, id);
  if (seiteVon(k, alt) !== 'ersuchender') throw verboten('Nur der ersuchende Träger ändert das Ersuchen, und nur im Entwurf.');
  pruefeSachbearbeitung(k, 'Das Ersuchen zu ändern');
  if (alt.status !== 'Entwurf')
    throw konflikt(`Im Status „${amtshilfeStatusnamen[alt.status]}“ ist das Ersuchen nicht mehr änderbar; geändert wird nur der Entwurf.`);
  if (e.ersuchterId === alt.ersuchenderId)
    throw eingabefehler([{ pfad: '/ersuchterId', meldung: 'Ein Träger kann sich nicht selbst um Amtshilfe ersuchen.' }]);
  if (e.ersuchterId !== undefined) await behoerde(tx, e.ersuchterId, '/ersuchterId');
  const werte: Record<string, unknown> = {};
  for (const feld of ['ersuchterId', 'aktenzeichen', 'aufgabe', 'fragen', 'gewuenschtBis', 'daten'] as const)
    if (e[feld] !== undefined) werte[feld] = e[feld];
  const neu = await aendereMitVersion(tx, amtshilfeersuchen, id, version, werte, 'Amtshilfeersuchen');
  if (e.ersuchterId !== undefined || e.aufgabe !== undefined) await pruefeObAmtshilfe(tx, k, neu, stichtag);
  if (e.daten !== undefined || e.aufgabe !== undefined || e.einwilligung !== undefined || e.widerspruch !== undefined) {
    const vorher = await letzteDatenfakten(tx, id);
    await pruefeDaten(tx, k, neu, {
      ...vorher,
      ...(e.einwilligung !== undefined ? { einwilligung: e.einwilligung } : {}),
      ...(e.widerspruch !== undefined ? { widerspruch: e.widerspruch } : {}),
    });
  }
  await protokolliere(tx, k, 'aendern', 'amtshilfeersuchen', id, { felder: Object.keys(e) }, await personVon(tx, k, neu));
  return neu;
}

/** Die Person des Falls – nur für den ersuchenden Träger (dem ersuchten ist sie unbekannt). */
async function personVon(tx: Tx, k: Benutzerkontext, e: Ersuchen): Promise<string | null> {
  if (k.traegerId !== e.ersuchenderId || !e.fallId) return null;
  const [f] = await tx.select({ personId: fall.personId }).from(fall).where(eq(fall.id, e.fallId));
  return f?.personId ?? null;
}

/** Die Fassung der Vereinbarung, die am Tag gilt (sonst die früheste, damit das Regelwerk „gilt erst ab“ begründet), mit ihren Mitgliedern. */
async function vereinbarungAm(tx: Tx, tag: string) {
  const [geltend] = await tx
    .select()
    .from(vereinbarung)
    .where(lte(vereinbarung.gueltigAb, tag))
    .orderBy(desc(vereinbarung.gueltigAb))
    .limit(1);
  const [frueheste] = geltend ? [geltend] : await tx.select().from(vereinbarung).orderBy(asc(vereinbarung.gueltigAb)).limit(1);
  if (!frueheste) return null;
  const mitglieder = await tx
    .select({ id: beitritt.traegerId, beitritt: beitritt.wirksamAb, austritt: beitritt.ausgetretenAm })
    .from(beitritt)
    .where(eq(beitritt.vereinbarungId, frueheste.id));
  return {
    zeile: frueheste,
    eingabe: {
      gueltigAb: frueheste.gueltigAb,
      pauschalen: frueheste.pauschalen,
      // Austritt: erster Tag ohne Mitgliedschaft, wie das Regelwerk ihn liest [DESIGN, recht.md OQ-1].
      mitglieder: mitglieder.map((m) => ({ id: m.id, beitritt: m.beitritt, ...(m.austritt ? { austritt: m.austritt } : {}) })),
    },
  };
}

function pruefeTag(tag: string, pfad: string, frueheste: { tag: string; was: string } | null, stichtag: string): void {
  if (tag > stichtag) throw eingabefehler([{ pfad, meldung: `Der ${datumDe(tag)} liegt in der Zukunft.` }]);
  if (frueheste && tag < frueheste.tag)
    throw eingabefehler([{ pfad, meldung: `Der ${datumDe(tag)} liegt vor ${frueheste.was} am ${datumDe(frueheste.tag)}.` }]);
}

/** Die Arbeitsschritte in Worten (Subjekt eines Satzes). */
const aktionsnamen: Record<Aktion['aktion'], string> = {
  senden: 'Das Senden',
  annehmen: 'Die Annahme',
  ablehnen: 'Die Ablehnung',
  aufsicht: 'Die Anrufung der Aufsichtsbehörde',
  berichten: 'Der Ergebnisbericht',
  abrechnen: 'Die Abrechnung',
  bezahlen: 'Der Vermerk der Zahlung',
};

/**
 * Warum der Benutzer die Aktion jetzt nicht ausführen kann (403 oder 409 mit deutscher Meldung),
 * oder nichts: Seite, Rolle und Status aus `uebergaenge`, dazu die Bedingungen der Aktion selbst.
 * `fuehreAus` wirft dieses Hindernis; `erlaubteAktionen` nennt es als Grund.
 */
function pruefeAktion(
  k: Benutzerkontext,
  e: Ersuchen,
  aktion: Aktion['aktion'],
  stichtag: string,
): { art: 'seite' | 'rolle' | 'status' | 'bedingung'; fehler: Fachfehler } | undefined {
  const regel = uebergaenge[aktion];
  const name = aktionsnamen[aktion];
  if (seiteVon(k, e) !== regel.seite)
    return {
      art: 'seite',
      fehler: verboten(`${name} ist Sache des ${regel.seite === 'ersuchender' ? 'ersuchenden' : 'ersuchten'} Trägers.`),
    };
  if (!k.rollen.some((r) => regel.rollen.includes(r)))
    return {
      art: 'rolle',
      fehler: verboten(`${name} ist der Rolle ${regel.rollen.map((r) => rollennamen[r as Rolle] ?? r).join(' oder ')} vorbehalten.`),
    };
  if (!regel.von.includes(e.status))
    return {
      art: 'status',
      fehler: konflikt(
        `${name} ist im Status „${amtshilfeStatusnamen[e.status]}“ nicht möglich (möglich in: ${regel.von.map((s) => amtshilfeStatusnamen[s]).join(', ')}).`,
      ),
    };
  if (aktion === 'senden' && e.gewuenschtBis && e.gewuenschtBis < stichtag)
    return {
      art: 'bedingung',
      fehler: konflikt(`Der erbetene Termin ${datumDe(e.gewuenschtBis)} liegt vor dem heutigen Tag; bitte im Entwurf ändern.`),
    };
  return undefined;
}

export function hindernis(k: Benutzerkontext, e: Ersuchen, aktion: Aktion['aktion'], stichtag = heute()): Fachfehler | undefined {
  return pruefeAktion(k, e, aktion, stichtag)?.fehler;
}

/** Jede Aktion des Arbeitsablaufs für den Benutzer: erlaubt, oder nicht mit Grund und Art des Hindernisses. */
export function erlaubteAktionen(
  k: Benutzerkontext,
  e: Ersuchen,
  stichtag = heute(),
): { aktion: Aktion['aktion']; erlaubt: boolean; grund?: string; hindernis?: 'seite' | 'rolle' | 'status' | 'bedingung' }[] {
  return (Object.keys(uebergaenge) as Aktion['aktion'][]).map((aktion) => {
    const h = pruefeAktion(k, e, aktion, stichtag);
    return h ? { aktion, erlaubt: false, grund: h.fehler.message, hindernis: h.art } : { aktion, erlaubt: true };
  });
}

/** Führt einen Arbeitsschritt aus (If-Match). */
export async function fuehreAus(tx: Tx, k: Benutzerkontext, id: string, version: number, a: Aktion, stichtag = heute()): Promise<Ersuchen> {
  const alt = await ladeErsuchen(tx, id);
  const h = hindernis(k, alt, a.aktion, stichtag);
  if (h) throw h;
  // Wie aendereMitVersion, aber bevor das Regelwerk auf einem alten Stand entscheidet.
  if (alt.version !== version) await aendereMitVersion(tx, amtshilfeersuchen, id, version, {}, 'Amtshilfeersuchen');

  const werte: Record<string, unknown> = {};
  const details: Record<string, unknown> = { aktion: a.aktion, vorher: alt.status };
  const eingang = alt.gesendetAm ?? stichtag;
  let danach: ((neu: Ersuchen) => Promise<void>) | undefined;
  switch (a.aktion) {
    case 'senden':
      werte.status = 'Gesendet';
      werte.gesendetAm = stichtag;
      // Mit dem Senden geht das Ersuchen auf der Plattform zu: Eingang ist der Tag des Sendens.
      danach = async (neu) => {
        await pruefeObAmtshilfe(tx, k, neu, stichtag);
        await pruefeDaten(tx, k, neu, await letzteDatenfakten(tx, id));
      };
      details.daten = alt.daten.map((d) => d.art);
      break;
    case 'annehmen':
      werte.status = 'Angenommen';
      werte.beantwortetAm = stichtag;
      break;
    case 'ablehnen': {
      // § 4 Abs. 2–4 SGB X: nur ein Grund, den das Regelwerk als zulässig ansieht.
      const r = await pruefeAmtshilfe(tx, k, alt, { eingangErsuchen: eingang, ablehnungsgrund: a.ablehnungsgrund });
      if (r.ergebnis.ablehnungZulaessig !== true)
        throw eingabefehler([
          {
            pfad: '/ablehnungsgrund',
            meldung: `Mit diesem Grund darf die Amtshilfe nicht abgelehnt werden. ${gruende(r.begruendung, /^§ 4 Abs\. [234]/)}`,
          },
        ]);
      werte.status = 'Abgelehnt';
      werte.beantwortetAm = stichtag;
      werte.ablehnungsgrund = a.ablehnungsgrund;
      werte.ablehnungBegruendung = a.begruendung;
      details.ablehnungsgrund = a.ablehnungsgrund;
      break;
    }
    case 'aufsicht':
      // § 4 Abs. 5 Satz 2 SGB X: wer entscheidet, sagt das Regelwerk (Entscheidungsdatensatz mit streitentscheidung).
      werte.status = 'Aufsicht';
      danach = async (neu) => {
        const r = await pruefeAmtshilfe(tx, k, neu, {
          eingangErsuchen: eingang,
          ...(alt.ablehnungsgrund ? { ablehnungsgrund: alt.ablehnungsgrund } : {}),
        });
        details.streitentscheidung = r.ergebnis.streitentscheidungText;
      };
      break;
    case 'berichten': {
      const am = a.durchgefuehrtAm ?? stichtag;
      pruefeTag(am, '/durchgefuehrtAm', { tag: eingang, was: 'dem Eingang des Ersuchens' }, stichtag);
      werte.status = 'Durchgefuehrt';
      werte.durchgefuehrtAm = am;
      // § 118 Abs. 1 SGB IX: die neun Lebensbereiche in der Reihenfolge des Gesetzes; dazu Wünsche (§ 104 SGB IX) und Vorschläge.
      werte.bericht = {
        lebensbereiche: (Object.keys(lebensbereiche) as Lebensbereich[]).map((b) => ({
          bereich: b,
          bezeichnung: lebensbereiche[b],
          text: a.bericht.lebensbereiche[b],
        })),
        wuensche: a.bericht.wuensche,
        vorschlaege: a.bericht.vorschlaege,
      };
      break;
    }
    case 'abrechnen': {
      const durchfuehrung = alt.durchgefuehrtAm ?? stichtag;
      const v = await vereinbarungAm(tx, durchfuehrung);
      // § 7 SGB X und die Vereinbarung (§ 7 Abs. 1 Satz 3 SGB X): Pauschale oder Auslagen entscheidet das Regelwerk.
      const r = await pruefeAmtshilfe(tx, k, alt, {
        eingangErsuchen: eingang,
        durchfuehrung,
        ...(a.auslagenCent !== undefined ? { auslagenCent: a.auslagenCent } : {}),
        ...(v ? { vereinbarung: v.eingabe } : {}),
      });
      werte.status = 'Abgerechnet';
      werte.abrechnung = {
        am: stichtag,
        erstattungsart: r.ergebnis.erstattungsart,
        erstattungCent: r.ergebnis.erstattungCent,
        auslagenCent: a.auslagenCent ?? null,
        auslagenBeschreibung: a.auslagenBeschreibung ?? null,
        auslagenschwelleCent: r.ergebnis.auslagenschwelleCent,
        pauschaleAusschlussgruende: r.ergebnis.pauschaleAusschlussgruende,
        vereinbarung: v
          ? { id: v.zeile.id, bezeichnung: v.zeile.bezeichnung, gueltigAb: v.zeile.gueltigAb, beispiel: v.zeile.beispiel }
          : null,
        entscheidungId: r.entscheidungId,
      };
      details.erstattungCent = r.ergebnis.erstattungCent;
      details.erstattungsart = r.ergebnis.erstattungsart;
      break;
    }
    case 'bezahlen': {
      const am = a.am ?? stichtag;
      const abgerechnet = (alt.abrechnung as { am?: string } | null)?.am;
      pruefeTag(am, '/am', abgerechnet ? { tag: abgerechnet, was: 'der Abrechnung' } : null, stichtag);
      werte.status = 'Bezahlt';
      werte.bezahltAm = am;
      break;
    }
  }
  const neu = await aendereMitVersion(tx, amtshilfeersuchen, id, version, werte, 'Amtshilfeersuchen');
  if (danach) await danach(neu);
  await setzeFrist(tx, k, neu, await traegerName(tx, neu.ersuchenderId));
  await protokolliere(tx, k, 'uebergang', 'amtshilfeersuchen', id, { ...details, nachher: neu.status }, await personVon(tx, k, neu));
  return neu;
}

export async function leseErsuchen(tx: Tx, k: Benutzerkontext, id: string) {
  const e = await ladeErsuchen(tx, id);
  const seite = seiteVon(k, e);
  // Die Zeilensicherheit zeigt nur Parteien das Ersuchen; doppelt hält besser.
  if (!seite) throw nichtGefunden('Amtshilfeersuchen');
  // Nacheinander: eine Transaktion ist eine Verbindung (node-postgres stellt parallele Abfragen nur zurück).
  const entscheidungen = await mitTraegernamen(
    tx,
    await tx.select().from(entscheidung).where(eq(entscheidung.bezugId, id)).orderBy(desc(entscheidung.erstelltAm)),
  );
  const fristen = await tx.select().from(frist).where(eq(frist.bezugId, id)).orderBy(asc(frist.faellig));
  const beteiligte = await tx
    .select({ id: traeger.id, name: traeger.name, kurzname: traeger.kurzname, land: traeger.land, leitwegId: traeger.leitwegId })
    .from(traeger)
    .where(inArray(traeger.id, [e.ersuchenderId, e.ersuchterId]));
  const personId = await personVon(tx, k, e);
  await protokolliere(tx, k, 'lesen', 'amtshilfeersuchen', id, { aktenzeichen: e.aktenzeichen, pseudonym: e.personPseudonym }, personId);
  const neueste = (art: string) => entscheidungen.find((x) => x.pruefung === art) ?? null;
  const amtshilfe = neueste('amtshilfe');
  // Der ersuchte Träger sieht den Fall des Ersuchenden nicht, auch nicht dessen Kennung.
  const { fallId, ...sichtbar } = e;
  return {
    ...sichtbar,
    ...(seite === 'ersuchender' ? { fallId } : {}),
    seite,
    statusname: amtshilfeStatusnamen[e.status],
    ersuchender: beteiligte.find((t) => t.id === e.ersuchenderId) ?? null,
    ersuchter: beteiligte.find((t) => t.id === e.ersuchterId) ?? null,
    pruefung: amtshilfe,
    datenpruefung: neueste('datenuebermittlung'),
    streitentscheidung: (amtshilfe?.ergebnis as { streitentscheidungText?: string | null } | undefined)?.streitentscheidungText ?? null,
    entscheidungen,
    fristen,
    aenderbar: seite === 'ersuchender' && e.status === 'Entwurf' && k.rollen.includes('sachbearbeitung'),
    moeglicheAktionen: (Object.keys(uebergaenge) as Aktion['aktion'][]).filter(
      (x) =>
        uebergaenge[x].seite === seite && uebergaenge[x].von.includes(e.status) && k.rollen.some((r) => uebergaenge[x].rollen.includes(r)),
    ),
    aktionen: erlaubteAktionen(k, e),
  };
}

export async function listeErsuchen(
  tx: Tx,
  k: Benutzerkontext & { traegerId: string },
  q: ErsuchenFilter,
): Promise<Seite<Record<string, unknown>>> {
  // Die Zeilensicherheit zeigt nur eigene Ersuchen und gesendete fremde; der Filter trennt Eingang und Ausgang.
  const b: SQL[] = [];
  if (q.richtung === 'ausgang') b.push(eq(amtshilfeersuchen.ersuchenderId, k.traegerId));
  if (q.richtung === 'eingang') b.push(eq(amtshilfeersuchen.ersuchterId, k.traegerId));
  if (q.status) b.push(eq(amtshilfeersuchen.status, q.status));
  if (q.suche) {
    const muster = `%${q.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const t = or(
      ilike(amtshilfeersuchen.aktenzeichen, muster),
      ilike(amtshilfeersuchen.personPseudonym, muster),
      ilike(amtshilfeersuchen.fragen, muster),
    );
    if (t) b.push(t);
  }
  const wo = b.length ? and(...b) : undefined;
  const feld = q.sortierung.replace('-', '');
  const spalte =
    feld === 'gewuenschtBis'
      ? amtshilfeersuchen.gewuenschtBis
      : feld === 'geaendert'
        ? amtshilfeersuchen.geaendertAm
        : feld === 'status'
          ? amtshilfeersuchen.status
          : amtshilfeersuchen.aktenzeichen;
  const [gesamt] = await tx.select({ n: count() }).from(amtshilfeersuchen).where(wo);
  const zeilen = await tx
    .select({
      id: amtshilfeersuchen.id,
      aktenzeichen: amtshilfeersuchen.aktenzeichen,
      personPseudonym: amtshilfeersuchen.personPseudonym,
      aufgabe: amtshilfeersuchen.aufgabe,
      status: amtshilfeersuchen.status,
      ersuchenderId: amtshilfeersuchen.ersuchenderId,
      ersuchterId: amtshilfeersuchen.ersuchterId,
      gewuenschtBis: amtshilfeersuchen.gewuenschtBis,
      gesendetAm: amtshilfeersuchen.gesendetAm,
      durchgefuehrtAm: amtshilfeersuchen.durchgefuehrtAm,
      erstattungCent: sql<number | null>`(${amtshilfeersuchen.abrechnung} ->> 'erstattungCent')::bigint`.mapWith((x) =>
        x === null ? null : Number(x),
      ),
      version: amtshilfeersuchen.version,
      geaendertAm: amtshilfeersuchen.geaendertAm,
      naechsteFrist: sql<
        string | null
      >`(select min(${frist.faellig}) from ${frist} where ${frist.bezugId} = ${amtshilfeersuchen.id} and not ${frist.erledigt})`,
    })
    .from(amtshilfeersuchen)
    .where(wo)
    .orderBy(q.sortierung.startsWith('-') ? desc(spalte) : asc(spalte), asc(amtshilfeersuchen.id))
    .limit(q.proSeite)
    .offset((q.seite - 1) * q.proSeite);
  const ids = [...new Set(zeilen.flatMap((z) => [z.ersuchenderId, z.ersuchterId]))];
  const namen = ids.length ? await tx.select({ id: traeger.id, name: traeger.name }).from(traeger).where(inArray(traeger.id, ids)) : [];
  const name = (id: string) => namen.find((t) => t.id === id)?.name ?? id;
  const eintraege = zeilen.map((z) => ({
    ...z,
    richtung: z.ersuchenderId === k.traegerId ? ('ausgang' as const) : ('eingang' as const),
    ersuchenderName: name(z.ersuchenderId),
    ersuchterName: name(z.ersuchterId),
    statusname: amtshilfeStatusnamen[z.status],
  }));
  await protokolliere(tx, k, 'auflisten', 'amtshilfeersuchen', null, { anzahl: eintraege.length });
  return { eintraege, gesamt: gesamt?.n ?? 0, seite: q.seite, proSeite: q.proSeite };
}
