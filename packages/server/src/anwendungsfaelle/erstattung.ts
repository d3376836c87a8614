// Erstattungsansprüche (§§ 102 ff. SGB X, § 16 SGB IX): anlegen, Zeiträume, Arbeitsablauf
// Entwurf → Angemeldet → Beziffert → Anerkannt | Teilweise anerkannt | Abgelehnt → Klage →
// Bezahlt → Erledigt. Rechtsgrundlage, Betrag, § 111 je Leistungsfall (Maßnahme oder Zeitraum),
// § 113 und Zinsen kommen aus dem Regelwerk; jede Entscheidung wird gespeichert, Fristen werden neu berechnet, wenn sich ein
// Datum ändert, von dem sie abhängen.
import { and, asc, count, desc, eq, ilike, or, type SQL, sql, sum } from 'drizzle-orm';
import { euro, type Fehler, type LeistungsfallJson } from '@egh/recht';
import type { erstattungStatus } from '../db/schema.ts';
import { entscheidung, erstattungsanspruch, fall, frist, leistungszeitraum, person, traeger, zahlung } from '../db/schema.ts';
import { type Tx, fuerTraeger } from '../db/verbindung.ts';
import { geordneteUuids } from '../db/uuid.ts';
import { type Fachfehler, eingabefehler, konflikt, nichtGefunden, verboten } from '../http/problem.ts';
import { type Rolle, rollennamen } from '../http/rollen.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { type Seite, datumDe, entscheide, heute, protokolliere } from './gemeinsam.ts';
import type {
  Aktion,
  AnspruchAenderung,
  AnspruchEingabe,
  AnspruchFilter,
  MassnahmeEingabe,
  ZahlungEingabe,
  ZeitraumEingabe,
} from '../routen/erstattung.schema.ts';
import { aendereMitVersion } from './version.ts';

export type ErstattungStatus = (typeof erstattungStatus)[number];
type Anspruch = typeof erstattungsanspruch.$inferSelect;

// Die Eingaben sind die Typen der Routenschemata (ein Vertrag): routen/erstattung.schema.ts.
export type { Aktion, AnspruchAenderung, AnspruchEingabe, AnspruchFilter, MassnahmeEingabe, ZahlungEingabe, ZeitraumEingabe };

/**
 * Norm und Bezeichnung der Fristen eines Anspruchs – hier und im Massenpfad des Imports
 * (austausch/erstattung-masse.ts), der dieselben Fristen schreibt. Daten in deutscher Schreibweise.
 */
export const anspruchsfristen = {
  S111: {
    norm: '§ 111 SGB X',
    /** Je Leistungsfall: ein Zeitraum, oder eine Maßnahme aus mehreren Zeiträumen. */
    bezeichnung: (vonDe: string, bisDe: string, az: string, massnahme: string | null = null, zeitraeume = 1) =>
      massnahme === null && zeitraeume === 1
        ? `Ausschlussfrist für ${vonDe} bis ${bisDe} (${az})`
        : `Ausschlussfrist für die Maßnahme${massnahme === null ? '' : ` „${massnahme}“`} ${vonDe} bis ${bisDe}, ${zeitraeume === 1 ? 'ein Zeitraum' : `${zeitraeume} Zeiträume`} (${az})`,
  },
  S113: { norm: '§ 113 Abs. 1 SGB X', bezeichnung: (az: string) => `Verjährung (${az})` },
} as const;

export const erstattungStatusnamen: Record<ErstattungStatus, string> = {
  Entwurf: 'Entwurf',
  Angemeldet: 'Angemeldet',
  Beziffert: 'Beziffert',
  Anerkannt: 'Anerkannt',
  TeilweiseAnerkannt: 'Teilweise anerkannt',
  Abgelehnt: 'Abgelehnt',
  Klage: 'Klage',
  Bezahlt: 'Bezahlt',
  Erledigt: 'Erledigt',
};

const istDatum = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const istObjekt = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Widersprüche zwischen Feldern eines Anspruchs, die ohne Datenbank erkennbar sind – auch in einer
 * Eingabe, die das Schema an anderer Stelle ablehnt: Der Fehlerhandler meldet sie mit den
 * Schemafehlern auf einmal (Routenoption `widersprueche`), statt erst in einer zweiten Runde.
 * Felder, deren Form nicht stimmt, übergeht die Prüfung (die meldet schon das Schema).
 */
export function anspruchWidersprueche(body: unknown, anlegen: boolean): Fehler[] {
  if (!istObjekt(body)) return [];
  const fehler: Fehler[] = [];
  if (anlegen && !body.verpflichteterId && !body.verpflichteterExtern)
    fehler.push({
      pfad: '/verpflichteterId',
      meldung: 'Verpflichteten Träger (verpflichteterId) oder eine Stelle außerhalb (verpflichteterExtern) angeben.',
    });
  const z = body.leistungszeitraeume;
  if (Array.isArray(z))
    z.forEach((x, i) => {
      if (istObjekt(x) && istDatum(x.von) && istDatum(x.bis) && x.bis < x.von)
        fehler.push({
          pfad: `/leistungszeitraeume/${i}/bis`,
          meldung: `Das Ende am ${datumDe(x.bis)} liegt vor dem Beginn am ${datumDe(x.von)}.`,
        });
    });
  return fehler;
}

function pruefeZeitraeume(z: ZeitraumEingabe[]): void {
  const fehler = anspruchWidersprueche({ leistungszeitraeume: z }, false);
  if (fehler.length) throw eingabefehler(fehler);
}

/** Zeiträume als Zeilen der Tabelle leistungszeitraum. */
function zeitraumZeilen(anspruchId: string, z: ZeitraumEingabe[]) {
  return z.map((x) => ({
    anspruchId,
    von: x.von,
    bis: x.bis,
    betragCent: x.betragCent,
    rechnung: x.rechnung ?? null,
    massnahme: x.massnahme ?? null,
  }));
}

