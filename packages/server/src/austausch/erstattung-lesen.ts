// Liest und prüft eine Austauschdatei mit Erstattungsansprüchen Zeile für Zeile: Zellformate,
// Pflichtfelder, Gleichheit der Anspruchsangaben über die Zeilen eines Anspruchs, Register und
// eigene Fälle, und die Eingabe des Regelwerks (Schema der Prüfung erstattungsanspruch). Jeder
// Fehler nennt Zeile, Spalte und eine deutsche Meldung. Gespeichert wird hier nichts.
import { type Ergebnis, type Leistungsrecht, istProblem, laender, pruefe } from '@egh/recht';
import type { AnspruchEingabe, MassnahmeEingabe } from '../anwendungsfaelle/erstattung.ts';
import { erstattungStatusnamen } from '../anwendungsfaelle/erstattung.ts';
import type { Zeile } from './dateien.ts';
import {
  type AnspruchSchluessel,
  type AnspruchSpalte,
  anspruchSpalten,
  auswahlwerte,
  importierbareStatus,
  spalteVon,
} from './erstattung-spalten.ts';
import {
  type Gelesen,
  type Zellwert,
  deutschesDatum,
  istLeer,
  liesAuswahl,
  liesBetrag,
  liesDatum,
  liesJaNein,
  liesJsonObjekt,
  text,
} from './zellen.ts';

export interface Zeilenfehler {
  /** Zeile in der Datei (Kopfzeile = 1). */
  zeile: number;
  /** Überschrift der Spalte (leer, wenn die ganze Zeile gemeint ist). */
  spalte: string;
  meldung: string;
}

/** Ein geprüfter Anspruch aus der Datei, bereit für den Anwendungsfall oder den Massenpfad. */
export interface GeleseneAnspruch {
  eingabe: AnspruchEingabe & {
    leistungszeitraeume: { von: string; bis: string; betragCent: number; rechnung: string | null; massnahme?: string }[];
    leistungsrecht: Leistungsrecht;
    massnahmen: MassnahmeEingabe[];
  };
  angemeldetAm: string | null;
  beziffertAm: string | null;
  /** Pseudonym der Person des Falls (für den Massenpfad; der Anwendungsfall liest es selbst). */
  personPseudonym: string | null;
  landVerpflichteter: string;
  /** Zeile der Anspruchsangaben und je Zeitraum seine Zeile. */
  zeile: number;
  zeitraumZeilen: number[];
  /** Die Entscheidung des Regelwerks zu Rechtsgrundlage und Betrag (einmal je verschiedener Eingabe). */
  grundlage: Ergebnis<string, { anspruchsgrundlage: string | null; erstattungCent: number }>;
  /** Die Eingabe dieser Entscheidung als JSON (für den Entscheidungsdatensatz). */
  eingabeJson: string;
}

export interface Lesekontext {
  traegerId: string;
  /** Register: Kennung → Land. */
  register: Map<string, string>;
  /** Eigene Fälle: Aktenzeichen → Id und Pseudonym der Person. */
  faelle: Map<string, { id: string; pseudonym: string }>;
  /** Schon gespeicherte eigene Ansprüche (Schlüssel aus Aktenzeichen und Verpflichtetem). */
  vorhandene: Set<string>;
  stichtag: string;
}

export const anspruchsschluessel = (aktenzeichen: string, verpflichteterId: string | null, extern: string | null) =>
  `${aktenzeichen}\u0000${verpflichteterId ?? ''}\u0000${extern ?? ''}`;

const normiert = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Höchstens so viele Fehler werden einzeln berichtet; gezählt werden alle. */
export const berichteteFehler = 1000;

export class Fehlerliste {
  readonly liste: Zeilenfehler[] = [];
  anzahl = 0;
  melde(zeile: number, spalte: string, meldung: string): void {
    this.anzahl++;
    if (this.liste.length < berichteteFehler) this.liste.push({ zeile, spalte, meldung });
  }
}

interface Gruppe {
  schluessel: string;
  zeile: number;
  roh: Zellwert[];
  ungueltig: boolean;
  werte: Partial<Record<AnspruchSchluessel, unknown>>;
  zeitraeume: { von: string; bis: string; betragCent: number; rechnung: string | null; massnahme?: string }[];
  zeitraumZeilen: number[];
  /** Ende oder Fortdauer der Maßnahmen (aus den Spalten der Zeiträume), mit der ersten Zeile der Angabe. */
  massnahmen: Map<string, { beendet?: string; laeuft?: boolean; zeile: number }>;
  /** Bewertung durch das Regelwerk (undefined: noch nicht oder wieder offen). */
  bewertung?: Bewertung;
}

