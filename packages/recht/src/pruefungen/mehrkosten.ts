// Prüfungsart `mehrkosten`: Wunsch- und Wahlrecht und Mehrkostenvergleich, § 104 SGB IX (ab
// 01.01.2020) bzw. § 9 Abs. 2, § 13 Abs. 1 SGB XII a.F. (Eingliederungshilfe bis 31.12.2019),
// recht.md §6. Die Prüfung rechnet und ordnet ein; sie genehmigt oder verweigert nie einen Wunsch
// nach einer Prozentzahl (recht.md §6.3, "Consequence for the software").
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro, prozent, rundeKaufmaennisch, rundeProzent } from '../gemeinsam/geld.ts';
import { rechtsstaende } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import {
  type JsonSchema,
  boolSchema,
  centSchema,
  datumSchema,
  liste,
  objekt,
  pruefungsSchema,
  textSchema,
} from '../gemeinsam/validierung.ts';
import { type IsoDatum, datum, deutschesDatum } from '../kalender/datum.ts';
import {
  type Bewertung,
  type Entscheidungsart,
  type Gerichtsentscheidung,
  type Orientierungsbereich,
  type Verifikation,
  abstand,
  anzahlReferenzen,
  mehrkostenRechtsprechung,
  naechsteEntscheidungen,
  orientierungFuer,
  prozentText,
  zitat,
} from './rechtsprechung.ts';

export type Je = 'tag' | 'monat';

export interface Posten {
  bezeichnung: string;
  betragCent: number;
  je: Je;
}

export interface Angebot {
  bezeichnung: string;
  posten: Posten[];
  /**
   * Erweiterung: die Monatskosten, die der Träger oder Anbieter selbst angegeben hat (etwa „ca.
   * 2.800 €“). Sie werden nicht verwendet, nur gegen die Posten geprüft (INCONSISTENT_COST_BASIS).
   */
  kostenangabeCentProMonat?: number;
}

export interface Alternative extends Angebot {
  vereinbarungKapitel8: boolean;
  zumutbar: boolean;
  bedarfsdeckend: boolean;
  deutlichBesserGeeignet?: boolean;
}

export interface MehrkostenEingabe {
  art: 'mehrkosten';
  rechtsstand?: IsoDatum;
  stichtag: IsoDatum;
  gewuenscht: Angebot;
  alternativen: Alternative[];
  tageProMonat?: number;
  wohnenAusserhalbBesondererWohnform?: boolean;
}

export interface Referenz {
  gericht: string;
  datum: IsoDatum | null;
  aktenzeichen: string;
  prozent: number;
  ergebnis: Bewertung;
  entscheidungsart: Entscheidungsart | null;
  prozentBis?: number;
  zitat: string;
  leitsatz: string;
  aufgehobenDurch?: string;
  quelle: string;
  verifikation: Verifikation;
  /** Abstand des Falls zum hier errechneten Prozentsatz in Prozentpunkten (gerundet). */
  abstandProzentpunkte: number;
}

export type Ausschlussgrund = 'unzumutbar' | 'nichtBedarfsdeckend' | 'keineVereinbarungKapitel8';

export interface AlternativeAuswertung {
  bezeichnung: string;
  kostenCentProMonat: number;
  /** Mehrkosten des Wunsches gegenüber dieser Alternative; `null` bei Kosten 0. */
  mehrkostenProzent: number | null;
  vergleichbar: boolean;
  ausschlussgrund: Ausschlussgrund | null;
}

export interface Postenzeile {
  bezeichnung: string;
  gewuenschtCentProMonat: number | null;
  vergleichCentProMonat: number | null;
  differenzCentProMonat: number;
  differenzProzent: number | null;
}

export type KeinVergleichGrund =
  'keineAlternative' | 'keineZumutbareAlternative' | 'keineBedarfsdeckendeAlternative' | 'keineVereinbarungKapitel8';

export interface MehrkostenErgebnis {
  recht: 'SGB IX' | 'SGB XII';
  vergleichZulaessig: boolean;
  vergleichsangebot: string | null;
  kostenGewuenschtCentProMonat: number;
  kostenVergleichCentProMonat: number | null;
  mehrkostenCentProMonat: number | null;
  mehrkostenProzent: number | null;
  ergebnis: 'wunschZuEntsprechen' | 'abwaegungErforderlich';
  referenzen: Referenz[];
  // Weitere Felder (über pruefungen.md hinaus):
  tageProMonat: number;
  keinVergleichGrund: KeinVergleichGrund | null;
  /** Jahreskosten: Tagessätze × 365, Monatsbeträge × 12. */
  kostenGewuenschtCentProJahr: number;
  kostenVergleichCentProJahr: number | null;
  mehrkostenCentProJahr: number | null;
  /** Nur wenn beide Seiten ausschließlich aus Tagessätzen bestehen. */
  mehrkostenCentProTag: number | null;
  /** Obergrenze der Kostenübernahme, falls die Abwägung Unverhältnismäßigkeit ergibt (OQ-10). */
  kostenuebernahmeBisCentProMonat: number | null;
  orientierung: Orientierungsbereich['tendenz'] | null;
  /** Prozentsatz aus den angegebenen (z. B. gerundeten) Monatsbeträgen, wenn beide angegeben sind. */
  mehrkostenProzentLautAngabe: number | null;
  kostenbasisUneinheitlich: boolean;
  alternativen: AlternativeAuswertung[];
  postenvergleich: Postenzeile[];
}