/**
 * Die Angaben zu Maßnahmen passen zu den Zeiträumen: jede genannte Maßnahme hat Zeiträume, keine
 * steht doppelt, keine ist zugleich beendet und laufend, keine endet vor ihrem letzten Zeitraum.
 */
function pruefeMassnahmen(
  zeitraeume: readonly { bis: string; massnahme?: string | null }[],
  massnahmen: readonly MassnahmeEingabe[] = [],
): void {
  const fehler: { pfad: string; meldung: string }[] = [];
  const gesehen = new Set<string>();
  massnahmen.forEach((m, i) => {
    const eigene = zeitraeume.filter((z) => z.massnahme === m.massnahme);
    if (gesehen.has(m.massnahme))
      fehler.push({ pfad: `/massnahmen/${i}/massnahme`, meldung: `Die Maßnahme „${m.massnahme}“ steht doppelt.` });
    gesehen.add(m.massnahme);
    if (eigene.length === 0)
      fehler.push({
        pfad: `/massnahmen/${i}/massnahme`,
        meldung: `Kein Leistungszeitraum gehört zur Maßnahme „${m.massnahme}“ (bei den Zeiträumen denselben Namen angeben).`,
      });
    if (m.laeuft === true && m.beendet !== undefined)
      fehler.push({ pfad: `/massnahmen/${i}/laeuft`, meldung: 'Eine Maßnahme ist entweder beendet oder läuft noch, nicht beides.' });
    const letzter = eigene.reduce((x, z) => (z.bis > x ? z.bis : x), '');
    if (m.beendet !== undefined && letzter && m.beendet < letzter)
      fehler.push({
        pfad: `/massnahmen/${i}/beendet`,
        meldung: `Die Maßnahme endet am ${datumDe(m.beendet)}, ihr letzter Zeitraum aber erst am ${datumDe(letzter)}.`,
      });
  });
  if (fehler.length) throw eingabefehler(fehler);
}

function parteien(a: Pick<Anspruch, 'anspruchstellerId' | 'verpflichteterId' | 'status'>): string[] {
  return a.verpflichteterId && a.status !== 'Entwurf' ? [a.anspruchstellerId, a.verpflichteterId] : [a.anspruchstellerId];
}

interface FristenErgebnis {
  ausschlussfrist: { von: string; bis: string; ende: string | null; gewahrt: boolean | null }[];
  leistungsfaelle: LeistungsfallJson[];
  verjaehrung: { ende: string | null; verjaehrt: boolean; gehemmtAmStichtag: boolean };
}

/**
 * Lässt das Regelwerk Rechtsgrundlage und Betrag (erstattungsanspruch) sowie § 111/§ 113
 * (erstattungsfristen) entscheiden, schreibt das Ergebnis in Anspruch und Zeiträume und setzt die
 * Fristen des Anspruchstellers neu.
 */
export async function entscheideAnspruch(tx: Tx, k: Benutzerkontext, a: Anspruch, stichtag = heute()): Promise<Anspruch> {
  const zeitraeume = await tx
    .select()
    .from(leistungszeitraum)
    .where(eq(leistungszeitraum.anspruchId, a.id))
    .orderBy(asc(leistungszeitraum.von));
  const bezug = { parteien: parteien(a), bezugArt: 'erstattungsanspruch' as const, bezugId: a.id };
  const grundlage = await entscheide<{ anspruchsgrundlage: string | null; erstattungCent: number }>(
    tx,
    k,
    bezug,
    {
      art: 'erstattungsanspruch',
      ...a.rechtsgrundlageEingabe,
      leistungen: zeitraeume.map((z) => ({ von: z.von, bis: z.bis, betragCent: z.betragCent })),
    },
    '/rechtsgrundlage',
  );
  const fristen = await entscheide<FristenErgebnis>(tx, k, bezug, {
    art: 'erstattungsfristen',
    leistungszeitraeume: zeitraeume.map((z) => ({
      von: z.von,
      bis: z.bis,
      betragCent: z.betragCent,
      ...(z.massnahme ? { massnahme: z.massnahme } : {}),
      // In der Anmeldung nicht gewählt: Die Geltendmachung wahrt für ihn die Frist nicht.
      ...(z.nichtGeltendGemacht ? { geltendGemacht: false } : {}),
    })),
    leistungsrecht: a.leistungsrecht,
    ...(a.massnahmen.length ? { massnahmen: a.massnahmen } : {}),
    ...(a.kenntnisEntscheidung ? { kenntnisEntscheidung: a.kenntnisEntscheidung } : {}),
    ...(a.geltendmachung ? { geltendmachung: a.geltendmachung } : {}),
    landVerpflichteter: a.landVerpflichteter,
    ...(a.hemmungen.length ? { hemmungen: a.hemmungen } : {}),
    ...(a.neubeginn ? { neubeginn: a.neubeginn } : {}),
    stichtag,
  });
  for (const [i, z] of zeitraeume.entries()) {
    const r = fristen.ergebnis.ausschlussfrist[i];
    if (r) await tx.update(leistungszeitraum).set({ fristEnde: r.ende, gewahrt: r.gewahrt }).where(eq(leistungszeitraum.id, z.id));
  }
  const [neu] = await tx
    .update(erstattungsanspruch)
    .set({ anspruchsgrundlage: grundlage.ergebnis.anspruchsgrundlage, forderungCent: grundlage.ergebnis.erstattungCent })
    .where(eq(erstattungsanspruch.id, a.id))
    .returning();
  const aktuell = neu ?? a;

  // Fristen des Anspruchstellers: § 111 je Leistungsfall, dessen Frist begonnen hat (eine laufende
  // Maßnahme hat noch keine), solange nicht geltend gemacht; § 113.
  // Sie werden auch neu gesetzt, wenn der Verpflichtete handelt (z. B. Anerkenntnis → § 212 BGB):
  // in derselben Transaktion unter der Kennung des Anspruchstellers (fuerTraeger).
  await fuerTraeger(tx, k.traegerId, a.anspruchstellerId, async () => {
    await tx.delete(frist).where(and(eq(frist.bezugId, a.id), eq(frist.traegerId, a.anspruchstellerId)));
    const abgeschlossen = aktuell.status === 'Bezahlt' || aktuell.status === 'Erledigt';
    const neueFristen: (typeof frist.$inferInsert)[] = [];
    // Aufsteigende Schlüssel: Die Fristenliste sortiert nach Fälligkeit, dann Schlüssel – gleich
    // fällige Ausschlussfristen (Kenntnis nach Ende der Zeiträume) stehen so in der Folge der Zeiträume.
    const id = geordneteUuids();
    if (!abgeschlossen)
      for (const f of fristen.ergebnis.leistungsfaelle) {
        if (f.ende === null) continue;
        neueFristen.push({
          id: id(),
          traegerId: a.anspruchstellerId,
          bezugArt: 'erstattungsanspruch',
          bezugId: a.id,
          art: 'S111',
          norm: anspruchsfristen.S111.norm,
          bezeichnung: anspruchsfristen.S111.bezeichnung(datumDe(f.von), datumDe(f.bis), a.aktenzeichen, f.massnahme, f.zeitraeume.length),
          faellig: f.ende,
          betragCent: f.betragCent,
          erledigt: f.gewahrt === true,
        });
      }
    const v = fristen.ergebnis.verjaehrung;
    if (!abgeschlossen && v.ende && !v.verjaehrt)
      neueFristen.push({
        id: id(),
        traegerId: a.anspruchstellerId,
        bezugArt: 'erstattungsanspruch',
        bezugId: a.id,
        art: 'S113',
        norm: anspruchsfristen.S113.norm,
        bezeichnung: anspruchsfristen.S113.bezeichnung(a.aktenzeichen),
        faellig: v.ende,
        betragCent: aktuell.forderungCent,
      });
    if (neueFristen.length) await tx.insert(frist).values(neueFristen);
  });
  return aktuell;
}