interface Bewertung {
  anspruch?: GeleseneAnspruch;
  /** Fehler aus Rechtsgrundlage und Regelwerk; berichtet werden sie nach den Zeilenfehlern, in Dateireihenfolge. */
  fehler: Zeilenfehler[];
  /** Schlüssel der Eingabe, wenn das Regelwerk gefragt wurde. */
  eingabe?: string;
}

const anspruchsspalten = anspruchSpalten.filter((s) => s.ebene === 'anspruch');

/** Ordnet die Kopfzeile den bekannten Spalten zu; unbekannte und fehlende Pflichtspalten sind Fehler. */
function ordneKopf(kopf: Zellwert[], fehler: Fehlerliste): Map<AnspruchSchluessel, number> | undefined {
  const index = new Map<AnspruchSchluessel, number>();
  const bekannt = new Map(anspruchSpalten.map((s) => [normiert(s.kopf), s]));
  kopf.forEach((z, i) => {
    const name = text(z);
    if (!name) return;
    const s = bekannt.get(normiert(name));
    if (!s) fehler.melde(1, name, `Unbekannte Spalte „${name}“. Die Spalten sind in docs/AUSTAUSCH.md beschrieben.`);
    else if (index.has(s.schluessel)) fehler.melde(1, name, `Die Spalte „${s.kopf}“ kommt zweimal vor.`);
    else index.set(s.schluessel, i);
  });
  for (const s of anspruchSpalten)
    if (s.pflicht && !index.has(s.schluessel)) fehler.melde(1, s.kopf, `Pflichtspalte „${s.kopf}“ fehlt in der Kopfzeile.`);
  return fehler.anzahl ? undefined : index;
}

/** Deutung der Zellen mit festem Format; alle übrigen Anspruchsangaben sind Text. */
const zellenleser: Partial<Record<AnspruchSchluessel, (z: Zellwert) => Gelesen<unknown>>> = {
  leistungsbeginn: liesDatum,
  kenntnisEntscheidung: liesDatum,
  eingangLeistungsantrag: liesDatum,
  angemeldetAm: liesDatum,
  beziffertAm: liesDatum,
  zinsantrag: liesJaNein,
  zahlenderTraeger: (z) => liesAuswahl(z, auswahlwerte.zahlenderTraeger),
  artZahlender: (z) => liesAuswahl(z, auswahlwerte.artZahlender),
  artVerpflichteter: (z) => liesAuswahl(z, auswahlwerte.artVerpflichteter),
  grundlage: (z) => liesAuswahl(z, auswahlwerte.grundlage),
  leistungsrecht: (z) => liesAuswahl(z, auswahlwerte.leistungsrecht),
  landVerpflichteter: (z) => liesAuswahl(text(z).toUpperCase(), laender),
  weitereAngaben: liesJsonObjekt,
};

