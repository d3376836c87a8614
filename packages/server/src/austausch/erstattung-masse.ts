// Massenpfad des Imports (docs/AUSTAUSCH.md, „Zwei Wege“): dieselben Ergebnisse wie der
// Anwendungsfall legeAnspruchAn → entscheideAnspruch, aber in einer Transaktion mit COPY (im
// Binärformat, Stapel für Stapel) statt einzelner Anweisungen.
// - Rechtsgrundlage und Betrag: die Entscheidung des Regelwerks (pruefe, mit Begründung), einmal je
//   verschiedener Eingabe (erstattung-lesen.ts); gespeichert als Entscheidungsdatensatz je Anspruch.
// - § 111 und § 113 SGB X: die Massenfunktion des Regelwerks (berechneFristenMasse), dieselben
//   Fristenden wie die Prüfung erstattungsfristen, ohne Begründungstexte. Den Entscheidungsdatensatz
//   „erstattungsfristen“ mit Begründung schreibt der erste Arbeitsschritt am Anspruch
//   (entscheideAnspruch), wie bei jeder Änderung.
// - Fristen (§ 111 je Leistungsfall – Maßnahme oder Zeitraum –, § 113) und Protokoll (ein Eintrag „anlegen“ je Anspruch) wie im
//   Anwendungsfall; Norm und Text der Fristen aus anwendungsfaelle/erstattung.ts (anspruchsfristen).
// - Mit PostgreSQL (eigener Prozess) überlappen Lesen und Schreiben: schreibeWaehrendDesLesens.
import { berechneFristenMasse, datum, engineVersion, fristenPuffer, laeuftNoch } from '@egh/recht';
import type { Datenbank } from '../db/verbindung.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { anspruchsfristen } from '../anwendungsfaelle/erstattung.ts';
import { datumDe } from '../anwendungsfaelle/gemeinsam.ts';
import type { Anspruchsstrom, GeleseneAnspruch } from './erstattung-lesen.ts';
import { Binaerkopie, type Rohtransaktion, inRohtransaktion, uuidBytes } from './rohzugriff.ts';
import { uuidFolge } from '../db/uuid.ts';

const keinDatum = -2147483648;
const unendlich = 2147483647;
/** So viele Ansprüche kodiert der Massenpfad am Stück, dann kommen andere Anfragen an die Reihe. */
const block = 250;
/** Stapel beim Schreiben während des Lesens: mindestens so viele Ansprüche je Runde, höchstens so viele. */
const stapelMindestens = 200;
const stapelHoechstens = 4000;
/**
 * Stapel im Lauf (PGlite): klein genug, dass eine Transaktion andere Anfragen nur kurz aufhält
 * (je Schritt – eine Tabelle eines Stapels – einige zehn Millisekunden für 100 Ansprüche mit je 12 Zeiträumen).
 */
const laufMindestens = 100;
const laufHoechstens = 100;

interface Berechnet {
  /** Zähler der UUID (uuidFolge). */
  id: number;
  status: 'Entwurf' | 'Angemeldet' | 'Beziffert';
  /** Je Zeitraum: Ende der Ausschlussfrist (Tageszahl; laeuftNoch: Maßnahme läuft) und gewahrt (1/0/-1 für offen). */
  ende: Int32Array;
  gewahrt: Int8Array;
  /** Je Zeitraum die Nummer seines Leistungsfalls; Anzahl der Fälle. */
  fall: Int32Array;
  faelle: number;
  /** Je Fall sein Name der Maßnahme ('' ohne). */
  namen: string[];
  /** Ende der Verjährung (Tageszahl) oder null (ohne Kenntnisdatum oder schon verjährt). */
  verjaehrung: number | null;
}

/** Fortschritt des Schreibens: so viele Ansprüche sind in der Transaktion. */
export interface Massenfortschritt {
  (erledigteAnsprueche: number): void;
}

/** Tageszahlen und deutsche Schreibweise der (wenigen verschiedenen) Daten einer Datei. */
function datumsspeicher() {
  const tage = new Map<string, number>();
  const deutsch = new Map<string, string>();
  return {
    tag(iso: string | null | undefined): number | null {
      if (!iso) return null;
      let t = tage.get(iso);
      if (t === undefined) tage.set(iso, (t = datum.datum(iso)));
      return t;
    },
    deutsch(iso: string): string {
      let t = deutsch.get(iso);
      if (t === undefined) deutsch.set(iso, (t = datumDe(iso)));
      return t;
    },
  };
}