async function traegerLand(tx: Tx, id: string): Promise<string> {
  const [t] = await tx.select({ land: traeger.land }).from(traeger).where(eq(traeger.id, id));
  if (!t) throw eingabefehler([{ pfad: '/verpflichteterId', meldung: `Träger „${id}“ ist nicht im Register.` }]);
  return t.land;
}

export async function legeAnspruchAn(
  tx: Tx,
  k: Benutzerkontext & { traegerId: string },
  e: AnspruchEingabe,
  stichtag = heute(),
): Promise<Anspruch> {
  // Alle Widersprüche auf einmal, nicht einer nach dem anderen.
  const widersprueche = anspruchWidersprueche(e, true);
  if (e.verpflichteterId === k.traegerId)
    widersprueche.unshift({ pfad: '/verpflichteterId', meldung: 'Ein Träger kann keinen Erstattungsanspruch gegen sich selbst haben.' });
  if (widersprueche.length) throw eingabefehler(widersprueche);
  pruefeMassnahmen(e.leistungszeitraeume, e.massnahmen);
  const land = e.landVerpflichteter ?? (e.verpflichteterId ? await traegerLand(tx, e.verpflichteterId) : undefined);
  if (!land)
    throw eingabefehler([
      { pfad: '/landVerpflichteter', meldung: 'Pflichtfeld bei einer Stelle außerhalb der Plattform (Feiertage für § 111 SGB X).' },
    ]);
  if (e.verpflichteterId) await traegerLand(tx, e.verpflichteterId);
  let pseudonym: string | null = null;
  if (e.fallId) {
    const [f] = await tx
      .select({ pseudonym: person.pseudonym })
      .from(fall)
      .innerJoin(person, eq(person.id, fall.personId))
      .where(eq(fall.id, e.fallId));
    if (!f) throw eingabefehler([{ pfad: '/fallId', meldung: 'Fall nicht gefunden (nur eigene Fälle).' }]);
    pseudonym = f.pseudonym;
  }
  const [a] = await tx
    .insert(erstattungsanspruch)
    .values({
      anspruchstellerId: k.traegerId,
      verpflichteterId: e.verpflichteterId ?? null,
      verpflichteterExtern: e.verpflichteterExtern ?? null,
      landVerpflichteter: land,
      fallId: e.fallId ?? null,
      personPseudonym: pseudonym,
      aktenzeichen: e.aktenzeichen,
      rechtsgrundlageEingabe: e.rechtsgrundlage,
      kenntnisEntscheidung: e.kenntnisEntscheidung ?? null,
      eingangLeistungsantrag: e.eingangLeistungsantrag ?? null,
      zinsantrag: e.zinsantrag ?? false,
      ...(e.leistungsrecht ? { leistungsrecht: e.leistungsrecht } : {}),
      massnahmen: e.massnahmen ?? [],
      bemerkung: e.bemerkung ?? '',
    })
    .returning();
  if (!a) throw nichtGefunden('Erstattungsanspruch');
  if (e.leistungszeitraeume.length) await tx.insert(leistungszeitraum).values(zeitraumZeilen(a.id, e.leistungszeitraeume));
  const neu = await entscheideAnspruch(tx, k, a, stichtag);
  await protokolliere(tx, k, 'anlegen', 'erstattungsanspruch', a.id, {
    aktenzeichen: a.aktenzeichen,
    verpflichteter: a.verpflichteterId ?? a.verpflichteterExtern,
  });
  return neu;
}

async function ladeAnspruch(tx: Tx, id: string): Promise<Anspruch> {
  const [a] = await tx.select().from(erstattungsanspruch).where(eq(erstattungsanspruch.id, id));
  if (!a) throw nichtGefunden('Erstattungsanspruch');
  return a;
}