/** Liest die Anspruchsangaben der ersten Zeile eines Anspruchs. */
function liesAnspruchszellen(
  zelle: (s: AnspruchSchluessel) => Zellwert,
  zeile: number,
  k: Lesekontext,
  fehler: Fehlerliste,
): { werte: Partial<Record<AnspruchSchluessel, unknown>>; ok: boolean } {
  const werte: Partial<Record<AnspruchSchluessel, unknown>> = {};
  let ok = true;
  const melde = (s: AnspruchSchluessel, meldung: string) => {
    ok = false;
    fehler.melde(zeile, spalteVon[s].kopf, meldung);
  };
  const nimm = <T>(s: AnspruchSchluessel, g: Gelesen<T>) => {
    if (g.ok) werte[s] = g.wert;
    else melde(s, g.meldung);
  };
  for (const s of anspruchsspalten) {
    const z = zelle(s.schluessel);
    if (istLeer(z)) {
      if (s.pflicht) melde(s.schluessel, 'Pflichtfeld fehlt.');
      continue;
    }
    const leser = zellenleser[s.schluessel];
    if (leser) {
      nimm(s.schluessel, leser(z));
      continue;
    }
    const t = text(z);
    const max =
      s.schluessel === 'bemerkung' ? 5000 : s.schluessel === 'verpflichteterExtern' ? 200 : s.schluessel === 'aktenzeichen' ? 60 : 100;
    if (t.length > max) melde(s.schluessel, `Höchstens ${max} Zeichen (hier ${t.length}).`);
    else werte[s.schluessel] = t;
  }
  if (werte.anspruchsteller !== undefined && werte.anspruchsteller !== k.traegerId)
    melde(
      'anspruchsteller',
      `Importiert werden nur eigene Ansprüche: Anspruchsteller ist „${werte.anspruchsteller as string}“, Ihr Träger ist „${k.traegerId}“.`,
    );
  const id = werte.verpflichteterId as string | undefined;
  if (id === undefined && werte.verpflichteterExtern === undefined)
    melde('verpflichteterId', 'Verpflichteten Träger (Kennung) oder eine Stelle außerhalb der Plattform angeben.');
  if (id !== undefined && werte.verpflichteterExtern !== undefined)
    melde('verpflichteterExtern', 'Entweder ein Träger der Plattform oder eine Stelle außerhalb, nicht beides.');
  if (id !== undefined) {
    if (id === k.traegerId) melde('verpflichteterId', 'Ein Träger kann keinen Erstattungsanspruch gegen sich selbst haben.');
    else if (!k.register.has(id)) melde('verpflichteterId', `Träger „${id}“ ist nicht im Register.`);
  }
  if (id === undefined && werte.verpflichteterExtern !== undefined && werte.landVerpflichteter === undefined)
    melde('landVerpflichteter', 'Pflichtfeld bei einer Stelle außerhalb der Plattform (Feiertage für § 111 SGB X).');
  if (werte.fall !== undefined && !k.faelle.has(werte.fall as string))
    melde('fall', `Fall „${werte.fall as string}“ gibt es bei Ihrem Träger nicht.`);
  const angemeldet = werte.angemeldetAm as string | undefined;
  if (angemeldet !== undefined && angemeldet > k.stichtag) melde('angemeldetAm', 'Die Anmeldung kann nicht in der Zukunft liegen.');
  if (werte.beziffertAm !== undefined && angemeldet === undefined)
    melde('beziffertAm', 'Beziffert wird ein angemeldeter Anspruch: „Angemeldet am“ fehlt.');
  else if (werte.beziffertAm !== undefined && angemeldet !== undefined && (werte.beziffertAm as string) < angemeldet)
    melde('beziffertAm', 'Die Bezifferung kann nicht vor der Anmeldung liegen.');
  const status = text(zelle('status'));
  if (status) {
    werte.status = status;
    ok = pruefeStatus(werte, zeile, fehler) && ok;
  }
  return { werte, ok };
}

/** Die Spalte Status ist ein Ergebnis; wer sie mitliefert, muss zu den Daten passen. */
function pruefeStatus(werte: Partial<Record<AnspruchSchluessel, unknown>>, zeile: number, fehler: Fehlerliste): boolean {
  const s = normiert(String(werte.status));
  const status = (Object.keys(erstattungStatusnamen) as (keyof typeof erstattungStatusnamen)[]).find(
    (x) => normiert(x) === s || normiert(erstattungStatusnamen[x]) === s,
  );
  const kopf = spalteVon.status.kopf;
  if (!status) {
    fehler.melde(zeile, kopf, `Unbekannter Status „${String(werte.status)}“.`);
    return false;
  }
  if (!(importierbareStatus as readonly string[]).includes(status)) {
    fehler.melde(
      zeile,
      kopf,
      `Ansprüche im Status „${erstattungStatusnamen[status]}“ können nicht importiert werden: Anerkennung, Ablehnung, Klage und Zahlung sind Arbeitsschritte auf der Plattform. Importierbar: Entwurf, Angemeldet, Beziffert.`,
    );
    return false;
  }
  const erwartet = werte.beziffertAm ? 'Beziffert' : werte.angemeldetAm ? 'Angemeldet' : 'Entwurf';
  if (status !== erwartet) {
    fehler.melde(
      zeile,
      kopf,
      `Status „${erstattungStatusnamen[status]}“ passt nicht zu den Daten: mit diesen Angaben zu „Angemeldet am“ und „Beziffert am“ wäre er „${erstattungStatusnamen[erwartet]}“.`,
    );
    return false;
  }
  return true;
}

/** Spalten, deren Angaben in „Weitere Angaben“ nicht noch einmal stehen dürfen. */
const eigeneSpalten: Record<string, string[] | true> = {
  leistungsbeginn: true,
  grundlage: true,
  leistungen: true,
  verfahren: ['zahlenderTraeger'],
  zahlender: ['art'],
  verpflichteter: ['art'],
};