/**
 * Schreibt geprüfte Ansprüche im Massenpfad, Stapel für Stapel, mit COPY im Binärformat; alles in
 * einer Transaktion. Wirft `stapel` (der Lesevorgang hat einen Fehler gefunden), wird alles
 * zurückgerollt. Gibt die Zahl der geschriebenen Ansprüche zurück.
 */
export async function schreibeMasse(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  stapel: Iterable<GeleseneAnspruch[]> | AsyncIterable<GeleseneAnspruch[]>,
  stichtag: string,
  fortschritt?: Massenfortschritt,
  o: { lauf?: string } = {},
): Promise<number> {
  const ids = uuidFolge();
  // Die Binärkopie schreibt die Vorlage (Zähler 0) mit dem Zähler der Zeile (Binaerkopie.uuid).
  const vorlage = uuidBytes(ids.text(0));
  const daten = datumsspeicher();
  let puffer = fristenPuffer(16);
  const berechne = (a: GeleseneAnspruch): Berechnet => {
    const e = a.eingabe;
    const n = e.leistungszeitraeume.length;
    if (puffer.ende.length < n) puffer = fristenPuffer(n);
    const geltend = a.angemeldetAm ?? undefined;
    berechneFristenMasse(
      {
        leistungszeitraeume: e.leistungszeitraeume,
        leistungsrecht: e.leistungsrecht,
        ...(e.massnahmen.length ? { massnahmen: e.massnahmen } : {}),
        ...(e.kenntnisEntscheidung ? { kenntnisEntscheidung: e.kenntnisEntscheidung } : {}),
        ...(geltend ? { geltendmachung: geltend } : {}),
        landVerpflichteter: a.landVerpflichteter as Parameters<typeof berechneFristenMasse>[0]['landVerpflichteter'],
        stichtag,
      },
      puffer,
    );
    const v = puffer.verjaehrungEnde;
    return {
      id: ids.naechste(),
      status: a.beziffertAm ? 'Beziffert' : a.angemeldetAm ? 'Angemeldet' : 'Entwurf',
      ende: puffer.ende.slice(0, n),
      gewahrt: puffer.gewahrt.slice(0, n),
      fall: puffer.faelle.fall.slice(0, n),
      faelle: puffer.faelle.anzahl,
      namen: e.leistungsrecht === 'eingliederungshilfe' ? [...puffer.faelle.namen] : [],
      verjaehrung: v === keinDatum || v === unendlich || puffer.verjaehrt ? null : v,
    };
  };

  const eigener = k.traegerId;
  const benutzer = uuidBytes(k.benutzerId);
  const lauf = o.lauf ?? null;
  const laufBytes = lauf ? uuidBytes(lauf) : undefined;
  const markiere = (x: Binaerkopie) => (laufBytes ? x.uuid(laufBytes) : x.null());
  const weiter = () => new Promise<void>((w) => setImmediate(w));

  /**
   * Ein Stapel im Binärformat, Tabelle für Tabelle und in Blöcken, mit Pausen dazwischen: So läuft
   * das Kodieren des nächsten Stapels, während die Datenbank den vorigen schreibt.
   */
  async function kodiere(ansprueche: GeleseneAnspruch[]) {
    // Jede verschiedene Entscheidung zu Rechtsgrundlage und Betrag geht je Stapel einmal als JSON zur Datenbank.
    const nummern = new Map<object, number>();
    const berechnet: Berechnet[] = [];
    for (let start = 0; start < ansprueche.length; start += block) {
      await weiter();
      for (const a of ansprueche.slice(start, start + block)) berechnet.push(berechne(a));
    }
    async function tabelle(zeile: (k: Binaerkopie, a: GeleseneAnspruch, b: Berechnet) => void): Promise<Buffer[]> {
      const kopie = new Binaerkopie();
      for (let start = 0; start < ansprueche.length; start += block) {
        await weiter();
        const ende = Math.min(ansprueche.length, start + block);
        for (let i = start; i < ende; i++) zeile(kopie, ansprueche[i] as GeleseneAnspruch, berechnet[i] as Berechnet);
      }
      return kopie.nimm(true);
    }
    const anspruch = await tabelle((x, a, b) => {
      const e = a.eingabe;
      const g = a.grundlage.ergebnis;
      x.zeile(21);
      x.uuid(vorlage, b.id);
      x.text(eigener);
      x.text(e.verpflichteterId);
      x.text(e.verpflichteterExtern);
      x.text(a.landVerpflichteter);
      if (e.fallId) x.uuid(uuidBytes(e.fallId));
      else x.null();
      x.text(a.personPseudonym);
      x.text(e.aktenzeichen);
      x.text(b.status);
      x.jsonb(JSON.stringify(e.rechtsgrundlage));
      x.text(g.anspruchsgrundlage);
      x.int8(g.erstattungCent);
      x.datum(daten.tag(e.kenntnisEntscheidung));
      x.datum(daten.tag(a.angemeldetAm));
      x.datum(daten.tag(a.beziffertAm));
      x.datum(daten.tag(e.eingangLeistungsantrag));
      x.bool(e.zinsantrag ?? false);
      x.text(e.bemerkung ?? '');
      x.text(e.leistungsrecht);
      x.jsonb(JSON.stringify(e.massnahmen));
      markiere(x);
    });
    const zeitraum = await tabelle((x, a, b) => {
      const zeitraeume = a.eingabe.leistungszeitraeume;
      for (let i = 0; i < zeitraeume.length; i++) {
        const z = zeitraeume[i] as (typeof zeitraeume)[number];
        const g = b.gewahrt[i];
        const ende = b.ende[i] as number;
        x.zeile(9);
        x.uuid(vorlage, ids.naechste());
        x.uuid(vorlage, b.id);
        x.datum(daten.tag(z.von));
        x.datum(daten.tag(z.bis));
        x.int8(z.betragCent);
        x.text(z.rechnung);
        x.text(z.massnahme ?? null);
        x.datum(ende === laeuftNoch ? null : ende);
        x.bool(g === -1 ? null : g === 1);
      }
    });
    // Fristen des Anspruchstellers wie in entscheideAnspruch: § 111 je Leistungsfall, dessen Frist
    // begonnen hat, § 113.
    const fristen = await tabelle((x, a, b) => {
      const frist = (art: keyof typeof anspruchsfristen, bezeichnung: string, faellig: number, betragCent: number, erledigt: boolean) => {
        x.zeile(11);
        x.uuid(vorlage, ids.naechste());
        x.text(eigener);
        x.text('erstattungsanspruch');
        x.uuid(vorlage, b.id);
        x.text(art);
        x.text(anspruchsfristen[art].norm);
        x.text(bezeichnung);
        x.datum(faellig);
        x.int8(betragCent);
        x.bool(erledigt);
        markiere(x);
      };
      const az = a.eingabe.aktenzeichen;
      const zeitraeume = a.eingabe.leistungszeitraeume;
      for (let f = 0; f < b.faelle; f++) {
        let von = '';
        let bis = '';
        let betrag = 0;
        let anzahl = 0;
        let erster = -1;
        for (let i = 0; i < zeitraeume.length; i++) {
          if (b.fall[i] !== f) continue;
          const z = zeitraeume[i] as (typeof zeitraeume)[number];
          if (erster < 0) erster = i;
          if (!von || z.von < von) von = z.von;
          if (z.bis > bis) bis = z.bis;
          betrag += z.betragCent;
          anzahl++;
        }
        if (erster < 0) continue;
        const ende = b.ende[erster] as number;
        if (ende === laeuftNoch) continue;
        const name = b.namen[f] || null;
        const bezeichnung = anspruchsfristen.S111.bezeichnung(daten.deutsch(von), daten.deutsch(bis), az, name, anzahl);
        frist('S111', bezeichnung, ende, betrag, b.gewahrt[erster] === 1);
      }
      if (b.verjaehrung !== null)
        frist('S113', anspruchsfristen.S113.bezeichnung(az), b.verjaehrung, a.grundlage.ergebnis.erstattungCent, false);
    });
    const protokoll = await tabelle((x, a, b) => {
      x.zeile(laufBytes ? 8 : 7);
      if (laufBytes) x.uuid(laufBytes);
      x.text(eigener);
      x.uuid(benutzer);
      x.text(k.benutzername);
      x.text('anlegen');
      x.text('erstattungsanspruch');
      x.text(ids.text(b.id));
      x.jsonb(
        JSON.stringify({
          aktenzeichen: a.eingabe.aktenzeichen,
          verpflichteter: a.eingabe.verpflichteterId ?? a.eingabe.verpflichteterExtern,
          import: 'masse',
          status: b.status,
        }),
      );
    });
    // Neue verschiedene Entscheidungen zu Rechtsgrundlage und Betrag für die Hilfstabelle.
    const neue = new Binaerkopie();
    let neu = 0;
    for (const a of ansprueche) {
      const g = a.grundlage;
      if (nummern.has(g)) continue;
      nummern.set(g, nummern.size);
      neu++;
      neue.zeile(5);
      neue.int4(nummern.get(g) as number);
      neue.jsonb(a.eingabeJson);
      neue.jsonb(JSON.stringify(g.ergebnis));
      neue.jsonb(JSON.stringify(g.begruendung));
      neue.jsonb(JSON.stringify(g.hinweise));
    }
    const bezug = {
      ids: berechnet.map((b) => ids.text(b.id)),
      nummern: ansprueche.map((a) => nummern.get(a.grundlage) as number),
      // Parteien: nach der Anmeldung auch der Verpflichtete (wie im Anwendungsfall).
      zweite: ansprueche.map((a, i) => ((berechnet[i] as Berechnet).status !== 'Entwurf' ? a.eingabe.verpflichteterId : null)),
    };
    return { anzahl: ansprueche.length, anspruch, zeitraum, fristen, protokoll, entscheidungen: neu ? neue.nimm(true) : undefined, bezug };
  }

  type Kodiert = Awaited<ReturnType<typeof kodiere>>;
  const entscheidungstabelle =
    'create temporary table if not exists import_entscheidung (nr integer primary key, eingabe jsonb, ergebnis jsonb, begruendung jsonb, hinweise jsonb) on commit drop';
  /** Führt einen Schritt aus: ohne Lauf in der einen Transaktion, mit Lauf in einer eigenen. */
  type Schritt = <T>(fn: (t: Rohtransaktion) => Promise<T>) => Promise<T>;
  async function schreibe(schritt: Schritt, s: Kodiert): Promise<void> {
    await schritt((t) => t.kopiere('erstattungsanspruch', anspruchsspalten, s.anspruch));
    await schritt((t) =>
      t.kopiere(
        'leistungszeitraum',
        ['id', 'anspruch_id', 'von', 'bis', 'betrag_cent', 'rechnung', 'massnahme', 'frist_ende', 'gewahrt'],
        s.zeitraum,
      ),
    );
    await schritt((t) =>
      t.kopiere(
        'frist',
        ['id', 'traeger_id', 'bezug_art', 'bezug_id', 'art', 'norm', 'bezeichnung', 'faellig', 'betrag_cent', 'erledigt', 'import_lauf'],
        s.fristen,
      ),
    );
    // Entscheidungsdatensätze zu Rechtsgrundlage und Betrag: je Anspruch ein eigener Datensatz; die
    // Datenbank liest jede verschiedene Entscheidung des Stapels nur einmal (Hilfstabelle).
    await schritt(async (t) => {
      await t.abfrage(entscheidungstabelle);
      if (s.entscheidungen)
        await t.kopiere('import_entscheidung', ['nr', 'eingabe', 'ergebnis', 'begruendung', 'hinweise'], s.entscheidungen);
      await t.abfrage(
        `insert into entscheidung (parteien, bezug_art, bezug_id, pruefung, eingabe, ergebnis, begruendung, hinweise, regelwerk_version, erstellt_von, import_lauf)
         select case when b.zweite is null then array[$4::text] else array[$4::text, b.zweite] end, 'erstattungsanspruch', b.bezug_id,
                'erstattungsanspruch', e.eingabe, e.ergebnis, e.begruendung, e.hinweise, $5, $6, $7::uuid
           from unnest($1::uuid[], $2::integer[], $3::text[]) as b (bezug_id, nr, zweite) join import_entscheidung e on e.nr = b.nr`,
        [s.bezug.ids, s.bezug.nummern, s.bezug.zweite, eigener, engineVersion, k.benutzerId, lauf],
      );
      await t.abfrage('delete from import_entscheidung');
    });
    // Protokoll: ohne Lauf gleich in das Protokoll; mit Lauf daneben, bis zur Freigabe (das
    // Protokoll ist nur anfügbar – ein verworfener Lauf darf dort nichts hinterlassen).
    await schritt((t) =>
      t.kopiere(
        lauf ? 'import_protokoll' : 'protokoll',
        [...(lauf ? ['import_lauf'] : []), 'traeger_id', 'benutzer_id', 'benutzername', 'aktion', 'objekt_art', 'objekt_id', 'details'],
        s.protokoll,
      ),
    );
  }

  const kodiert = (async function* () {
    for await (const ansprueche of stapel) if (ansprueche.length) yield await kodiere(ansprueche);
  })();
  let erledigt = 0;
  // Der nächste Stapel wird kodiert, während dieser geschrieben wird.
  async function jedenStapel(fn: (s: Kodiert) => Promise<void>): Promise<number> {
    let naechster = kodiert.next();
    for (;;) {
      const r = await naechster;
      if (r.done) break;
      naechster = kodiert.next();
      naechster.catch(() => undefined);
      await fn(r.value);
      erledigt += r.value.anzahl;
      fortschritt?.(erledigt);
    }
    return erledigt;
  }
  if (!lauf)
    return inRohtransaktion(d, async (t) => {
      await t.abfrage(entscheidungstabelle);
      return jedenStapel((s) => schreibe((fn) => fn(t), s));
    });
  // Mit Lauf: jeder Schritt eine kurze Transaktion (die Zeilen sind unsichtbar, bis der Lauf
  // freigegeben wird); dazwischen kommen andere Anfragen an die Reihe.
  return jedenStapel((s) =>
    schreibe(async (fn) => {
      const r = await inRohtransaktion(d, fn);
      await weiter();
      return r;
    }, s),
  );
}