function istAnspruchsteller(k: Benutzerkontext, a: Anspruch): boolean {
  return k.traegerId === a.anspruchstellerId;
}

export async function aendereAnspruch(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  version: number,
  e: AnspruchAenderung,
  stichtag = heute(),
): Promise<Anspruch> {
  const alt = await ladeAnspruch(tx, id);
  const nurBemerkung = Object.keys(e).every((f) => f === 'bemerkung');
  if (!nurBemerkung) {
    if (!istAnspruchsteller(k, alt))
      throw verboten('Nur der Anspruchsteller ändert die Daten des Anspruchs; der Verpflichtete kann die Bemerkung ändern.');
    if (!['Entwurf', 'Angemeldet', 'Beziffert'].includes(alt.status))
      throw konflikt(`Im Status „${erstattungStatusnamen[alt.status]}“ sind nur noch Bemerkungen änderbar.`);
  }
  if (e.leistungszeitraeume) pruefeZeitraeume(e.leistungszeitraeume);
  if (e.leistungszeitraeume || e.massnahmen) {
    const zeitraeume = e.leistungszeitraeume ?? (await tx.select().from(leistungszeitraum).where(eq(leistungszeitraum.anspruchId, id)));
    pruefeMassnahmen(zeitraeume, e.massnahmen ?? alt.massnahmen);
  }
  const werte: Record<string, unknown> = {};
  if (e.aktenzeichen !== undefined) werte.aktenzeichen = e.aktenzeichen;
  if (e.bemerkung !== undefined) werte.bemerkung = e.bemerkung;
  if (e.rechtsgrundlage !== undefined) werte.rechtsgrundlageEingabe = e.rechtsgrundlage;
  if (e.kenntnisEntscheidung !== undefined) werte.kenntnisEntscheidung = e.kenntnisEntscheidung;
  if (e.eingangLeistungsantrag !== undefined) werte.eingangLeistungsantrag = e.eingangLeistungsantrag;
  if (e.zinsantrag !== undefined) werte.zinsantrag = e.zinsantrag;
  if (e.landVerpflichteter !== undefined) werte.landVerpflichteter = e.landVerpflichteter;
  if (e.leistungsrecht !== undefined) werte.leistungsrecht = e.leistungsrecht;
  if (e.massnahmen !== undefined) werte.massnahmen = e.massnahmen;
  const a = await aendereMitVersion(tx, erstattungsanspruch, id, version, werte, 'Erstattungsanspruch');
  if (e.leistungszeitraeume) {
    // Ein Zeitraum, den die Anmeldung nicht geltend gemacht hat, bleibt so, wenn er wieder übergeben wird.
    const nichtGeltend = new Set(
      (await tx.select().from(leistungszeitraum).where(eq(leistungszeitraum.anspruchId, id)))
        .filter((z) => z.nichtGeltendGemacht)
        .map((z) => `${z.von}/${z.bis}`),
    );
    await tx.delete(leistungszeitraum).where(eq(leistungszeitraum.anspruchId, id));
    if (e.leistungszeitraeume.length)
      await tx
        .insert(leistungszeitraum)
        .values(
          zeitraumZeilen(id, e.leistungszeitraeume).map((z) => ({ ...z, nichtGeltendGemacht: nichtGeltend.has(`${z.von}/${z.bis}`) })),
        );
  }
  let neu = nurBemerkung ? a : await entscheideAnspruch(tx, k, a, stichtag);
  const details: Record<string, unknown> = { felder: Object.keys(e) };
  // Vier-Augen-Prinzip: Ein offener Vorschlag des Verpflichteten galt dem Anspruch, wie er war.
  // Ändert der Anspruchsteller etwas, das die Entscheidung trägt, ist er hinfällig – freigegeben
  // würde sonst etwas, das niemand vorgeschlagen hat.
  if (!nurBemerkung && alt.vorschlag) {
    const [ohne] = await tx.update(erstattungsanspruch).set({ vorschlag: null }).where(eq(erstattungsanspruch.id, id)).returning();
    if (ohne) neu = ohne;
    details.vorschlagHinfaellig = alt.vorschlag.entscheidung;
  }
  await protokolliere(tx, k, 'aendern', 'erstattungsanspruch', id, details);
  return neu;
}

/** Welche Aktion in welchem Status von welcher Seite zulässig ist (produkt.md). */
export const uebergaenge: Record<
  Aktion['aktion'],
  { von: ErstattungStatus[]; seite: 'anspruchsteller' | 'verpflichteter'; rollen: string[] }
> = {
  anmelden: { von: ['Entwurf'], seite: 'anspruchsteller', rollen: ['kostenerstattung', 'leitung'] },
  beziffern: { von: ['Angemeldet'], seite: 'anspruchsteller', rollen: ['kostenerstattung', 'leitung'] },
  vorschlagen: { von: ['Angemeldet', 'Beziffert', 'Klage'], seite: 'verpflichteter', rollen: ['kostenerstattung', 'leitung'] },
  freigeben: { von: ['Angemeldet', 'Beziffert', 'Klage'], seite: 'verpflichteter', rollen: ['leitung'] },
  vorschlagVerwerfen: { von: ['Angemeldet', 'Beziffert', 'Klage'], seite: 'verpflichteter', rollen: ['leitung', 'kostenerstattung'] },
  klagen: {
    von: ['Angemeldet', 'Beziffert', 'Abgelehnt', 'TeilweiseAnerkannt'],
    seite: 'anspruchsteller',
    rollen: ['kostenerstattung', 'leitung'],
  },
  rechtskraft: {
    von: ['Klage', 'Anerkannt', 'TeilweiseAnerkannt', 'Abgelehnt'],
    seite: 'anspruchsteller',
    rollen: ['kostenerstattung', 'leitung'],
  },
  erledigen: {
    von: ['Bezahlt', 'Abgelehnt', 'Anerkannt', 'TeilweiseAnerkannt'],
    seite: 'anspruchsteller',
    rollen: ['kostenerstattung', 'leitung'],
  },
};