/** Rechtsgrundlage (Eingabe der Prüfung erstattungsanspruch ohne Leistungen) aus Spalten und JSON. */
function rechtsgrundlage(w: Partial<Record<AnspruchSchluessel, unknown>>): { rg: Record<string, unknown>; fehler?: string } {
  const rg: Record<string, unknown> = {
    leistungsbeginn: w.leistungsbeginn,
    verfahren: { zahlenderTraeger: w.zahlenderTraeger },
    zahlender: { art: w.artZahlender },
    verpflichteter: { art: w.artVerpflichteter },
    ...(w.grundlage !== undefined ? { grundlage: w.grundlage } : {}),
  };
  const weitere = (w.weitereAngaben as Record<string, unknown> | undefined) ?? {};
  for (const [schluessel, wert] of Object.entries(weitere)) {
    const eigen = eigeneSpalten[schluessel];
    if (eigen === true) return { rg, fehler: `„${schluessel}“ gehört in die eigene Spalte, nicht in die weiteren Angaben.` };
    if (schluessel === 'rechtsstand') return { rg, fehler: '„rechtsstand“ ist beim Erstattungsanspruch nicht vorgesehen.' };
    if (eigen) {
      if (wert === null || typeof wert !== 'object' || Array.isArray(wert))
        return { rg, fehler: `„${schluessel}“ muss ein JSON-Objekt sein.` };
      const doppelt = Object.keys(wert).find((x) => eigen.includes(x));
      if (doppelt) return { rg, fehler: `„${schluessel}.${doppelt}“ gehört in die eigene Spalte, nicht in die weiteren Angaben.` };
      rg[schluessel] = { ...(rg[schluessel] as object), ...wert };
    } else rg[schluessel] = wert;
  }
  return { rg };
}

/** Bildet einen Fehlerpfad des Regelwerks (oder des Anwendungsfalls) auf Zeile und Spalte ab. */
export function ortDesFehlers(pfad: string, zeile: number, zeitraumZeilen: number[]): { zeile: number; spalte: string } {
  const teile = pfad
    .replace(/^\/rechtsgrundlage/, '')
    .split('/')
    .filter(Boolean);
  const [erster, zweiter, dritter] = teile;
  if ((erster === 'leistungen' || erster === 'leistungszeitraeume') && zweiter !== undefined) {
    const z = zeitraumZeilen[Number(zweiter)] ?? zeile;
    const spalte =
      dritter === 'von'
        ? spalteVon.von
        : dritter === 'bis'
          ? spalteVon.bis
          : dritter === 'rechnung'
            ? spalteVon.rechnung
            : spalteVon.betrag;
    return { zeile: z, spalte: spalte.kopf };
  }
  const nach: Record<string, AnspruchSpalte> = {
    leistungsbeginn: spalteVon.leistungsbeginn,
    grundlage: spalteVon.grundlage,
    leistungsrecht: spalteVon.leistungsrecht,
    massnahmen: spalteVon.massnahmeBeendet,
    verpflichteterId: spalteVon.verpflichteterId,
    verpflichteterExtern: spalteVon.verpflichteterExtern,
    landVerpflichteter: spalteVon.landVerpflichteter,
    fallId: spalteVon.fall,
    aktenzeichen: spalteVon.aktenzeichen,
    am: spalteVon.angemeldetAm,
  };
  if (erster === 'verfahren' && zweiter === 'zahlenderTraeger') return { zeile, spalte: spalteVon.zahlenderTraeger.kopf };
  if (erster === 'zahlender') return { zeile, spalte: spalteVon.artZahlender.kopf };
  if (erster === 'verpflichteter' && (zweiter === 'art' || zweiter === undefined))
    return { zeile, spalte: spalteVon.artVerpflichteter.kopf };
  return { zeile, spalte: (nach[erster ?? ''] ?? spalteVon.weitereAngaben).kopf };
}

export interface Leseergebnis {
  /** Die geprüften Ansprüche, ohne die an den Anspruchsstrom übergebenen. */
  ansprueche: GeleseneAnspruch[];
  zeilen: number;
  fehler: Fehlerliste;
  /** Aufrufe des Regelwerks (je verschiedener Eingabe einer). */
  regelwerksaufrufe: number;
  /**
   * Ein übergebener Anspruch kam später in der Datei noch einmal vor: Das Lesen wurde abgebrochen,
   * das Ergebnis gilt nicht – die Datei ist ohne Anspruchsstrom noch einmal zu lesen.
   */
  neuLesen?: true;
}

/**
 * Empfänger fertig geprüfter Ansprüche, solange die Datei noch gelesen wird (Massenpfad: Lesen und
 * Schreiben überlappen). Ein Anspruch gilt als fertig, wenn eine Zeile eines anderen Anspruchs
 * folgt; taucht er später wieder auf (ungeordnete Datei) oder zeigt sich ein Fehler, kommt
 * `abbruch` und danach nichts mehr. Fehler und Bericht sind dieselben wie ohne Strom; übernommene
 * Ansprüche fehlen nur in `ansprueche` (kam einer davon wieder vor: `neuLesen`).
 */