const anspruchsspalten = [
  'id',
  'anspruchsteller_id',
  'verpflichteter_id',
  'verpflichteter_extern',
  'land_verpflichteter',
  'fall_id',
  'person_pseudonym',
  'aktenzeichen',
  'status',
  'rechtsgrundlage_eingabe',
  'anspruchsgrundlage',
  'forderung_cent',
  'kenntnis_entscheidung',
  'geltendmachung',
  'bezifferung_am',
  'eingang_leistungsantrag',
  'zinsantrag',
  'bemerkung',
  'leistungsrecht',
  'massnahmen',
  'import_lauf',
];

/** Schon gelesene Ansprüche in Stapeln für schreibeMasse (so bleibt der kodierte Stapel klein). */
export function* inStapeln(ansprueche: GeleseneAnspruch[], groesse = stapelHoechstens): Generator<GeleseneAnspruch[]> {
  for (let i = 0; i < ansprueche.length; i += groesse) yield ansprueche.slice(i, i + groesse);
}

/** Der Lesevorgang hat abgebrochen (Fehler in der Datei oder ungeordnete Datei): zurückrollen. */
class Verworfen extends Error {}

/** Ansprüche aus dem Lesevorgang, in Stapeln für schreibeMasse. */
class Stapelschlange implements AsyncIterable<GeleseneAnspruch[]> {
  #puffer: GeleseneAnspruch[] = [];
  #wecker: (() => void) | undefined;
  #platzWecker: (() => void)[] = [];
  #fertig = false;
  #verworfen = false;
  readonly #mindestens: number;
  readonly #hoechstens: number;
  constructor(mindestens: number, hoechstens: number) {
    this.#mindestens = mindestens;
    this.#hoechstens = hoechstens;
  }
  #wecke(): void {
    const w = this.#wecker;
    this.#wecker = undefined;
    w?.();
  }
  hinein(a: GeleseneAnspruch[]): void {
    for (const x of a) this.#puffer.push(x);
    if (this.#puffer.length >= this.#mindestens) this.#wecke();
  }
  /**
   * Wartet, solange mehr als zwei volle Stapel warten: Der Leser ist dann schneller als das
   * Schreiben und liest erst weiter, wenn Platz ist (der Speicher bleibt begrenzt).
   */
  async platz(): Promise<void> {
    while (this.#puffer.length > 2 * this.#hoechstens && !this.#verworfen && !this.#fertig)
      await new Promise<void>((weiter) => this.#platzWecker.push(weiter));
  }
  #gibPlatz(): void {
    for (const w of this.#platzWecker.splice(0)) w();
  }
  ende(): void {
    this.#fertig = true;
    this.#wecke();
    this.#gibPlatz();
  }
  verwirf(): void {
    this.#verworfen = true;
    this.#puffer = [];
    this.#wecke();
    this.#gibPlatz();
  }
  async *[Symbol.asyncIterator](): AsyncGenerator<GeleseneAnspruch[]> {
    for (;;) {
      if (this.#verworfen) throw new Verworfen();
      if (this.#puffer.length >= this.#mindestens || (this.#fertig && this.#puffer.length)) {
        const stapel = this.#puffer.splice(0, this.#hoechstens);
        this.#gibPlatz();
        yield stapel;
      } else if (this.#fertig) return;
      else await new Promise<void>((weiter) => (this.#wecker = weiter));
    }
  }
}

/**
 * Massenpfad, der schon während des Lesens schreibt. Der Lesevorgang gibt fertige Ansprüche über
 * `strom` herein; geschrieben wird ab `ab` Ansprüchen (vorher bleibt offen, ob der Massenpfad
 * gewählt wird). `abschliessen` schreibt den Rest und bestätigt, `verwerfen` nimmt alles zurück
 * (ein Fehler in der Datei: nichts wird gespeichert).
 * - PostgreSQL (ohne `lauf`): eine Transaktion. Node prüft den nächsten Stapel, während die
 *   Datenbank den vorigen schreibt – zwei Prozesse, zwei Kerne; andere Anfragen lesen dank MVCC
 *   ungehindert weiter.
 * - PGlite (mit `lauf`, importlauf.ts): kleine Stapel in je einer kurzen Transaktion, unsichtbar bis
 *   zur Freigabe; dazwischen bedient die eine Verbindung andere Anfragen.
 */
export function schreibeWaehrendDesLesens(
  d: Datenbank,
  k: Benutzerkontext & { traegerId: string },
  stichtag: string,
  ab: number,
  fortschritt?: (erledigt: number) => void,
  o: { lauf?: string } = {},
) {
  const schlange = o.lauf ? new Stapelschlange(laufMindestens, laufHoechstens) : new Stapelschlange(stapelMindestens, stapelHoechstens);
  const wartend: GeleseneAnspruch[] = [];
  let gestroemt = 0;
  let zeitraeume = 0;
  let uebernommen = 0;
  let abgebrochen: 'fehler' | 'ungeordnet' | undefined;
  let schreiben: Promise<number> | undefined;
  return {
    strom: {
      anspruch(a: GeleseneAnspruch): boolean {
        gestroemt++;
        zeitraeume += a.eingabe.leistungszeitraeume.length;
        if (!schreiben) {
          wartend.push(a);
          if (wartend.length < ab) return false;
          // Ab hier Massenpfad: die wartenden Ansprüche (der Leser behält sie) und alle folgenden.
          schlange.hinein(wartend.splice(0));
          schreiben = schreibeMasse(d, k, schlange, stichtag, fortschritt, o.lauf ? { lauf: o.lauf } : {});
          // Ein Fehler der Datenbank zählt erst, wenn die Datei fehlerfrei ist (abschliessen).
          schreiben.catch(() => undefined);
          return false;
        }
        schlange.hinein([a]);
        uebernommen++;
        return true;
      },
      abbruch(grund: 'fehler' | 'ungeordnet') {
        abgebrochen = grund;
        schlange.verwirf();
      },
      platz: () => schlange.platz(),
    } satisfies Anspruchsstrom,
    /** Ansprüche und Zeiträume, die über den Strom kamen. */
    anzahl: () => gestroemt,
    zeitraeume: () => zeitraeume,
    /** Ansprüche, die der Leser abgegeben hat (nicht mehr in seinem Ergebnis). */
    uebernommen: () => uebernommen,
    /** Ob alle Ansprüche der Datei geschrieben werden; `behalten` sind die im Ergebnis des Lesers. */
    vollstaendig: (behalten: number) => schreiben !== undefined && !abgebrochen && gestroemt === uebernommen + behalten,
    async abschliessen(): Promise<number> {
      schlange.ende();
      return (await schreiben) ?? 0;
    },
    async verwerfen(): Promise<void> {
      schlange.verwirf();
      await schreiben?.catch(() => undefined);
    },
  };
}