/**
 * Zweite, von der Invalidierung beim Ändern unabhängige Prüfung bei der Freigabe: Freigegeben wird
 * nur, was zur aktuellen Forderung passt. „Anerkannt“ erkennt genau die Forderung an, auf die der
 * Vorschlag gemacht wurde; ein Teilbetrag übersteigt die aktuelle Forderung nicht.
 */
export function pruefeVorschlagGegenAnspruch(v: NonNullable<Anspruch['vorschlag']>, a: Pick<Anspruch, 'forderungCent'>): void {
  const neuVorschlagen = 'Bitte den Vorschlag verwerfen und auf dem aktuellen Stand neu vorschlagen.';
  if (v.entscheidung === 'Anerkannt' && v.forderungCent !== a.forderungCent)
    throw konflikt(
      v.forderungCent === undefined
        ? `Der Vorschlag nennt nicht die Forderung, auf die er gemacht wurde. ${neuVorschlagen}`
        : `Der Vorschlag „Anerkannt“ galt einer Forderung von ${euro(v.forderungCent)}; die Forderung beträgt jetzt ${euro(a.forderungCent)}. ${neuVorschlagen}`,
    );
  if (v.entscheidung === 'TeilweiseAnerkannt' && (v.betragCent ?? 0) > a.forderungCent)
    throw konflikt(
      `Der vorgeschlagene Betrag von ${euro(v.betragCent ?? 0)} übersteigt die Forderung von ${euro(a.forderungCent)}. ${neuVorschlagen}`,
    );
}

/** „A“, „B“ oder „C“ – eine Aufzählung zur Wahl. */
function oder(teile: string[]): string {
  return teile.length <= 1 ? (teile[0] ?? '') : `${teile.slice(0, -1).join(', ')} oder ${teile[teile.length - 1] ?? ''}`;
}

/** Woran eine Aktion scheitert: Seite, Rolle, Status oder eine Bedingung der Aktion selbst. */
export type Hindernisart = 'seite' | 'rolle' | 'status' | 'bedingung';

/** Die Regel der Zahlung: beide Seiten, nach Anerkennung (auch bei Klage und nach Teilzahlung). */
const zahlungsregel = {
  von: ['Anerkannt', 'TeilweiseAnerkannt', 'Klage', 'Bezahlt'] as ErstattungStatus[],
  rollen: ['kostenerstattung', 'leitung'],
};

function rollenHindernis(k: Benutzerkontext, rollen: string[], vorweg = ''): Fachfehler | undefined {
  if (k.rollen.some((r) => rollen.includes(r))) return undefined;
  const eigene = k.rollen.map((r) => rollennamen[r] ?? r);
  return verboten(
    `${vorweg}Nur mit der Rolle ${oder(rollen.map((r) => rollennamen[r as Rolle] ?? r))}; Sie haben ${eigene.length === 1 ? 'die Rolle' : 'die Rollen'} ${eigene.join(' und ') || 'keine'}.`,
  );
}

function statusHindernis(a: Pick<Anspruch, 'status'>, von: ErstattungStatus[]): Fachfehler | undefined {
  if (von.includes(a.status)) return undefined;
  return konflikt(
    `Nur im Status ${oder(von.map((s) => `„${erstattungStatusnamen[s]}“`))}; der Anspruch ist „${erstattungStatusnamen[a.status]}“.`,
  );
}

/**
 * Warum der Benutzer die Aktion jetzt nicht ausführen kann (403 oder 409 mit deutscher Meldung),
 * oder nichts: Seite, Rolle und Status aus `uebergaenge`, dazu die Bedingungen der Aktion selbst.
 * `fuehreAus` wirft dieses Hindernis; `erlaubteAktionen` nennt es als Grund.
 */
function pruefeAktion(k: Benutzerkontext, a: Anspruch, aktion: Aktion['aktion']): { art: Hindernisart; fehler: Fachfehler } | undefined {
  const regel = uebergaenge[aktion];
  const seite = istAnspruchsteller(k, a) ? 'anspruchsteller' : k.traegerId === a.verpflichteterId ? 'verpflichteter' : undefined;
  if (seite !== regel.seite)
    return {
      art: 'seite',
      fehler: verboten(`Das ist Sache ${regel.seite === 'anspruchsteller' ? 'des Anspruchstellers' : 'des verpflichteten Trägers'}.`),
    };
  const eigenerVorschlag = a.vorschlag?.vonBenutzerId === k.benutzerId;
  const vierAugen =
    aktion === 'freigeben' && eigenerVorschlag ? 'Vier-Augen-Prinzip: Den eigenen Vorschlag gibt eine andere Person frei. ' : '';
  const rolle = rollenHindernis(k, regel.rollen, vierAugen);
  if (rolle) return { art: 'rolle', fehler: rolle };
  const status = statusHindernis(a, regel.von);
  if (status) return { art: 'status', fehler: status };
  const bedingung = (fehler: Fachfehler) => ({ art: 'bedingung' as const, fehler });
  if (aktion === 'anmelden' && !a.verpflichteterId && !a.verpflichteterExtern)
    return bedingung(konflikt('Ohne Verpflichteten kann nichts angemeldet werden.'));
  if (aktion === 'freigeben' && !a.vorschlag)
    return bedingung(konflikt('Es liegt kein Vorschlag vor. Zuerst schlägt eine Person Ihres Trägers eine Entscheidung vor.'));
  if (aktion === 'vorschlagVerwerfen' && !a.vorschlag) return bedingung(konflikt('Es liegt kein Vorschlag vor.'));
  // Vier-Augen-Prinzip: wer vorschlägt, gibt nicht frei.
  if (aktion === 'freigeben' && eigenerVorschlag)
    return bedingung(
      verboten('Vier-Augen-Prinzip: Sie haben den Vorschlag selbst gemacht. Freigeben muss eine andere Person mit der Rolle Leitung.'),
    );
  if (aktion === 'rechtskraft' && !a.hemmungen.some((h) => h.art === 'klage' && !h.rechtskraft))
    return bedingung(konflikt('Es ist keine Klage anhängig.'));
  return undefined;
}