export interface Anspruchsstrom {
  /** true: übernommen (wird geschrieben); der Leser behält davon nur, dass es ihn gab. */
  anspruch(a: GeleseneAnspruch): boolean;
  abbruch(grund: 'fehler' | 'ungeordnet'): void;
  /** Wartet, bis der Empfänger wieder Platz hat (Gegendruck: der Speicher bleibt begrenzt). */
  platz?(): Promise<void>;
}

/** So lange (ms) am Stück, dann kommen andere Anfragen und das Schreiben zum Zug. */
const msJeSchritt = 20;

/**
 * Liest alle Zeilen. Zeilen mit demselben Aktenzeichen und demselben Verpflichteten bilden einen
 * Anspruch; ihre Anspruchsangaben müssen gleich sein. Rechtsgrundlage und Betrag entscheidet das
 * Regelwerk einmal je verschiedener Eingabe (Ansprüche mit gleichen Angaben und Zeiträumen teilen
 * die Entscheidung). Mit `strom` gehen fertige Ansprüche schon während des Lesens hinaus.
 */
export async function liesAnsprueche(
  bloecke: AsyncIterable<Zeile[]>,
  k: Lesekontext,
  fortschritt?: (zeilen: number) => void,
  strom?: Anspruchsstrom,
): Promise<Leseergebnis> {
  const fehler = new Fehlerliste();
  let index: Map<AnspruchSchluessel, number> | undefined;
  const gruppen = new Map<string, Gruppe>();
  let anzahl = 0;
  let kopfGelesen = false;
  const ixAz = () => index?.get('aktenzeichen') ?? -1;
  // Daten und Beträge wiederholen sich (Monatsgrenzen, Monatssätze): jede Zelle nur einmal deuten.
  const daten = new Map<string, Gelesen<string>>();
  const betraege = new Map<string, Gelesen<number>>();
  const merke = <T>(cache: Map<string, Gelesen<T>>, z: Zellwert, lies: (z: Zellwert) => Gelesen<T>): Gelesen<T> => {
    if (typeof z !== 'string') return lies(z);
    let g = cache.get(z);
    if (!g) {
      g = lies(z);
      if (cache.size < 100_000) cache.set(z, g);
    }
    return g;
  };
  // Rechtsgrundlage und Betrag: das Regelwerk, einmal je verschiedener Eingabe.
  const entscheidungen: Entscheidungen = new Map();
  const bewerte = (g: Gruppe): Bewertung => bewerteGruppe(g, k, entscheidungen);
  const eingaben = new Set<string>();
  // Der Strom: die zuletzt begonnene Gruppe ist offen; sie ist fertig, sobald eine andere beginnt.
  let stroemt = strom !== undefined;
  let offen: Gruppe | undefined;
  const brich = (grund: 'fehler' | 'ungeordnet') => {
    if (!stroemt) return;
    stroemt = false;
    strom?.abbruch(grund);
  };
  const schliesse = (g: Gruppe) => {
    if (g.ungueltig || !stroemt) return;
    const b = (g.bewertung = bewerte(g));
    if (b.fehler.length || fehler.anzahl) brich('fehler');
    else if (b.anspruch && strom?.anspruch(b.anspruch)) {
      // Übernommen: Nur der Schlüssel bleibt (so bleibt der Speicher auch bei großen Dateien klein).
      gruppen.set(g.schluessel, uebergeben);
      if (b.eingabe !== undefined) eingaben.add(b.eingabe);
    }
  };
  let neuLesen = false;
  let rast = performance.now();
  let ixSpalten: number[] = [];
  bloecke: for await (const block of bloecke)
    for (const z of block) {
      if (!kopfGelesen) {
        kopfGelesen = true;
        index = ordneKopf(z.zellen, fehler);
        if (!index) break bloecke;
        ixSpalten = anspruchsspalten.map((s) => index?.get(s.schluessel) ?? -1);
        continue;
      }
      if (z.zellen.every(istLeer)) continue;
      anzahl++;
      if (fortschritt && anzahl % 10000 === 0) fortschritt(anzahl);
      // Spätestens alle 20 ms kommen andere Anfragen und das Schreiben an die Reihe.
      if (performance.now() - rast > msJeSchritt) {
        await new Promise<void>((weiter) => setImmediate(weiter));
        if (stroemt) await strom?.platz?.();
        rast = performance.now();
      }
      const ix = index as Map<AnspruchSchluessel, number>;
      const zelle = (s: AnspruchSchluessel): Zellwert => {
        const i = ix.get(s);
        return i === undefined ? null : (z.zellen[i] ?? null);
      };
      const az = text(z.zellen[ixAz()] ?? null);
      const schluessel = anspruchsschluessel(az, text(zelle('verpflichteterId')) || null, text(zelle('verpflichteterExtern')) || null);
      let g = gruppen.get(schluessel);
      if (g === uebergeben) {
        neuLesen = true;
        brich('ungeordnet');
        break bloecke;
      }
      if (g !== offen) {
        if (offen) schliesse(offen);
        offen = g;
        if (g?.bewertung) {
          // Ein schon fertiger Anspruch geht weiter: seine Bewertung gilt nicht mehr.
          g.bewertung = undefined;
          brich('ungeordnet');
        }
      }
      if (!g) {
        const roh = ixSpalten.map((i) => (i < 0 ? null : (z.zellen[i] ?? null)));
        const { werte, ok } = liesAnspruchszellen(zelle, z.nummer, k, fehler);
        g = { schluessel, zeile: z.nummer, roh, ungueltig: !ok, werte, zeitraeume: [], zeitraumZeilen: [], massnahmen: new Map() };
        gruppen.set(schluessel, g);
        offen = g;
        if (ok && k.vorhandene.has(schluessel))
          fehler.melde(
            z.nummer,
            spalteVon.aktenzeichen.kopf,
            `Einen Anspruch mit dem Aktenzeichen „${az}“ gegen diesen Verpflichteten gibt es bei Ihrem Träger schon (nicht doppelt importieren).`,
          );
      } else {
        for (let i = 0; i < ixSpalten.length; i++) {
          const j = ixSpalten[i] as number;
          const a = j < 0 ? null : (z.zellen[j] ?? null);
          const b = g.roh[i] ?? null;
          if (a !== b && text(a) !== text(b)) {
            const s = anspruchsspalten[i] as AnspruchSpalte;
            fehler.melde(
              z.nummer,
              s.kopf,
              `Weicht von Zeile ${g.zeile} ab („${text(a)}“ statt „${text(b)}“): Alle Zeilen eines Anspruchs (gleiches Aktenzeichen und gleicher Verpflichteter) tragen dieselben Anspruchsangaben.`,
            );
            g.ungueltig = true;
            break;
          }
        }
      }
      const von = merke(daten, zelle('von'), liesDatum);
      const bis = merke(daten, zelle('bis'), liesDatum);
      const betrag = merke(betraege, zelle('betrag'), liesBetrag);
      const rechnung = text(zelle('rechnung'));
      let zeileOk = true;
      for (const [s, g2] of [
        ['von', von],
        ['bis', bis],
        ['betrag', betrag],
      ] as const) {
        if (g2.ok) continue;
        zeileOk = false;
        fehler.melde(z.nummer, spalteVon[s].kopf, istLeer(zelle(s)) ? 'Pflichtfeld fehlt.' : g2.meldung);
      }
      if (rechnung.length > 200) {
        zeileOk = false;
        fehler.melde(z.nummer, spalteVon.rechnung.kopf, `Höchstens 200 Zeichen (hier ${rechnung.length}).`);
      }
      if (von.ok && bis.ok && bis.wert < von.wert) {
        zeileOk = false;
        fehler.melde(z.nummer, spalteVon.bis.kopf, 'Das Ende des Zeitraums liegt vor seinem Beginn.');
      }
      const massnahme = text(zelle('massnahme'));
      if (massnahme.length > 100) {
        zeileOk = false;
        fehler.melde(z.nummer, spalteVon.massnahme.kopf, `Höchstens 100 Zeichen (hier ${massnahme.length}).`);
      }
      if (!liesMassnahmenende(g, massnahme, zelle, z.nummer, bis.ok ? bis.wert : undefined, fehler)) zeileOk = false;
      if (fehler.anzahl) brich('fehler');
      if (!zeileOk || !von.ok || !bis.ok || !betrag.ok) {
        g.ungueltig = true;
        continue;
      }
      g.zeitraeume.push({
        von: von.wert,
        bis: bis.wert,
        betragCent: betrag.wert,
        rechnung: rechnung || null,
        ...(massnahme ? { massnahme } : {}),
      });
      g.zeitraumZeilen.push(z.nummer);
    }
  if (neuLesen) return { ansprueche: [], zeilen: anzahl, fehler, regelwerksaufrufe: 0, neuLesen };
  if (offen) schliesse(offen);
  if (!kopfGelesen) fehler.melde(1, '', 'Die Datei ist leer: Es fehlt die Kopfzeile mit den Spaltenüberschriften.');
  else if (index && anzahl === 0) fehler.melde(2, '', 'Die Datei enthält keine Zeilen unter der Kopfzeile.');

  // Nach den Zeilenfehlern die Fehler aus Rechtsgrundlage und Regelwerk, in Dateireihenfolge der Ansprüche.
  const ansprueche: GeleseneAnspruch[] = [];
  for (const g of gruppen.values()) {
    if (g.ungueltig || g === uebergeben) continue;
    const b = g.bewertung ?? bewerte(g);
    for (const f of b.fehler) fehler.melde(f.zeile, f.spalte, f.meldung);
    if (b.eingabe !== undefined) eingaben.add(b.eingabe);
    if (b.anspruch) ansprueche.push(b.anspruch);
  }
  if (fehler.anzahl) brich('fehler');
  return { ansprueche, zeilen: anzahl, fehler, regelwerksaufrufe: eingaben.size };
}