/** Tage eines Monats für die Umrechnung von Tagessätzen (recht.md §6.2 [DESIGN]). */
const standardTageProMonat = 30;
const tageProJahr = 365;
const monateProJahr = 12;
/** Ein Betrag aus vollen 100 € gilt als „glatter“, vermutlich gerundeter Monatsbetrag. */
const glatterBetragCent = 10000;

// Obergrenze je Posten: 100 Mio. € je Tag bzw. Monat; so bleiben alle Summen exakte Ganzzahlen.
const postenBetragSchema: JsonSchema = { ...centSchema('Betrag des Postens'), maximum: 1e10 };

const postenSchema = objekt(
  {
    bezeichnung: textSchema('Bezeichnung des Kostenpostens, z. B. „Wohnheim“, „Werkstatt“, „Fahrtkosten“'),
    betragCent: postenBetragSchema,
    je: { type: 'string', enum: ['tag', 'monat'], description: 'Tagessatz („tag“) oder Monatsbetrag („monat“)' },
  },
  ['bezeichnung', 'betragCent', 'je'],
);

const angebotsFelder: Record<string, JsonSchema> = {
  bezeichnung: textSchema('Bezeichnung des Angebots bzw. Anbieters'),
  posten: liste(postenSchema, 'Alle Kosten, die der Träger bei diesem Angebot trägt', 50, 1),
  kostenangabeCentProMonat: centSchema('Vom Träger oder Anbieter angegebene Monatskosten (nur zur Kontrolle, optional)'),
};