export function hindernis(k: Benutzerkontext, a: Anspruch, aktion: Aktion['aktion']): Fachfehler | undefined {
  return pruefeAktion(k, a, aktion)?.fehler;
}

/** Warum der Benutzer keine Zahlung erfassen kann (beide Seiten; Rolle und Status), oder nichts. */
function pruefeZahlung(k: Benutzerkontext, a: Pick<Anspruch, 'status'>): { art: Hindernisart; fehler: Fachfehler } | undefined {
  const rolle = rollenHindernis(k, zahlungsregel.rollen);
  if (rolle) return { art: 'rolle', fehler: rolle };
  const status = statusHindernis(a, zahlungsregel.von);
  return status ? { art: 'status', fehler: status } : undefined;
}

/** Jede Aktion des Arbeitsablaufs für den Benutzer (dazu die Zahlung): erlaubt, oder nicht mit Grund und Art des Hindernisses. */
export function erlaubteAktionen(
  k: Benutzerkontext,
  a: Anspruch,
): { aktion: Aktion['aktion'] | 'zahlung'; erlaubt: boolean; grund?: string; hindernis?: Hindernisart }[] {
  const eintrag = (aktion: Aktion['aktion'] | 'zahlung', h: { art: Hindernisart; fehler: Fachfehler } | undefined) =>
    h ? { aktion, erlaubt: false, grund: h.fehler.message, hindernis: h.art } : { aktion, erlaubt: true };
  return [
    ...(Object.keys(uebergaenge) as Aktion['aktion'][]).map((aktion) => eintrag(aktion, pruefeAktion(k, a, aktion))),
    eintrag('zahlung', pruefeZahlung(k, a)),
  ];
}

/** Führt einen Arbeitsschritt aus (If-Match), mit Vier-Augen-Prinzip bei Anerkenntnis und Ablehnung. */
export async function fuehreAus(tx: Tx, k: Benutzerkontext, id: string, version: number, a: Aktion, stichtag = heute()): Promise<Anspruch> {
  const alt = await ladeAnspruch(tx, id);
  const h = hindernis(k, alt, a.aktion);
  if (h) throw h;
  if (alt.version !== version) {
    // aendereMitVersion meldet das genauso; hier früh, damit keine Regelprüfung auf altem Stand läuft.
    await aendereMitVersion(tx, erstattungsanspruch, id, version, {}, 'Erstattungsanspruch');
  }
  const werte: Record<string, unknown> = {};
  const details: Record<string, unknown> = { aktion: a.aktion, vorher: alt.status };
  switch (a.aktion) {
    case 'anmelden':
      werte.status = 'Angemeldet';
      werte.geltendmachung = a.am ?? stichtag;
      if ((a.am ?? stichtag) > stichtag) throw eingabefehler([{ pfad: '/am', meldung: 'Die Anmeldung kann nicht in der Zukunft liegen.' }]);
      break;
    case 'beziffern':
      werte.status = 'Beziffert';
      werte.bezifferungAm = a.am ?? stichtag;
      break;
    case 'vorschlagen':
      if (a.entscheidung === 'TeilweiseAnerkannt' && a.betragCent === undefined)
        throw eingabefehler([{ pfad: '/betragCent', meldung: 'Pflichtfeld bei teilweiser Anerkennung: der anerkannte Betrag.' }]);
      if (a.betragCent !== undefined && a.betragCent > alt.forderungCent)
        throw eingabefehler([{ pfad: '/betragCent', meldung: 'Der anerkannte Betrag kann die Forderung nicht übersteigen.' }]);
      werte.vorschlag = {
        entscheidung: a.entscheidung,
        ...(a.betragCent !== undefined ? { betragCent: a.betragCent } : {}),
        begruendung: a.begruendung,
        vonBenutzerId: k.benutzerId,
        vonName: k.name,
        am: stichtag,
        forderungCent: alt.forderungCent,
        anspruchVersion: alt.version,
      };
      details.vorschlag = a.entscheidung;
      break;
    case 'freigeben': {
      const v = alt.vorschlag;
      if (!v) throw konflikt('Es gibt keinen Vorschlag zum Freigeben.');
      pruefeVorschlagGegenAnspruch(v, alt);
      werte.status = v.entscheidung;
      werte.anerkanntCent =
        v.entscheidung === 'Anerkannt' ? alt.forderungCent : v.entscheidung === 'TeilweiseAnerkannt' ? (v.betragCent ?? 0) : 0;
      werte.vorschlag = null;
      // § 212 Abs. 1 Nr. 1 BGB i. V. m. § 113 Abs. 2 SGB X: das Anerkenntnis lässt die Verjährung neu beginnen.
      if (v.entscheidung !== 'Abgelehnt') werte.neubeginn = stichtag;
      details.entscheidung = v.entscheidung;
      details.vorschlagVon = v.vonName;
      break;
    }
    case 'vorschlagVerwerfen':
      werte.vorschlag = null;
      details.begruendung = a.begruendung ?? '';
      break;
    case 'klagen':
      werte.status = 'Klage';
      werte.hemmungen = [...alt.hemmungen, { art: 'klage', von: a.am }];
      break;
    case 'rechtskraft': {
      const i = alt.hemmungen.findLastIndex((h) => h.art === 'klage' && !h.rechtskraft);
      const hemmung = alt.hemmungen[i] as { von: string };
      if (a.am < hemmung.von) throw eingabefehler([{ pfad: '/am', meldung: 'Die Rechtskraft kann nicht vor der Klageerhebung liegen.' }]);
      werte.hemmungen = alt.hemmungen.map((h, j) => (j === i ? { ...h, rechtskraft: a.am } : h));
      break;
    }
    case 'erledigen':
      werte.status = 'Erledigt';
      break;
  }
  const neu = await aendereMitVersion(tx, erstattungsanspruch, id, version, werte, 'Erstattungsanspruch');
  const ergebnis = await entscheideAnspruch(tx, k, neu, stichtag);
  await protokolliere(tx, k, 'uebergang', 'erstattungsanspruch', id, { ...details, nachher: ergebnis.status });
  return ergebnis;
}