/** Platzhalter einer an den Anspruchsstrom übergebenen Gruppe. */
const uebergeben: Gruppe = {
  schluessel: '',
  zeile: 0,
  roh: [],
  ungueltig: false,
  werte: {},
  zeitraeume: [],
  zeitraumZeilen: [],
  massnahmen: new Map(),
};

/**
 * Ende oder Fortdauer der Maßnahme einer Zeile (Spalten „Maßnahme beendet am“, „Maßnahme läuft“):
 * nur mit einer Maßnahme, in allen Zeilen der Maßnahme gleich (leere Zellen übernehmen die Angabe),
 * nicht beides, und das Ende nicht vor einem ihrer Zeiträume. Gibt false bei einem Fehler zurück.
 */
function liesMassnahmenende(
  g: Gruppe,
  massnahme: string,
  zelle: (s: AnspruchSchluessel) => Zellwert,
  zeile: number,
  bis: string | undefined,
  fehler: Fehlerliste,
): boolean {
  const zb = zelle('massnahmeBeendet');
  const zl = zelle('massnahmeLaeuft');
  const melde = (s: AnspruchSchluessel, meldung: string) => {
    fehler.melde(zeile, spalteVon[s].kopf, meldung);
    return false;
  };
  const beendet = istLeer(zb) ? undefined : liesDatum(zb);
  const laeuft = istLeer(zl) ? undefined : liesJaNein(zl);
  if (beendet && !beendet.ok) return melde('massnahmeBeendet', beendet.meldung);
  if (laeuft && !laeuft.ok) return melde('massnahmeLaeuft', laeuft.meldung);
  if (!massnahme) {
    if (beendet || laeuft) return melde('massnahme', 'Ende oder Fortdauer einer Maßnahme ohne Maßnahme: Spalte „Maßnahme“ ausfüllen.');
    return true;
  }
  const bisher = g.massnahmen.get(massnahme) ?? { zeile };
  const neu = { ...bisher };
  if (beendet) {
    if (bisher.beendet !== undefined && bisher.beendet !== beendet.wert)
      return melde(
        'massnahmeBeendet',
        `Weicht von Zeile ${bisher.zeile} ab: Alle Zeilen der Maßnahme „${massnahme}“ tragen dasselbe Ende.`,
      );
    neu.beendet = beendet.wert;
  }
  if (laeuft) {
    if (bisher.laeuft !== undefined && bisher.laeuft !== laeuft.wert)
      return melde('massnahmeLaeuft', `Weicht von Zeile ${bisher.zeile} ab: Alle Zeilen der Maßnahme „${massnahme}“ sagen dasselbe.`);
    neu.laeuft = laeuft.wert;
  }
  if (neu.laeuft === true && neu.beendet !== undefined)
    return melde('massnahmeLaeuft', 'Eine Maßnahme ist entweder beendet oder läuft noch, nicht beides.');
  const letzter = g.zeitraeume.filter((x) => x.massnahme === massnahme).reduce((x, z) => (z.bis > x ? z.bis : x), bis ?? '');
  if (neu.beendet !== undefined && neu.beendet < letzter)
    return melde('massnahmeBeendet', `Die Maßnahme „${massnahme}“ endet vor ihrem Zeitraum bis ${deutschesDatum(letzter)}.`);
  g.massnahmen.set(massnahme, neu);
  return true;
}