function normiert(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Monatskosten eines Postens, ungerundet (Tagessatz × Tage je Monat). */
function monatlich(p: Posten, tageProMonat: number): number {
  return p.je === 'tag' ? p.betragCent * tageProMonat : p.betragCent;
}

function summeMonat(a: Angebot, tageProMonat: number): number {
  return a.posten.reduce((s, p) => s + monatlich(p, tageProMonat), 0);
}

function summeJahr(a: Angebot): number {
  return a.posten.reduce((s, p) => s + p.betragCent * (p.je === 'tag' ? tageProJahr : monateProJahr), 0);
}

/** Prozent auf zwei Stellen gerundet, ohne „−0“ (−0,001 % wird 0, nicht −0). */
function prozentAnzeige(p: number): number {
  return rundeProzent(p) + 0;
}

/** Cent kaufmännisch gerundet, ohne „−0“. */
function centAnzeige(c: number): number {
  return rundeKaufmaennisch(c) + 0;
}

/** (gewünscht − vergleich) / vergleich × 100, ungerundet; `null` bei Vergleichskosten 0. */
function prozentsatz(gewuenscht: number, vergleich: number): number | null {
  // Erst × 100, dann teilen: bei ganzen Cent ist das Ergebnis exakt, wo es darstellbar ist (30 statt 30,000…04).
  return vergleich > 0 ? ((gewuenscht - vergleich) * 100) / vergleich : null;
}

function postenText(a: Angebot, tageProMonat: number): string {
  return a.posten
    .map((p) =>
      p.je === 'tag'
        ? `${p.bezeichnung} ${euro(p.betragCent)}/Tag × ${String(tageProMonat).replace('.', ',')} = ${euro(centAnzeige(monatlich(p, tageProMonat)))}`
        : `${p.bezeichnung} ${euro(p.betragCent)}/Monat`,
    )
    .join('; ');
}

function postenvergleich(w: Angebot, v: Angebot, tageProMonat: number): Postenzeile[] {
  const zeilen = new Map<string, { bezeichnung: string; w: number | null; v: number | null }>();
  const add = (p: Posten, seite: 'w' | 'v') => {
    const k = normiert(p.bezeichnung);
    const z = zeilen.get(k) ?? { bezeichnung: p.bezeichnung, w: null, v: null };
    z[seite] = (z[seite] ?? 0) + monatlich(p, tageProMonat);
    zeilen.set(k, z);
  };
  for (const p of w.posten) add(p, 'w');
  for (const p of v.posten) add(p, 'v');
  return [...zeilen.values()].map((z) => {
    const pz = z.w !== null && z.v !== null ? prozentsatz(z.w, z.v) : null;
    return {
      bezeichnung: z.bezeichnung,
      gewuenschtCentProMonat: z.w === null ? null : centAnzeige(z.w),
      vergleichCentProMonat: z.v === null ? null : centAnzeige(z.v),
      differenzCentProMonat: centAnzeige((z.w ?? 0) - (z.v ?? 0)),
      differenzProzent: pz === null ? null : prozentAnzeige(pz),
    };
  });
}

/**
 * Uneinheitliche Kostenbasis (SC-44, recht.md §6.2 Nr. 4: gleiche Posten, gleicher Zeitraum,
 * gleiche Tagesbasis) [DESIGN]. Erkannt werden:
 * 1. gleichnamige Posten mit Tagessatz auf der einen und Monatsbetrag auf der anderen Seite (oder
 *    doppelt innerhalb eines Angebots);
 * 2. ohne gleichnamige Posten: der größte Posten beider Seiten hat eine andere Basis (Tagessätze
 *    gegen Monatsbeträge, der Fehler des Trägers in SEED-004);
 * 3. beide Seiten nur aus glatten Monatsbeträgen (volle 100 €) – Anzeichen gerundeter Zahlen
 *    („ca. 2.800 € gegen ca. 2.300 €“);
 * 4. eine angegebene Monatssumme weicht von der Summe der Posten ab.
 * Gerechnet wird immer mit den Posten; der Hinweis verlangt die Prüfung der Kostenbasis.
 */
function kostenbasisBefunde(w: Angebot, v: Alternative, tageProMonat: number): string[] {
  const befunde: string[] = [];
  const basen = new Map<string, { bezeichnung: string; je: Set<Je>; seiten: Set<string> }>();
  for (const [seite, a] of [
    ['w', w],
    ['v', v],
  ] as const)
    for (const p of a.posten) {
      const k = normiert(p.bezeichnung);
      const eintrag = basen.get(k) ?? { bezeichnung: p.bezeichnung, je: new Set<Je>(), seiten: new Set<string>() };
      eintrag.je.add(p.je);
      eintrag.seiten.add(seite);
      basen.set(k, eintrag);
    }
  const gemeinsame = [...basen.values()].filter((b) => b.seiten.size === 2);
  for (const b of basen.values())
    if (b.je.size > 1)
      befunde.push(
        `Der Posten „${b.bezeichnung}“ ist teils als Tagessatz, teils als Monatsbetrag angegeben; gleiche Posten sind auf gleicher Basis zu vergleichen.`,
      );
  if (gemeinsame.length === 0) {
    const groesster = (a: Angebot) =>
      a.posten.reduce<Posten | undefined>((g, p) => (!g || monatlich(p, tageProMonat) > monatlich(g, tageProMonat) ? p : g), undefined);
    const gw = groesster(w);
    const gv = groesster(v);
    if (gw && gv && gw.je !== gv.je)
      befunde.push(
        `Der Hauptposten des Wunsches („${gw.bezeichnung}“) ist ${gw.je === 'tag' ? 'ein Tagessatz' : 'ein Monatsbetrag'}, der des Vergleichsangebots („${gv.bezeichnung}“) ${gv.je === 'tag' ? 'ein Tagessatz' : 'ein Monatsbetrag'}; Tagessätze und Monatsbeträge werden so leicht auf unterschiedlicher Tagesbasis verglichen.`,
      );
  }
  const glatt = (a: Angebot) => a.posten.every((p) => p.je === 'monat' && p.betragCent > 0 && p.betragCent % glatterBetragCent === 0);
  if (glatt(w) && glatt(v))
    befunde.push(
      'Alle verglichenen Beträge sind glatte Monatsbeträge (volle 100 €); das deutet auf gerundete Schätzwerte statt der vereinbarten Vergütungssätze hin.',
    );
  for (const a of [w, v])
    if (a.kostenangabeCentProMonat !== undefined) {
      const errechnet = centAnzeige(summeMonat(a, tageProMonat));
      if (errechnet !== a.kostenangabeCentProMonat)
        befunde.push(
          `Für „${a.bezeichnung}“ sind ${euro(a.kostenangabeCentProMonat)} monatlich angegeben; aus den Posten ergeben sich ${euro(errechnet)}. Maßgebend sind die Posten.`,
        );
    }
  return befunde;
}

function referenz(e: Gerichtsentscheidung, p: number): Referenz {
  return {
    gericht: e.gericht,
    datum: e.datum,
    aktenzeichen: e.aktenzeichen,
    prozent: e.prozent,
    ergebnis: e.ergebnis,
    entscheidungsart: e.entscheidungsart,
    ...(e.prozentBis !== undefined ? { prozentBis: e.prozentBis } : {}),
    zitat: zitat(e),
    leitsatz: e.leitsatz,
    ...(e.aufgehobenDurch ? { aufgehobenDurch: e.aufgehobenDurch } : {}),
    quelle: e.quelle,
    verifikation: e.verifikation,
    abstandProzentpunkte: prozentAnzeige(abstand(e, p)),
  };
}

const sgFreiburg = 'SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10';
const lsgBwEilbeschluss = 'LSG Baden-Württemberg, Beschluss vom 02.09.2010 – L 7 SO 1357/10 ER-B';

export const mehrkosten = pruefungsart<MehrkostenEingabe, MehrkostenErgebnis>({
  art: 'mehrkosten',
  titel: 'Wunsch- und Wahlrecht: Mehrkostenvergleich',
  normen: '§ 104 SGB IX (ab 2020); § 9 Abs. 2, § 13 Abs. 1 SGB XII a.F. (bis 2019)',
  schema: pruefungsSchema(
    'mehrkosten',
    'Mehrkostenvergleich nach § 104 SGB IX bzw. § 9 Abs. 2 SGB XII a.F.',
    {
      stichtag: datumSchema('Tag, für den entschieden wird; wählt das Recht (ab 01.01.2020 § 104 SGB IX)'),
      gewuenscht: objekt(angebotsFelder, ['bezeichnung', 'posten'], 'Die gewünschte Leistung'),
      alternativen: liste(
        objekt(
          {
            ...angebotsFelder,
            vereinbarungKapitel8: boolSchema('Mit dem Anbieter besteht eine Vereinbarung nach Kapitel 8 SGB IX (§§ 123 ff.)'),
            zumutbar: boolSchema('Die abweichende Leistung ist zumutbar (§ 104 Abs. 3 Satz 1–2 SGB IX)'),
            bedarfsdeckend: boolSchema('Der Bedarf kann durch diese Leistung gedeckt werden (§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX)'),
            deutlichBesserGeeignet: boolSchema('Die Alternative ist objektiv deutlich besser geeignet (optional)'),
          },
          ['bezeichnung', 'posten', 'vereinbarungKapitel8', 'zumutbar', 'bedarfsdeckend'],
        ),
        'Vom Träger benannte abweichende Leistungen',
        50,
      ),
      tageProMonat: {
        type: 'number',
        minimum: 28,
        maximum: 31,
        description: 'Tage je Monat für Tagessätze (Standard 30; z. B. 30,42 = 365/12)',
      },
      wohnenAusserhalbBesondererWohnform: boolSchema(
        'Gewünscht ist ein Wohnen außerhalb besonderer Wohnformen, und es kommt in Betracht (§ 104 Abs. 3 Satz 3 SGB IX), optional',
      ),
    },
    ['stichtag', 'gewuenscht', 'alternativen'],
  ),
  beispiel: {
    art: 'mehrkosten',
    stichtag: '2025-03-01',
    gewuenscht: { bezeichnung: 'Wohnheim S', posten: [{ bezeichnung: 'Wohnheim', betragCent: 8841, je: 'tag' }] },
    alternativen: [
      {
        bezeichnung: 'Wohnheim A',
        posten: [{ bezeichnung: 'Wohnheim', betragCent: 7621, je: 'tag' }],
        vereinbarungKapitel8: true,
        zumutbar: true,
        bedarfsdeckend: true,
      },
    ],
  },
  pruefeWidersprueche(e) {
    const fehler: Fehler[] = [];
    const gesehen = new Map<string, number>();
    e.alternativen.forEach((a, i) => {
      const k = normiert(a.bezeichnung);
      const frueher = gesehen.get(k);
      if (frueher !== undefined)
        fehler.push({
          pfad: `/alternativen/${i}/bezeichnung`,
          meldung: `Die Bezeichnung „${a.bezeichnung}“ kommt schon bei Alternative ${frueher + 1} vor; jede Alternative braucht eine eigene Bezeichnung.`,
        });
      else gesehen.set(k, i);
    });
    return fehler;
  },
  berechne(e) {
    const b = new Begruendung();
    const stichtag = datum(e.stichtag);
    const rechtstag = datum(e.rechtsstand ?? e.stichtag);
    const neu = rechtstag >= datum(rechtsstaende.eingliederungshilfeSgb9);
    const tage = e.tageProMonat ?? standardTageProMonat;
    const w = e.gewuenscht;
    const wMonat = summeMonat(w, tage);

    // 1. Der Wunsch und das anzuwendende Recht (recht.md §0.3, §6.1).
    if (neu)
      b.norm(
        '§ 104 Abs. 2 SGB IX',
        `Für den ${deutschesDatum(rechtstag)} gilt § 104 SGB IX (Eingliederungshilfe im SGB IX ab 01.01.2020). Wünschen, die sich auf die Gestaltung der Leistung richten, ist zu entsprechen, soweit sie angemessen sind (Satz 1). Nicht angemessen sind sie nur, wenn und soweit die Kosten der gewünschten Leistung die Kosten einer vergleichbaren Leistung eines Anbieters mit Vereinbarung nach Kapitel 8 unverhältnismäßig übersteigen (Satz 2 Nr. 1) und der Bedarf durch die vergleichbare Leistung gedeckt werden kann (Satz 2 Nr. 2). Gewünscht ist „${w.bezeichnung}“.`,
      );
    else
      b.norm(
        '§ 9 Abs. 2 SGB XII a.F.',
        `Für den ${deutschesDatum(rechtstag)} gilt noch das SGB XII (Eingliederungshilfe bis 31.12.2019). Wünschen, die sich auf die Gestaltung der Leistung richten, soll entsprochen werden, soweit sie angemessen sind (Satz 1); der Träger soll in der Regel Wünschen nicht entsprechen, deren Erfüllung mit unverhältnismäßigen Mehrkosten verbunden wäre (Satz 3). Gewünscht ist „${w.bezeichnung}“.`,
      );
    if (e.rechtsstand)
      b.hinweis(
        'RECHTSSTAND_VORGEGEBEN',
        `Das Recht wurde nach dem vorgegebenen Rechtsstand ${deutschesDatum(rechtstag)} gewählt, nicht nach dem Stichtag ${deutschesDatum(stichtag)}.`,
      );

    // Jede Alternative wird ausgewertet; der Ausschlussgrund folgt der Prüfreihenfolge (recht.md §6.2).
    const auswertung: AlternativeAuswertung[] = e.alternativen.map((a) => {
      const kosten = summeMonat(a, tage);
      const grund: Ausschlussgrund | null = !a.zumutbar
        ? 'unzumutbar'
        : !a.bedarfsdeckend
          ? 'nichtBedarfsdeckend'
          : neu && !a.vereinbarungKapitel8
            ? 'keineVereinbarungKapitel8'
            : null;
      const pz = prozentsatz(wMonat, kosten);
      return {
        bezeichnung: a.bezeichnung,
        kostenCentProMonat: centAnzeige(kosten),
        mehrkostenProzent: pz === null ? null : prozentAnzeige(pz),
        vergleichbar: grund === null,
        ausschlussgrund: grund,
      };
    });
    const namen = (grund: Ausschlussgrund | null) =>
      auswertung
        .filter((a) => a.ausschlussgrund === grund)
        .map((a) => `„${a.bezeichnung}“`)
        .join(', ');

    // 2. Zumutbarkeit zuerst (§ 104 Abs. 3 Satz 1–2 SGB IX; § 13 Abs. 1 Satz 4–5 SGB XII a.F.).
    const zumutbare = e.alternativen.filter((a) => a.zumutbar);
    const zNorm = neu ? '§ 104 Abs. 3 Satz 1 SGB IX' : '§ 13 Abs. 1 Satz 4 SGB XII a.F.';
    let keinVergleichGrund: KeinVergleichGrund | null = null;
    if (e.alternativen.length === 0) {
      keinVergleichGrund = 'keineAlternative';
      b.norm(
        neu ? '§ 104 Abs. 2 Satz 2 Nr. 1 SGB IX' : '§ 9 Abs. 2 SGB XII a.F.',
        'Der Träger hat keine abweichende Leistung benannt. Ohne vergleichbare Leistung ist ein Kostenvergleich nicht möglich; der Wunsch kann nicht wegen Mehrkosten unangemessen sein.',
      );
    } else {
      b.norm(
        zNorm,
        `Zuerst ist die Zumutbarkeit einer vom Wunsch abweichenden Leistung zu prüfen; die persönlichen, familiären und örtlichen Umstände einschließlich der gewünschten Wohnform sind angemessen zu berücksichtigen. ${
          zumutbare.length > 0 ? `Zumutbar: ${zumutbare.map((a) => `„${a.bezeichnung}“`).join(', ')}.` : ''
        }${namen('unzumutbar') ? ` Nicht zumutbar: ${namen('unzumutbar')}.` : ''}`.trim(),
      );
      if (!neu)
        b.norm(
          lsgBwEilbeschluss,
          'Auch nach § 9 Abs. 2 SGB XII a.F. kommt es auf einen Kostenvergleich nur an, wenn vergleichbare, bedarfsdeckende Alternativen bestehen und mindestens eine davon zumutbar ist (so auch SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10).',
        );
      if (zumutbare.length === 0) {
        keinVergleichGrund = 'keineZumutbareAlternative';
        b.norm(
          neu ? '§ 104 Abs. 3 Satz 5 SGB IX' : '§ 13 Abs. 1 Satz 6 SGB XII a.F.',
          'Keine abweichende Leistung ist zumutbar. Bei Unzumutbarkeit einer abweichenden Leistungsgestaltung ist ein Kostenvergleich nicht vorzunehmen; eine Mehrkostenquote wird für die Entscheidung nicht verwendet.',
        );
      }
    }

    // 3. Bedarfsdeckung (§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX) und Vereinbarung nach Kapitel 8 (Nr. 1).
    if (keinVergleichGrund === null) {
      const deckend = zumutbare.filter((a) => a.bedarfsdeckend);
      b.norm(
        neu ? '§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX' : sgFreiburg,
        deckend.length > 0
          ? `Den Bedarf decken: ${deckend.map((a) => `„${a.bezeichnung}“`).join(', ')}.${namen('nichtBedarfsdeckend') ? ` Nicht bedarfsdeckend und daher kein Vergleichsmaßstab: ${namen('nichtBedarfsdeckend')}.` : ''}`
          : `Keine zumutbare Alternative deckt den Bedarf (${namen('nichtBedarfsdeckend')}); ohne vergleichbare bedarfsdeckende Leistung ist der Wunsch nicht wegen Mehrkosten unangemessen.`,
      );
      if (deckend.length === 0) keinVergleichGrund = 'keineBedarfsdeckendeAlternative';
      else if (neu) {
        const mitVereinbarung = deckend.filter((a) => a.vereinbarungKapitel8);
        b.norm(
          '§ 104 Abs. 2 Satz 2 Nr. 1 SGB IX',
          mitVereinbarung.length > 0
            ? `Vergleichsmaßstab sind nur Leistungen von Anbietern, mit denen eine Vereinbarung nach Kapitel 8 (§§ 123 ff. SGB IX) besteht.${namen('keineVereinbarungKapitel8') ? ` Ohne Vereinbarung und daher ausgeschlossen: ${namen('keineVereinbarungKapitel8')}.` : ''}`
            : `Keine zumutbare, bedarfsdeckende Alternative wird von einem Anbieter mit Vereinbarung nach Kapitel 8 erbracht (${namen('keineVereinbarungKapitel8')}); ein zulässiger Vergleichsmaßstab fehlt.`,
        );
        if (mitVereinbarung.length === 0) keinVergleichGrund = 'keineVereinbarungKapitel8';
      }
    }

    // 4. Vergleichsangebot: die günstigste zulässige Alternative; bei Gleichstand die zuerst genannte.
    let vergleichIndex = -1;
    auswertung.forEach((a, i) => {
      const alt = e.alternativen[i];
      const bisher = e.alternativen[vergleichIndex];
      if (a.vergleichbar && alt && (!bisher || summeMonat(alt, tage) < summeMonat(bisher, tage))) vergleichIndex = i;
    });
    const v = keinVergleichGrund === null ? e.alternativen[vergleichIndex] : undefined;

    const ergebnisBasis = {
      recht: neu ? ('SGB IX' as const) : ('SGB XII' as const),
      kostenGewuenschtCentProMonat: centAnzeige(wMonat),
      tageProMonat: tage,
      kostenGewuenschtCentProJahr: centAnzeige(summeJahr(w)),
      alternativen: auswertung,
    };

    if (!v) {
      b.norm(
        neu ? '§ 104 Abs. 2 Satz 1 SGB IX' : '§ 9 Abs. 2 Satz 1 SGB XII a.F.',
        `Ein zulässiger Kostenvergleich ist nicht möglich; der Wunsch ist nicht wegen Mehrkosten unangemessen. Dem Wunsch ist zu entsprechen${neu ? '' : ' (Sollvorschrift)'}, soweit er im Übrigen angemessen ist.`,
      );
      wohnformHinweis(b, e, neu);
      return b.ergebnis('mehrkosten', {
        ...ergebnisBasis,
        vergleichZulaessig: false,
        vergleichsangebot: null,
        kostenVergleichCentProMonat: null,
        mehrkostenCentProMonat: null,
        mehrkostenProzent: null,
        ergebnis: 'wunschZuEntsprechen' as const,
        referenzen: [],
        keinVergleichGrund,
        kostenVergleichCentProJahr: null,
        mehrkostenCentProJahr: null,
        mehrkostenCentProTag: null,
        kostenuebernahmeBisCentProMonat: null,
        orientierung: null,
        mehrkostenProzentLautAngabe: null,
        kostenbasisUneinheitlich: false,
        postenvergleich: [],
      });
    }

    const vMonat = summeMonat(v, tage);
    const mehrMonat = wMonat - vMonat;
    const p = prozentsatz(wMonat, vMonat);
    const nurTagessaetze = [...w.posten, ...v.posten].every((x) => x.je === 'tag');
    const mehrTag = nurTagessaetze ? w.posten.reduce((s, x) => s + x.betragCent, 0) - v.posten.reduce((s, x) => s + x.betragCent, 0) : null;
    const ohneVereinbarungGuenstiger = neu
      ? e.alternativen.filter((a, i) => auswertung[i]?.ausschlussgrund === 'keineVereinbarungKapitel8' && summeMonat(a, tage) < vMonat)
      : [];
    b.norm(
      neu ? '§ 104 Abs. 2 Satz 2 Nr. 1 SGB IX' : '§ 9 Abs. 2 Satz 3 SGB XII a.F.',
      `Vergleichsangebot ist die günstigste zumutbare und bedarfsdeckende Alternative${neu ? ' eines Anbieters mit Vereinbarung nach Kapitel 8' : ''}: „${v.bezeichnung}“ mit ${euro(centAnzeige(vMonat))} monatlich.${
        ohneVereinbarungGuenstiger.length > 0
          ? ` Günstigere Angebote ohne Vereinbarung bleiben außer Betracht: ${ohneVereinbarungGuenstiger
              .map((a) => {
                const q = prozentsatz(wMonat, summeMonat(a, tage));
                return `„${a.bezeichnung}“ (${euro(centAnzeige(summeMonat(a, tage)))}; der Vergleich ergäbe ${q === null ? 'keinen Prozentsatz' : prozent(q)})`;
              })
              .join(', ')}.`
          : ''
      }`,
    );
    if (!neu && !v.vereinbarungKapitel8)
      b.hinweis(
        'VERGLEICHSANGEBOT_OHNE_VEREINBARUNG',
        `Das Vergleichsangebot „${v.bezeichnung}“ hat keine Vereinbarung. § 9 Abs. 2 SGB XII a.F. verlangt das für den Vergleichsmaßstab nicht ausdrücklich; es bleibt daher Vergleichsangebot. Der Träger durfte die Vergütung aber nur bei einer Vereinbarung nach § 75 Abs. 3 SGB XII a.F. übernehmen – ob das Angebot tatsächlich verfügbar war, ist zu prüfen.`,
        { beleg: '[DESIGN] Angebot ohne Vereinbarung bleibt nach altem Recht Vergleichsangebot' },
      );

    // 5. Mathematischer Kostenvergleich (SEED-004 Rn. 22; recht.md §6.2 Nr. 4).
    b.norm(
      sgFreiburg,
      `Mathematischer Kostenvergleich auf gleicher Basis: gleiche Posten, gleicher Zeitraum, gleiche Tagesbasis (${String(tage).replace('.', ',')} Tage je Monat); einbezogen werden alle Kosten, die der Träger bei der jeweiligen Variante trägt (z. B. Fahrtkosten zur Werkstatt). Gewünscht: ${postenText(w, tage)} – zusammen ${euro(centAnzeige(wMonat))}. Vergleich: ${postenText(v, tage)} – zusammen ${euro(centAnzeige(vMonat))}. Differenz: ${euro(centAnzeige(mehrMonat))} monatlich${
        p === null ? '' : ` (${prozent(p)}, bezogen auf das Vergleichsangebot; kaufmännisch gerundet, gerechnet wird ungerundet)`
      }.`,
    );
    const zeilen = postenvergleich(w, v, tage);
    for (const z of zeilen)
      if (z.gewuenschtCentProMonat === null || z.vergleichCentProMonat === null)
        b.hinweis(
          'POSTEN_NUR_EINSEITIG',
          `Der Posten „${z.bezeichnung}“ fällt nur ${z.gewuenschtCentProMonat === null ? 'beim Vergleichsangebot' : 'beim Wunsch'} an (${euro(Math.abs(z.differenzCentProMonat))} monatlich); er gehört in den Vergleich, weil der Träger ihn bei dieser Variante trägt (SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10).`,
        );

    // Uneinheitliche Kostenbasis (SC-44).
    const befunde = kostenbasisBefunde(w, v, tage);
    const angabeW = w.kostenangabeCentProMonat;
    const angabeV = v.kostenangabeCentProMonat;
    const pAngabe = angabeW !== undefined && angabeV !== undefined ? prozentsatz(angabeW, angabeV) : null;
    if (befunde.length > 0)
      b.hinweis(
        'INCONSISTENT_COST_BASIS',
        `Die Kostenbasis ist gerundet oder uneinheitlich: ${befunde.join(' ')}${
          pAngabe !== null
            ? ` Die angegebenen Monatsbeträge ergäben ${prozent(pAngabe)}; aus den Posten errechnet: ${p === null ? 'kein Prozentsatz' : prozent(p)}.`
            : ''
        } Verglichen werden dürfen nur die tatsächlich geschuldeten Vergütungssätze auf gleicher Basis (SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10: die „über 20 %“ des Trägers aus gerundeten Monatszahlen waren ein Rechenfehler, richtig waren 16,01 %). Bitte die vereinbarten Sätze eingeben und das Ergebnis erst danach verwenden.`,
      );

    const gemeinsam = {
      ...ergebnisBasis,
      vergleichZulaessig: true,
      vergleichsangebot: v.bezeichnung,
      kostenVergleichCentProMonat: centAnzeige(vMonat),
      mehrkostenCentProMonat: centAnzeige(mehrMonat),
      mehrkostenProzent: p === null ? null : prozentAnzeige(p),
      keinVergleichGrund: null,
      kostenVergleichCentProJahr: centAnzeige(summeJahr(v)),
      mehrkostenCentProJahr: centAnzeige(summeJahr(w) - summeJahr(v)),
      mehrkostenCentProTag: mehrTag,
      mehrkostenProzentLautAngabe: pAngabe === null ? null : prozentAnzeige(pAngabe),
      kostenbasisUneinheitlich: befunde.length > 0,
      postenvergleich: zeilen,
    };

    // 6a. Keine Mehrkosten: dem Wunsch ist zu entsprechen.
    if (mehrMonat <= 0) {
      b.norm(
        neu ? '§ 104 Abs. 2 Satz 1 SGB IX' : '§ 9 Abs. 2 Satz 1 SGB XII a.F.',
        `Der Wunsch verursacht keine Mehrkosten (${mehrMonat === 0 ? 'gleiche Kosten' : `${euro(centAnzeige(-mehrMonat))} monatlich günstiger`}). Er kann nicht wegen Mehrkosten unangemessen sein; ihm ist zu entsprechen.`,
      );
      wohnformHinweis(b, e, neu);
      return b.ergebnis('mehrkosten', {
        ...gemeinsam,
        ergebnis: 'wunschZuEntsprechen' as const,
        referenzen: [],
        kostenuebernahmeBisCentProMonat: null,
        orientierung: null,
      });
    }

    // 6b. Mehrkosten: Abwägung, nie eine Entscheidung nach Prozent (recht.md §6.2 Nr. 5, §6.3).
    b.norm(
      neu ? '§ 104 Abs. 2 Satz 2 Nr. 1 SGB IX' : '§ 9 Abs. 2 Satz 3 SGB XII a.F.',
      `Ob Mehrkosten von ${euro(centAnzeige(mehrMonat))} monatlich${p === null ? '' : ` (${prozent(p)})`} unverhältnismäßig sind, ist durch Abwägung im Einzelfall zu entscheiden: die Mehrkosten gegen das Gewicht des Wunsches und die individuelle Situation. Eine feste mathematische Grenze gibt es nicht (SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10; SG Karlsruhe, Entscheidung vom 28.11.2014 – S 1 SO 750/14).`,
    );
    b.norm(
      'BVerwG, Beschluss vom 18.08.2003 – 5 B 14/03',
      'Der Wunsch wiegt umso schwerer, je mehr er der objektiven Bedarfssituation entspricht.',
    );
    const deutlichBesser = v.deutlichBesserGeeignet === true;
    let tendenz: Orientierungsbereich['tendenz'] | null = null;
    if (p !== null) {
      const bereich = orientierungFuer(p);
      tendenz = bereich.tendenz;
      // OVG Lüneburg: bei objektiv deutlich besser geeignetem Vergleichsangebot schon 21,24 %.
      if (deutlichBesser) tendenz = p >= 20 ? 'eherUnverhaeltnismaessig' : 'offen';
      b.hinweis('ORIENTIERUNG_RECHTSPRECHUNG', bereich.text);
    } else {
      b.hinweis(
        'VERGLEICHSKOSTEN_NULL',
        'Das Vergleichsangebot kostet nichts; ein Prozentsatz lässt sich nicht bilden. Die Abwägung muss an den absoluten Mehrkosten ansetzen.',
      );
    }
    if (deutlichBesser) {
      const lueneburg = mehrkostenRechtsprechung.find((x) => x.aktenzeichen === '4 ME 400/03');
      b.norm(
        lueneburg ? zitat(lueneburg) : 'OVG Lüneburg',
        `Das Vergleichsangebot „${v.bezeichnung}“ ist nach der Eingabe objektiv deutlich besser geeignet. In dieser Lage hat das OVG Lüneburg schon Mehrkosten von 21,24 % als unverhältnismäßig angesehen; das spricht in der Abwägung gegen den Wunsch.`,
      );
      b.hinweis(
        'VERGLEICHSANGEBOT_DEUTLICH_BESSER_GEEIGNET',
        'Das günstigere Angebot ist objektiv deutlich besser geeignet; die Rechtsprechung legt dann strengere Maßstäbe an (OVG Lüneburg: 21,24 % unverhältnismäßig). Die Abwägung bleibt erforderlich.',
      );
    } else if (p !== null && p <= 30) {
      b.norm(
        sgFreiburg,
        'Mehrkosten bis zu 30 % sind nicht unangemessen, wenn nachvollziehbare, im Verhältnis zu den Mehrkosten angemessene Motive sie rechtfertigen und das Wunschangebot zur Erreichung der Ziele der Eingliederungshilfe nicht erkennbar schlechter geeignet ist; je weiter die Mehrkosten unter 30 % liegen, desto geringer sind die Anforderungen (Orientierung, keine feste Grenze).',
      );
    }
    b.hinweis(
      'ABWAEGUNG_ERFORDERLICH',
      'Der Prozentsatz ist nur Entscheidungshilfe. Die Entscheidung trifft die Sachbearbeitung nach Abwägung der Wunschgründe mit den Mehrkosten und dokumentiert die Gründe; die Prüfung genehmigt oder verweigert keinen Wunsch nach einer Prozentzahl.',
    );
    wohnformHinweis(b, e, neu);
    // RECHTSFRAGE (OQ-10): „wenn und soweit“ – Teilbewilligung bis zu den Vergleichskosten oder Ablehnung?
    b.rechtsfrage(
      'OQ-10',
      `Ergibt die Abwägung unverhältnismäßige Mehrkosten, ist offen, ob der Träger die gewünschte Leistung bis zur Höhe der Kosten des Vergleichsangebots übernimmt (${neu ? '„wenn und soweit“, § 104 Abs. 2 Satz 2 SGB IX' : '§ 9 Abs. 2 Satz 3 SGB XII a.F.'}; Mehrkostenvorbehalt wie im Urteil des SG Freiburg vom 01.03.2011 – S 9 SO 2640/10 mit 76,21 € täglich) oder den Wunsch ablehnt. Als Obergrenze einer Übernahme ergeben sich ${euro(centAnzeige(vMonat))} monatlich.`,
      { fundstelle: sgFreiburg, beleg: 'SEED-004; Ergebnisfeld kostenuebernahmeBisCentProMonat' },
    );

    const gewaehlt = p === null ? [] : naechsteEntscheidungen(p);
    const referenzen = p === null ? [] : gewaehlt.map((x) => referenz(x, p));
    if (gewaehlt.length > 0)
      b.hinweis(
        'REFERENZEN_AUSWAHL',
        `Vergleichsentscheidungen: die ${anzahlReferenzen} Entscheidungen der Rechtsprechungsübersicht, deren Mehrkostensatz dem errechneten am nächsten liegt (Abstand 0 innerhalb einer Spanne), Gleichstände eingeschlossen, dazu SG Freiburg als Quelle der Faustregel „bis zu 30 %“, wenn der Satz nicht darüber liegt. Genannt: ${gewaehlt
          .map(
            (x) =>
              `${zitat(x)} (${prozentText(x)}, ${x.ergebnis === 'angemessen' ? 'angemessen' : 'unverhältnismäßig'}${x.aufgehobenDurch ? `; aufgehoben durch ${x.aufgehobenDurch}` : ''})`,
          )
          .join('; ')}. Sie sind Orientierung, keine Schwellen.`,
        { beleg: 'recht.md §6.3' },
      );
    if (referenzen.some((r) => r.verifikation !== 'V-SEED'))
      b.hinweis(
        'REFERENZ_UNGEPRUEFT',
        'Einige genannte Entscheidungen sind nur aus Sekundärquellen belegt oder in Datum und Gründen ungeprüft; vor einer Verwendung in einem Bescheid am Original prüfen.',
        { beleg: 'recht.md §6.3: [V-SEC]/[UNVERIFIED]' },
      );

    return b.ergebnis('mehrkosten', {
      ...gemeinsam,
      ergebnis: 'abwaegungErforderlich' as const,
      referenzen,
      kostenuebernahmeBisCentProMonat: centAnzeige(vMonat),
      orientierung: tendenz,
    });
  },
});

/** § 104 Abs. 3 Satz 3–4 SGB IX bzw. § 13 Abs. 1 Satz 2–3 SGB XII a.F.: Vorrang des Wohnens außerhalb. */
function wohnformHinweis(b: Begruendung, e: MehrkostenEingabe, neu: boolean): void {
  if (e.wohnenAusserhalbBesondererWohnform !== true) return;
  if (neu) {
    b.norm(
      '§ 104 Abs. 3 Satz 3 SGB IX',
      'Kommt ein Wohnen außerhalb von besonderen Wohnformen in Betracht und wünscht die leistungsberechtigte Person dies, ist dieser Wohnform der Vorzug zu geben; auf Wunsch sind die Assistenzleistungen nach § 113 Abs. 2 Nr. 2 SGB IX im Bereich sozialer Beziehungen und persönlicher Lebensplanung nicht gemeinsam zu erbringen (Satz 4).',
    );
    // RECHTSFRAGE: Ob der Vorrang nach § 104 Abs. 3 Satz 3 SGB IX einen Kostenvergleich mit einer
    // besonderen Wohnform ausschließt oder nur in die Abwägung eingeht, ist nicht geklärt (recht.md
    // nennt keine Antwort). Die Engine ändert das Ergebnis nicht, sie meldet den Vorrang.
    b.hinweis(
      'VORRANG_WOHNEN_AUSSERHALB_BESONDERER_WOHNFORM',
      'Offene Rechtsfrage: Der Wunsch richtet sich auf ein Wohnen außerhalb besonderer Wohnformen, das in Betracht kommt (§ 104 Abs. 3 Satz 3 SGB IX). Ob dieser Vorrang einen Kostenvergleich mit einer besonderen Wohnform ausschließt oder nur mit großem Gewicht in die Abwägung eingeht, ist offen; die Prüfung ändert das Ergebnis nicht. Eine besondere Wohnform als Vergleichsangebot ist besonders sorgfältig auf Zumutbarkeit zu prüfen.',
    );
  } else {
    b.norm(
      '§ 13 Abs. 1 Satz 2 SGB XII a.F.',
      'Ambulante Leistungen haben Vorrang vor teilstationären und stationären; der Vorrang gilt nicht, wenn eine geeignete stationäre Einrichtung zumutbar ist und die ambulante Leistung mit unverhältnismäßigen Mehrkosten verbunden wäre (Satz 3).',
    );
    b.hinweis(
      'VORRANG_WOHNEN_AUSSERHALB_BESONDERER_WOHNFORM',
      'Gewünscht ist eine ambulante Wohnform: nach § 13 Abs. 1 Satz 2–3 SGB XII a.F. hat sie Vorrang, außer eine geeignete stationäre Einrichtung ist zumutbar und die ambulante Leistung wäre mit unverhältnismäßigen Mehrkosten verbunden.',
    );
  }
}