/** Soll (anerkannt, sonst gefordert), bezahlt, offen und zu viel bezahlt – der Abgleich je Anspruch. */
export function abgleich(a: { anerkanntCent: number | null; forderungCent: number }, bezahltCent: number) {
  const sollCent = a.anerkanntCent ?? a.forderungCent;
  return {
    sollCent,
    bezahltCent,
    offenCent: Math.max(sollCent - bezahltCent, 0),
    ueberzahlungCent: Math.max(bezahltCent - sollCent, 0),
  };
}

/** Zahlung erfassen; ist der anerkannte Betrag bezahlt, wird der Anspruch „Bezahlt“; Zinsen (§ 108 Abs. 2 SGB X) auf Antrag. */
export async function erfasseZahlung(
  tx: Tx,
  k: Benutzerkontext,
  id: string,
  version: number,
  z: ZahlungEingabe,
  stichtag = heute(),
): Promise<Anspruch> {
  const alt = await ladeAnspruch(tx, id);
  const h = pruefeZahlung(k, alt);
  if (h) throw h.fehler;
  if (z.datum > stichtag) throw eingabefehler([{ pfad: '/datum', meldung: 'Eine Zahlung kann nicht in der Zukunft liegen.' }]);
  const [vorher] = await tx
    .select({ summe: sum(zahlung.betragCent).mapWith(Number) })
    .from(zahlung)
    .where(eq(zahlung.anspruchId, id));
  const danach = abgleich(alt, (vorher?.summe ?? 0) + z.betragCent);
  // Nie still verschluckt: Mehr als das Anerkannte ist eine Überzahlung, die der Anspruchsteller
  // nach § 112 SGB X zurückzuerstatten hat – erfasst wird sie nur, wenn sie ausdrücklich bestätigt ist.
  if (danach.ueberzahlungCent > 0 && !z.ueberzahlungBestaetigt)
    throw eingabefehler(
      [
        {
          pfad: '/betragCent',
          meldung: `Mit dieser Zahlung wären ${euro(danach.bezahltCent)} bezahlt, ${alt.anerkanntCent !== null ? 'anerkannt' : 'gefordert'} sind ${euro(danach.sollCent)}: ${euro(danach.ueberzahlungCent)} zu viel. Bitte den Betrag prüfen oder die Überzahlung ausdrücklich bestätigen; sie ist nach § 112 SGB X zurückzuerstatten.`,
        },
      ],
      'Die Zahlung übersteigt den anerkannten Betrag.',
    );
  await tx.insert(zahlung).values({
    anspruchId: id,
    datum: z.datum,
    betragCent: z.betragCent,
    verwendungszweck: z.verwendungszweck ?? null,
    erfasstVon: k.benutzerId,
  });
  const [s] = await tx
    .select({ summe: sum(zahlung.betragCent).mapWith(Number) })
    .from(zahlung)
    .where(eq(zahlung.anspruchId, id));
  const bezahlt = s?.summe ?? 0;
  const soll = alt.anerkanntCent ?? alt.forderungCent;
  const werte: Record<string, unknown> = {};
  if (bezahlt >= soll) werte.status = 'Bezahlt';
  const neu = await aendereMitVersion(tx, erstattungsanspruch, id, version, werte, 'Erstattungsanspruch');
  if (alt.zinsantrag && alt.eingangLeistungsantrag && alt.bezifferungAm) {
    const [anspruchsteller] = await tx.select().from(traeger).where(eq(traeger.id, alt.anspruchstellerId));
    await entscheide(
      tx,
      k,
      { parteien: parteien(neu), bezugArt: 'erstattungsanspruch', bezugId: id },
      {
        art: 'zinsen',
        forderungCent: soll,
        glaeubigerArt: 'egh',
        schuldnerArt: (alt.rechtsgrundlageEingabe.verpflichteter as { art?: string } | undefined)?.art ?? 'egh',
        eingangLeistungsantrag: alt.eingangLeistungsantrag,
        eingangErstattungsantrag: alt.bezifferungAm,
        zahlung: z.datum,
        zinsantrag: true,
      },
    );
    void anspruchsteller;
  }
  const ergebnis = await entscheideAnspruch(tx, k, neu, stichtag);
  await protokolliere(tx, k, 'uebergang', 'erstattungsanspruch', id, {
    aktion: 'zahlung',
    betragCent: z.betragCent,
    datum: z.datum,
    ...(danach.ueberzahlungCent > 0 ? { ueberzahlungCent: danach.ueberzahlungCent } : {}),
    nachher: ergebnis.status,
  });
  return ergebnis;
}