/** Entscheidungen des Regelwerks je Eingabe (als JSON, das auch der Entscheidungsdatensatz speichert). */
type Entscheidungen = Map<string, { r: ReturnType<typeof pruefe>; eingabe: string }>;

/**
 * Ordnet die Zeiträume eines Anspruchs nach Beginn, ihre Zeilennummern mit – so wie
 * entscheideAnspruch sie aus der Datenbank liest: Entscheidung, Fristen und die Reihenfolge gleich
 * fälliger Fristen sind dann dieselben wie beim Anlegen über die API, in welcher Folge die Zeilen
 * auch in der Datei stehen.
 */
function ordneZeitraeume(g: Gruppe): void {
  const von = g.zeitraeume.map((z) => z.von);
  if (von.every((v, i) => i === 0 || String(von[i - 1]) <= v)) return;
  const paare = g.zeitraeume.map((z, i) => ({ z, zeile: g.zeitraumZeilen[i] ?? g.zeile }));
  paare.sort((x, y) => (x.z.von < y.z.von ? -1 : x.z.von > y.z.von ? 1 : 0)); // stabil: gleicher Beginn bleibt in Dateifolge
  g.zeitraeume = paare.map((p) => p.z);
  g.zeitraumZeilen = paare.map((p) => p.zeile);
}