export async function leseAnspruch(tx: Tx, k: Benutzerkontext, id: string) {
  // Eine Anweisung (Drizzles relationale Abfrage: Unterabfragen mit json_agg) statt sechs
  // nacheinander: Jeder Rundlauf zur Datenbank kostet hier mehr als die Abfrage selbst. Die
  // Row-Level-Security gilt in jeder Unterabfrage (Fristen: nur die des eigenen Trägers).
  const beteiligter = { columns: { id: true, name: true, kurzname: true, land: true } } as const;
  const voll = await tx.query.erstattungsanspruch.findFirst({
    where: eq(erstattungsanspruch.id, id),
    with: {
      anspruchsteller: beteiligter,
      verpflichteter: beteiligter,
      leistungszeitraeume: { orderBy: [asc(leistungszeitraum.von)] },
      zahlungen: { orderBy: [asc(zahlung.datum)] },
      entscheidungen: { where: eq(entscheidung.bezugArt, 'erstattungsanspruch'), orderBy: [desc(entscheidung.erstelltAm)] },
      fristen: { where: eq(frist.bezugArt, 'erstattungsanspruch'), orderBy: [asc(frist.faellig)] },
    },
  });
  if (!voll) throw nichtGefunden('Erstattungsanspruch');
  const { anspruchsteller, verpflichteter, leistungszeitraeume: zeitraeume, zahlungen, entscheidungen, fristen, ...a } = voll;
  await protokolliere(tx, k, 'lesen', 'erstattungsanspruch', id, { aktenzeichen: a.aktenzeichen });
  const neueste = (art: string) => entscheidungen.find((x) => x.pruefung === art) ?? null;
  const bezahltCent = zahlungen.reduce((s, z) => s + z.betragCent, 0);
  const seite = istAnspruchsteller(k, a) ? 'anspruchsteller' : 'verpflichteter';
  return {
    ...a,
    anspruchsteller,
    verpflichteter,
    seite,
    leistungszeitraeume: zeitraeume,
    zahlungen,
    ...abgleich(a, bezahltCent),
    rechtsgrundlage: neueste('erstattungsanspruch'),
    fristenpruefung: neueste('erstattungsfristen'),
    zinsen: neueste('zinsen'),
    entscheidungen,
    fristen,
    moeglicheAktionen: (Object.keys(uebergaenge) as Aktion['aktion'][]).filter(
      (x) =>
        uebergaenge[x].seite === seite && uebergaenge[x].von.includes(a.status) && k.rollen.some((r) => uebergaenge[x].rollen.includes(r)),
    ),
    aktionen: erlaubteAktionen(k, a),
  };
}

/**
 * Die Bedingungen eines Filters der Ansprüche, gleich für die Liste und den Export. Die Richtung
 * braucht einen Träger (der Betrieb exportiert ohne Träger alles); was ein Träger sieht, entscheidet
 * ohnehin die Zeilensicherheit.
 */
export function anspruchsBedingungen(traegerId: string | null, q: Partial<AnspruchFilter>): SQL | undefined {
  const b: SQL[] = [];
  if (q.richtung === 'ausgehend' && traegerId) b.push(eq(erstattungsanspruch.anspruchstellerId, traegerId));
  if (q.richtung === 'eingehend' && traegerId) b.push(eq(erstattungsanspruch.verpflichteterId, traegerId));
  if (q.status) b.push(eq(erstattungsanspruch.status, q.status));
  if (q.suche) {
    const muster = `%${q.suche.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const t = or(
      ilike(erstattungsanspruch.aktenzeichen, muster),
      ilike(erstattungsanspruch.verpflichteterExtern, muster),
      ilike(erstattungsanspruch.bemerkung, muster),
    );
    if (t) b.push(t);
  }
  return b.length ? and(...b) : undefined;
}

/** Die Ordnung einer Sortierung der Ansprüche (Liste und Export), bei Gleichstand nach Id. */
export function anspruchsOrdnung(s: AnspruchFilter['sortierung'] = 'aktenzeichen'): SQL[] {
  const feld = s.replace('-', '');
  const spalte =
    feld === 'forderung'
      ? erstattungsanspruch.forderungCent
      : feld === 'geaendert'
        ? erstattungsanspruch.geaendertAm
        : feld === 'status'
          ? erstattungsanspruch.status
          : erstattungsanspruch.aktenzeichen;
  return [s.startsWith('-') ? desc(spalte) : asc(spalte), asc(erstattungsanspruch.id)];
}

export async function listeAnsprueche(
  tx: Tx,
  k: Benutzerkontext & { traegerId: string },
  q: AnspruchFilter,
): Promise<Seite<Record<string, unknown>>> {
  const wo = anspruchsBedingungen(k.traegerId, q);
  const [gesamt] = await tx.select({ n: count() }).from(erstattungsanspruch).where(wo);
  const eintraege = await tx
    .select({
      id: erstattungsanspruch.id,
      aktenzeichen: erstattungsanspruch.aktenzeichen,
      status: erstattungsanspruch.status,
      anspruchstellerId: erstattungsanspruch.anspruchstellerId,
      verpflichteterId: erstattungsanspruch.verpflichteterId,
      verpflichteterExtern: erstattungsanspruch.verpflichteterExtern,
      anspruchsgrundlage: erstattungsanspruch.anspruchsgrundlage,
      forderungCent: erstattungsanspruch.forderungCent,
      anerkanntCent: erstattungsanspruch.anerkanntCent,
      geltendmachung: erstattungsanspruch.geltendmachung,
      version: erstattungsanspruch.version,
      geaendertAm: erstattungsanspruch.geaendertAm,
      // Ausdrücklich qualifiziert: drizzle schreibt Spalten einer Ein-Tabellen-Abfrage ohne Tabellennamen,
      // im Unterselect hieße "id" sonst frist.id (die nächste Frist war dadurch immer leer).
      naechsteFrist: sql<
        string | null
      >`(select min(f.faellig) from frist f where f.bezug_id = "erstattungsanspruch"."id" and not f.erledigt)`,
      vierAugenOffen: sql<boolean>`${erstattungsanspruch.vorschlag} is not null`,
    })
    .from(erstattungsanspruch)
    .where(wo)
    .orderBy(...anspruchsOrdnung(q.sortierung))
    .limit(q.proSeite)
    .offset((q.seite - 1) * q.proSeite);
  await protokolliere(tx, k, 'auflisten', 'erstattungsanspruch', null, { anzahl: eintraege.length });
  return { eintraege, gesamt: gesamt?.n ?? 0, seite: q.seite, proSeite: q.proSeite };
}