/** Rechtsgrundlage und Betrag eines vollständig gelesenen, zeilenweise gültigen Anspruchs. */
function bewerteGruppe(g: Gruppe, k: Lesekontext, entscheidungen: Entscheidungen): Bewertung {
  ordneZeitraeume(g);
  const w = g.werte;
  const { rg, fehler: rgFehler } = rechtsgrundlage(w);
  if (rgFehler) return { fehler: [{ zeile: g.zeile, spalte: spalteVon.weitereAngaben.kopf, meldung: rgFehler }] };
  const eingabe = {
    art: 'erstattungsanspruch',
    ...rg,
    leistungen: g.zeitraeume.map((x) => ({ von: x.von, bis: x.bis, betragCent: x.betragCent })),
  };
  const json = JSON.stringify(eingabe);
  let e = entscheidungen.get(json);
  if (!e) {
    e = { r: pruefe(eingabe), eingabe: json };
    entscheidungen.set(json, e);
  }
  // Gleiche Eingaben teilen Entscheidung und JSON-Text (ein Text je verschiedener Eingabe im Speicher).
  const { r, eingabe: schluessel } = e;
  if (istProblem(r)) {
    const fehler = r.fehler.map((f) => {
      const ort = ortDesFehlers(f.pfad, g.zeile, g.zeitraumZeilen);
      return { zeile: ort.zeile, spalte: ort.spalte, meldung: f.meldung };
    });
    return { fehler, eingabe: schluessel };
  }
  const id = (w.verpflichteterId as string | undefined) ?? null;
  const fall = w.fall === undefined ? undefined : k.faelle.get(w.fall as string);
  const land = (w.landVerpflichteter as string | undefined) ?? (id ? k.register.get(id) : undefined) ?? '';
  return {
    fehler: [],
    eingabe: schluessel,
    anspruch: {
      eingabe: {
        aktenzeichen: w.aktenzeichen as string,
        fallId: fall?.id ?? null,
        verpflichteterId: id,
        verpflichteterExtern: (w.verpflichteterExtern as string | undefined) ?? null,
        // Aus der Auswahl der Länder gelesen (liesAuswahl), also ein Kürzel, wie es das Schema verlangt.
        ...(w.landVerpflichteter !== undefined
          ? { landVerpflichteter: w.landVerpflichteter as AnspruchEingabe['landVerpflichteter'] }
          : {}),
        rechtsgrundlage: rg,
        leistungszeitraeume: g.zeitraeume,
        leistungsrecht: (w.leistungsrecht as Leistungsrecht | undefined) ?? 'eingliederungshilfe',
        massnahmen: [...g.massnahmen].flatMap(([massnahme, m]) =>
          m.beendet !== undefined || m.laeuft !== undefined
            ? [
                {
                  massnahme,
                  ...(m.beendet !== undefined ? { beendet: m.beendet } : {}),
                  ...(m.laeuft !== undefined ? { laeuft: m.laeuft } : {}),
                },
              ]
            : [],
        ),
        kenntnisEntscheidung: (w.kenntnisEntscheidung as string | undefined) ?? null,
        eingangLeistungsantrag: (w.eingangLeistungsantrag as string | undefined) ?? null,
        zinsantrag: (w.zinsantrag as boolean | undefined) ?? false,
        bemerkung: (w.bemerkung as string | undefined) ?? '',
      },
      angemeldetAm: (w.angemeldetAm as string | undefined) ?? null,
      beziffertAm: (w.beziffertAm as string | undefined) ?? null,
      personPseudonym: fall?.pseudonym ?? null,
      landVerpflichteter: land,
      zeile: g.zeile,
      zeitraumZeilen: g.zeitraumZeilen,
      grundlage: r as GeleseneAnspruch['grundlage'],
      eingabeJson: schluessel,
    },
  };
}
