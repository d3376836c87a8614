// Prüfungsart `zinsen`: Verzinsung eines Erstattungsanspruchs nach § 108 Abs. 2 SGB X (i.V.m.
// § 44 Abs. 3 SGB I; für § 16 SGB IX über dessen Abs. 6), recht.md §4.7 und OQ-4.
//
// Gerechnet wird der Zeitraum nach § 108 Abs. 2 Satz 1 Nr. 2 SGB X: Der Tag des Eingangs des
// vollständigen Erstattungsantrags zählt nicht (§ 26 Abs. 1 SGB X, § 187 Abs. 1 BGB), deshalb muss erst
// der volle Kalendermonat nach dem Monat des Eingangs ablaufen; verzinst wird ab dem Ersten des zweiten
// Monats nach Eingang bis zum Ablauf des Monats vor der Zahlung (recht.md §4.7, SC-35; Jansen § 108
// SGB X Rz. 6). Frühestens nach sechs vollen Kalendermonaten nach dem Monat des Leistungsantrags, ohne
// Antrag nach einem vollen Kalendermonat nach dem Monat der Bekanntgabe (Satz 2, § 44 Abs. 2 SGB I;
// gleiche Monatszählung). Die Lesart Haufe/Klose § 44 SGB I Rz. 26 (der Eingangsmonat ist der „eine
// Kalendermonat“, ein Monat mehr) wird als `alternativ` und als RECHTSFRAGE ausgegeben. Nr. 1 („für die Dauer des Erstattungszeitraumes“) rechnet das
// Regelwerk nur auf Wunsch (`zinsenNr1: true` mit den Leistungszeiträumen; recht.md §4.7: „behind a
// feature flag“), nach einer als RECHTSFRAGE (OQ-4) markierten Lesart – siehe `zinsenNr1Lauf`.
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro } from '../gemeinsam/geld.ts';
import { parameter, rechtsstaende, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { boolSchema, centSchema, datumSchema, liste, objekt, pruefungsSchema } from '../gemeinsam/validierung.ts';
import { type IsoDatum, type Tag, datum, deutschesDatum, isoDatum, kalenderdatum, letzterTagDesMonats, tagAus } from '../kalender/datum.ts';
import { leistungszeitraumFehler } from './erstattungsfristen.ts';
import {
  type TraegerArt,
  fuersorgetraegerText,
  istFuersorgetraeger,
  sozialeEntschaedigungAb,
  traegerArtSchema,
  traegerNamen,
} from './erstattungsanspruch/index.ts';

export interface ZinsenEingabe {
  art: 'zinsen';
  rechtsstand?: IsoDatum;
  forderungCent: number;
  glaeubigerArt: TraegerArt;
  schuldnerArt: TraegerArt;
  eingangLeistungsantrag?: IsoDatum;
  /** Nur beim Fehlen eines Leistungsantrags (§ 108 Abs. 2 Satz 2 Hs. 2 SGB X, § 44 Abs. 2 Hs. 2 SGB I). */
  bekanntgabeLeistungsentscheidung?: IsoDatum;
  eingangErstattungsantrag: IsoDatum;
  zahlung: IsoDatum;
  zinsantrag?: boolean;
  /** Zeiträume des Erstattungsanspruchs mit ihren Beträgen; nur für Nr. 1 gebraucht. */
  leistungszeitraeume?: { von: IsoDatum; bis: IsoDatum; betragCent: number }[];
  /** Auch Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X rechnen (Lesart des Regelwerks, OQ-4); Standard false. */
  zinsenNr1?: boolean;
}

export interface Zinslauf {
  zinsbeginn: IsoDatum | null;
  /** Letzter Tag des letzten Zinsmonats, oder `null` ohne Zinsmonate. */
  zinsende: IsoDatum | null;
  zinsmonate: number;
  zinsenCent: number;
}

export interface ZinsenErgebnis extends Zinslauf {
  zinspflichtig: boolean;
  zinsbasisEuro: number;
  /** Zusatz: Zinstage (Zinsmonate × 30, § 44 Abs. 3 Satz 2 SGB I). */
  zinstage: number;
  /** Zusatz: der angewandte Zinssatz. */
  zinssatzProzent: number;
  /** Zusatz: die andere Lesart der Monatszählung (der Eingangsmonat zählt als „ein Kalendermonat“) — ein Monat mehr. */
  alternativ: Zinslauf;
  /**
   * Zusatz (OQ-4): Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X für die Dauer des
   * Erstattungszeitraums, getrennt von `zinsenCent` (Nr. 2). `null`, wenn nicht verlangt
   * (`zinsenNr1`) oder der Anspruch nicht zu verzinsen ist.
   */
  zinsenNr1Cent: number | null;
  /** Zusatz: Zinsmonate nach Nr. 1 (Monate mit verzinstem Betrag), `null` wie `zinsenNr1Cent`. */
  zinsenNr1Monate: number | null;
}

/** Kalendermonat als fortlaufende Zahl (Jahr × 12 + Monat − 1). */
function monatsIndex(t: Tag): number {
  const k = kalenderdatum(t);
  return k.jahr * 12 + k.monat - 1;
}

function ersterTagVon(monat: number): Tag {
  return tagAus(Math.floor(monat / 12), (monat % 12) + 1, 1);
}

const monatsnamen = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

function monatText(monat: number): string {
  return `${monatsnamen[monat % 12] ?? ''} ${Math.floor(monat / 12)}`;
}

/**
 * Zinsen in Cent: Basis in vollen Euro × Satz × (Monate × 30) / 360 (§ 44 Abs. 3 SGB I), einfache
 * Zinsen ohne Zinseszins (Klose Rz. 25), einmal kaufmännisch gerundet. Exakt mit BigInt, damit auch
 * große Forderungen über lange Zeiträume nicht an Gleitkommagenauigkeit scheitern.
 */
export function zinsenInCent(basisEuro: number, satzProzent: number, monate: number): number {
  if (basisEuro <= 0 || monate <= 0 || satzProzent <= 0) return 0;
  const zaehler = BigInt(basisEuro) * BigInt(Math.round(satzProzent * 100)) * BigInt(monate * 30);
  const nenner = 360n * 100n;
  return Number((2n * zaehler + nenner) / (2n * nenner));
}

/**
 * Erster Zinsmonat. „Nach Ablauf eines Kalendermonats nach Eingang“: Der Eingangstag zählt nicht
 * (§ 26 Abs. 1 SGB X, § 187 Abs. 1 BGB), also muss der volle Kalendermonat nach dem Eingangsmonat
 * ablaufen – Zinsen ab dem zweiten Monat nach Eingang (Eingang 15.08. → September läuft ab → ab 01.10.).
 * Die Untergrenze des Satzes 2 zählt ebenso: sechs volle Kalendermonate nach dem Monat des
 * Leistungsantrags (25.03. → April bis September → ab 01.10.). RECHTSFRAGE: Die andere Lesart (Klose)
 * lässt den Eingangsmonat als den einen Monat gelten und beginnt jeweils einen Monat früher.
 */
export function ersterZinsmonat(erstattungsantrag: Tag, untergrenze: { monat: number; monate: number }, alternativ: boolean): number {
  const zusatz = alternativ ? 0 : 1;
  return Math.max(monatsIndex(erstattungsantrag) + 1 + zusatz, untergrenze.monat + untergrenze.monate + zusatz);
}

function zinslauf(beginn: number, zahlungsmonat: number, basisEuro: number, satz: number): Zinslauf {
  const monate = Math.max(0, zahlungsmonat - beginn);
  return {
    zinsbeginn: isoDatum(ersterTagVon(beginn)),
    zinsende: monate > 0 ? isoDatum(letzterTagDesMonats(ersterTagVon(zahlungsmonat - 1))) : null,
    zinsmonate: monate,
    zinsenCent: zinsenInCent(basisEuro, satz, monate),
  };
}

interface Nr1Lauf {
  zinsmonate: number;
  /** Summe der Monatsbasen in vollen Euro (je Zinsmonat die bis dahin erbrachten Beträge). */
  basisSummeEuro: number;
  zinsenCent: number;
  ersterMonat: number | null;
  letzterMonat: number | null;
}

/**
 * Zinsen für die Dauer des Erstattungszeitraums (§ 108 Abs. 2 Satz 1 Nr. 1 SGB X), Lesart des
 * Regelwerks (RECHTSFRAGE OQ-4): Der Betrag eines Zeitraums gilt mit seinem letzten Leistungstag als
 * erbracht und wird – wie eine fällige Geldleistung nach § 44 Abs. 1 SGB I – ab dem folgenden
 * Kalendermonat verzinst, bis zum Ende des Erstattungszeitraums (Monat des spätesten Leistungstags).
 * Basis jedes Zinsmonats ist die Summe der bis dahin erbrachten Beträge in vollen Euro (§ 44 Abs. 3
 * Satz 1 SGB I; bei laufenden Leistungen je Monat verschieden, Haufe/Klose § 44 SGB I Rz. 28). Die
 * Untergrenze des Satzes 2 gilt auch hier. Nr. 1 und Nr. 2 sind getrennte Zinszeiträume
 * (Haufe/Jansen § 108 SGB X Rz. 4): Nr. 1 endet spätestens vor dem ersten Zinsmonat der Nr. 2 und vor
 * dem Monat der Zahlung. Zinsen: Σ Monatsbasen × Satz × 30/360, einmal gerundet.
 */
export function zinsenNr1Lauf(
  zeitraeume: readonly { bis: IsoDatum; betragCent: number }[],
  untergrenzeMonat: number,
  grenzeDavor: number,
  satz: number,
): Nr1Lauf {
  const erbracht = zeitraeume.map((z) => ({ monat: monatsIndex(datum(z.bis)), cent: z.betragCent }));
  const ende = Math.min(Math.max(...erbracht.map((x) => x.monat)), grenzeDavor - 1);
  let basisSumme = 0;
  let monate = 0;
  let erster: number | null = null;
  let letzter: number | null = null;
  for (let m = Math.max(untergrenzeMonat, Math.min(...erbracht.map((x) => x.monat)) + 1); m <= ende; m++) {
    const cent = erbracht.reduce((s, x) => (x.monat < m ? s + x.cent : s), 0);
    const euro = Math.floor(cent / 100);
    if (euro <= 0) continue;
    basisSumme += euro;
    monate++;
    erster ??= m;
    letzter = m;
  }
  return {
    zinsmonate: monate,
    basisSummeEuro: basisSumme,
    zinsenCent: zinsenInCent(basisSumme, satz, 1),
    ersterMonat: erster,
    letzterMonat: letzter,
  };
}

const ohneZinsen: Zinslauf = { zinsbeginn: null, zinsende: null, zinsmonate: 0, zinsenCent: 0 };

export const zinsen = pruefungsart<ZinsenEingabe, ZinsenErgebnis>({
  art: 'zinsen',
  titel: 'Zinsen auf einen Erstattungsanspruch',
  normen: '§ 108 Abs. 2 SGB X, § 44 Abs. 3 SGB I, § 16 Abs. 6 SGB IX',
  schema: pruefungsSchema(
    'zinsen',
    'Verzinsung eines Erstattungsanspruchs nach § 108 Abs. 2 SGB X',
    {
      forderungCent: centSchema('Erstattungsanspruch'),
      glaeubigerArt: traegerArtSchema('Art des erstattungsberechtigten Trägers'),
      schuldnerArt: traegerArtSchema('Art des erstattungspflichtigen Trägers'),
      eingangLeistungsantrag: datumSchema('Eingang des vollständigen Leistungsantrags beim zuständigen Träger (§ 108 Abs. 2 Satz 2 SGB X)'),
      bekanntgabeLeistungsentscheidung: datumSchema(
        'Nur wenn kein Leistungsantrag vorliegt: Bekanntgabe der Entscheidung über die Leistung',
      ),
      eingangErstattungsantrag: datumSchema(
        'Eingang des vollständigen, den ganzen Erstattungszeitraum umfassenden Erstattungsantrags beim Verpflichteten',
      ),
      zahlung: datumSchema('Tag der Zahlung'),
      zinsantrag: boolSchema('Zinsen wurden beantragt (Standard false; ohne Antrag keine Zinsen)'),
      zinsenNr1: boolSchema(
        'Auch Zinsen für die Dauer des Erstattungszeitraums rechnen (§ 108 Abs. 2 Satz 1 Nr. 1 SGB X) – nach einer Lesart des Regelwerks, die rechtlich offen ist (Standard false; braucht die Leistungszeiträume)',
      ),
      leistungszeitraeume: liste(
        objekt(
          {
            von: datumSchema('Erster Leistungstag'),
            bis: datumSchema('Letzter Leistungstag (der Betrag gilt an diesem Tag als erbracht)'),
            betragCent: centSchema('Betrag des Zeitraums'),
          },
          ['von', 'bis', 'betragCent'],
        ),
        'Zeiträume des Erstattungsanspruchs mit Beträgen (nur für Zinsen nach Nr. 1)',
        10000,
        1,
      ),
    },
    ['forderungCent', 'glaeubigerArt', 'schuldnerArt', 'eingangErstattungsantrag', 'zahlung'],
  ),
  beispiel: {
    art: 'zinsen',
    forderungCent: 1234567,
    glaeubigerArt: 'egh',
    schuldnerArt: 'krankenkasse',
    eingangLeistungsantrag: '2023-01-10',
    eingangErstattungsantrag: '2024-08-15',
    zahlung: '2025-02-20',
    zinsantrag: true,
  },
  pruefeWidersprueche(e) {
    const f: Fehler[] = [];
    if (e.eingangLeistungsantrag === undefined && e.bekanntgabeLeistungsentscheidung === undefined)
      f.push({
        pfad: '/eingangLeistungsantrag',
        meldung: 'Pflichtfeld fehlt (nur wenn kein Leistungsantrag gestellt wurde, genügt bekanntgabeLeistungsentscheidung).',
      });
    if (e.zinsenNr1 && e.leistungszeitraeume === undefined)
      f.push({
        pfad: '/leistungszeitraeume',
        meldung: 'Für Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X werden die Leistungszeiträume mit ihren Beträgen gebraucht.',
      });
    f.push(...leistungszeitraumFehler(e.leistungszeitraeume ?? []));
    return f;
  },
  berechne(e) {
    const b = new Begruendung();
    const stand = datum(e.rechtsstand ?? e.eingangErstattungsantrag);
    const mitEgh = stand >= datum(rechtsstaende.sgb10TraegerEingliederungshilfe);
    const mitSozialerEntschaedigung = stand >= datum(sozialeEntschaedigungAb);
    const norm108 = `§ 108 Abs. 2 Satz 1 SGB X${mitEgh ? '' : ' a.F.'}`;
    const satz = wertAmOderFehler(parameter.zinssatzErstattung, stand).wert;
    // § 44 Abs. 3 Satz 1 SGB I: verzinst werden volle Euro-Beträge (abgerundet).
    const basisEuro = Math.floor(e.forderungCent / 100);

    b.norm(
      `§ 108 Abs. 2 SGB X${mitEgh ? '' : ' a.F.'}`,
      `Ein Erstattungsanspruch der ${fuersorgetraegerText(mitEgh, mitSozialerEntschaedigung)} ist von anderen Leistungsträgern auf Antrag mit ${satz} % zu verzinsen; § 44 Abs. 3 SGB I findet Anwendung, § 16 SGB I gilt nicht (Satz 3).`,
    );
    let zinspflichtig = true;
    if (!istFuersorgetraeger(e.glaeubigerArt)) {
      zinspflichtig = false;
      b.norm(norm108, `Gläubiger ist „${traegerNamen[e.glaeubigerArt]}“; die Vorschrift begünstigt nur die genannten Träger.`);
    } else if (!mitEgh && e.glaeubigerArt === 'egh')
      b.hinweis(
        'EGH_ALS_SOZIALHILFE',
        'Vor 2020 nannte § 108 Abs. 2 SGB X die Eingliederungshilfe nicht; sie war Sozialhilfe (SGB XII Kapitel 6), ihr Träger ist daher als Träger der Sozialhilfe begünstigt. Das Datum der Änderung (01.01.2020) ist nicht amtlich geprüft.',
      );
    else if (mitSozialerEntschaedigung && e.glaeubigerArt === 'kriegsopferfuersorge')
      b.hinweis(
        'KRIEGSOPFERFUERSORGE_UMBENANNT',
        `Seit dem ${deutschesDatum(datum(sozialeEntschaedigungAb))} nennt § 108 Abs. 2 SGB X statt der Kriegsopferfürsorge die Träger der Sozialen Entschädigung (soweit sie Besondere Leistungen im Einzelfall erbringen) und der Soldatenentschädigung; gerechnet ist wie für diese Träger.`,
      );
    else if (!mitSozialerEntschaedigung && e.glaeubigerArt === 'sozialeEntschaedigung')
      b.hinweis(
        'SOZIALE_ENTSCHAEDIGUNG_ALS_KRIEGSOPFERFUERSORGE',
        `Vor dem ${deutschesDatum(datum(sozialeEntschaedigungAb))} nannte § 108 Abs. 2 SGB X die Träger der Kriegsopferfürsorge; der Träger der Sozialen Entschädigung ist als solcher begünstigt.`,
      );
    if (istFuersorgetraeger(e.schuldnerArt)) {
      zinspflichtig = false;
      b.norm(
        'BSG, Urteil vom 02.02.2010 – B 8 SO 22/08 R',
        `Schuldner ist „${traegerNamen[e.schuldnerArt]}“. Die Verzinsungspflicht gilt nur gegenüber „anderen“ Leistungsträgern, nicht unter den begünstigten Trägern selbst (ebenso BVerwG, Urteil vom 22.02.2001 – 5 C 34.00; LSG Niedersachsen-Bremen, Urteil vom 22.03.2007 – L 8 SO 38/06: nur Prozesszinsen ab Rechtshängigkeit; Haufe/Jansen § 108 SGB X Rz. 2).`,
      );
      const zinsenJeMonat = zinsenInCent(basisEuro, satz, 1);
      b.rechtsfrage(
        'ZINSEN_UNTER_FUERSORGETRAEGERN',
        `Ist „${traegerNamen[e.schuldnerArt]}“ als Schuldner ein „anderer Leistungsträger“ im Sinne des § 108 Abs. 2 SGB X? Angewandt ist die Rechtsprechung zu den Sozialhilfeträgern (BSG, Urteil vom 02.02.2010 – B 8 SO 22/08 R; LSG Niedersachsen-Bremen, Urteil vom 22.03.2007 – L 8 SO 38/06): unter den begünstigten Trägern selbst keine Zinsen nach § 108 Abs. 2 SGB X, nur Prozesszinsen entsprechend § 291 BGB ab Klageerhebung (BVerwG, Urteil vom 22.02.2001 – 5 C 34.00). Für die seit 2020 ausdrücklich genannten Träger der Eingliederungshilfe ist das nicht entschieden. Nach der anderen Lesart wären ${satz} % zu zahlen, ${euro(zinsenJeMonat)} je Zinsmonat auf ${euro(basisEuro * 100)}.`,
      );
    }
    if (!e.zinsantrag) {
      zinspflichtig = false;
      b.norm(norm108, 'Zinsen werden nur auf Antrag gezahlt; ein Zinsantrag liegt nicht vor.');
      b.hinweis('KEIN_ZINSANTRAG', 'Ohne Zinsantrag keine Zinsen (§ 108 Abs. 2 Satz 1 SGB X); der Antrag kann noch gestellt werden.');
    }
    const ergebnisOhne = (): ZinsenErgebnis => ({
      zinspflichtig: false,
      zinsbasisEuro: basisEuro,
      ...ohneZinsen,
      zinstage: 0,
      zinssatzProzent: satz,
      alternativ: ohneZinsen,
      zinsenNr1Cent: null,
      zinsenNr1Monate: null,
    });
    if (!zinspflichtig) return b.ergebnis('zinsen', ergebnisOhne());

    if (stand >= datum(rechtsstaende.sgb9Teil1Neu) && e.glaeubigerArt !== 'sozialhilfe')
      b.norm(
        '§ 16 Abs. 6 SGB IX',
        `Für den Erstattungsanspruch nach § 16 SGB IX eines Trägers der Eingliederungshilfe, der öffentlichen Jugendhilfe oder ${mitSozialerEntschaedigung ? 'der Sozialen Entschädigung und der Soldatenentschädigung' : 'der Kriegsopferfürsorge'} gilt § 108 Abs. 2 SGB X entsprechend.`,
      );
    b.norm('§ 44 Abs. 3 SGB I', 'Verzinst werden volle Euro-Beträge; der Kalendermonat wird mit dreißig Tagen zugrunde gelegt.');
    b.norm('§ 44 Abs. 3 Satz 1 SGB I', `Verzinst werden volle Euro-Beträge: aus ${euro(e.forderungCent)} werden ${euro(basisEuro * 100)}.`);

    const erstattungsantrag = datum(e.eingangErstattungsantrag);
    const untergrenze =
      e.eingangLeistungsantrag !== undefined
        ? { monat: monatsIndex(datum(e.eingangLeistungsantrag)), monate: 6 }
        : { monat: monatsIndex(datum(e.bekanntgabeLeistungsentscheidung ?? e.eingangErstattungsantrag)), monate: 1 };
    if (e.eingangLeistungsantrag !== undefined && e.bekanntgabeLeistungsentscheidung !== undefined)
      b.hinweis(
        'BEKANNTGABE_UNERHEBLICH',
        'Die Bekanntgabe der Entscheidung zählt nur beim Fehlen eines Leistungsantrags (§ 108 Abs. 2 Satz 2 SGB X); maßgebend ist der Eingang des Leistungsantrags.',
      );
    const zahlungsmonat = monatsIndex(datum(e.zahlung));
    const beginn = ersterZinsmonat(erstattungsantrag, untergrenze, false);
    const beginnAlt = ersterZinsmonat(erstattungsantrag, untergrenze, true);
    const nachAntrag = monatsIndex(erstattungsantrag) + 2;
    const lauf = zinslauf(beginn, zahlungsmonat, basisEuro, satz);
    const alternativ = zinslauf(beginnAlt, zahlungsmonat, basisEuro, satz);

    b.norm(
      '§ 108 Abs. 2 Satz 1 Nr. 2 SGB X',
      `Verzinst wird nach Ablauf eines Kalendermonats nach Eingang des vollständigen Erstattungsantrags (${deutschesDatum(erstattungsantrag)}) bis zum Ablauf des Kalendermonats vor der Zahlung (${deutschesDatum(datum(e.zahlung))}). Der Tag des Eingangs zählt nicht mit (§ 26 Abs. 1 SGB X, § 187 Abs. 1 BGB); erst der volle Kalendermonat nach dem Monat des Eingangs (${monatText(nachAntrag - 1)}) muss ablaufen: frühestens ab ${monatText(nachAntrag)}. Der Monat der Zahlung zählt nicht.`,
    );
    const grundUntergrenze =
      e.eingangLeistungsantrag !== undefined
        ? `nach Ablauf von sechs Kalendermonaten nach Eingang des vollständigen Leistungsantrags (${deutschesDatum(datum(e.eingangLeistungsantrag))})`
        : `mangels Leistungsantrags nach Ablauf eines Kalendermonats nach Bekanntgabe der Entscheidung über die Leistung (${deutschesDatum(datum(e.bekanntgabeLeistungsentscheidung ?? e.eingangErstattungsantrag))})`;
    const grenzeMonat = untergrenze.monat + untergrenze.monate + 1;
    b.norm(
      '§ 108 Abs. 2 Satz 2 SGB X',
      `Die Verzinsung beginnt frühestens ${grundUntergrenze}; in gleicher Monatszählung laufen die vollen Kalendermonate nach dem Monat des Ereignisses ab, Zinsen also frühestens ab ${monatText(grenzeMonat)}; ${
        grenzeMonat > nachAntrag ? 'diese Untergrenze ist hier maßgebend' : 'diese Untergrenze wirkt sich hier nicht aus'
      }.`,
    );
    if (e.eingangLeistungsantrag === undefined)
      b.norm(
        '§ 44 Abs. 2 SGB I',
        'Ohne Leistungsantrag (etwa bei Sozialhilfe, die einsetzt, sobald der Träger vom Bedarf erfährt, § 18 SGB XII) beginnt die Verzinsung nach Ablauf eines Kalendermonats nach der Bekanntgabe der Entscheidung über die Leistung (Halbsatz 2); § 108 Abs. 2 Satz 2 SGB X übernimmt diese Regel.',
      );
    b.norm(
      '§ 44 Abs. 3 Satz 2 SGB I',
      lauf.zinsmonate > 0
        ? `Zinsmonate ${monatText(beginn)} bis ${monatText(zahlungsmonat - 1)}: ${lauf.zinsmonate} × 30 = ${lauf.zinsmonate * 30} Tage. ${euro(basisEuro * 100)} × ${satz} % × ${lauf.zinsmonate * 30}/360 = ${euro(lauf.zinsenCent)}.`
        : `Die Zahlung im ${monatText(zahlungsmonat)} liegt nicht nach dem ersten Zinsmonat (${monatText(beginn)}); es fallen keine Zinsen an.`,
    );
    if (lauf.zinsmonate === 0)
      b.hinweis('KEINE_ZINSMONATE', 'Zwischen Zinsbeginn und Zahlung liegt kein voller Kalendermonat; es fallen keine Zinsen an.');
    b.rechtsfrage(
      'ZINSBEGINN_MONATSZAEHLUNG',
      `Wann beginnt die Verzinsung „nach Ablauf eines Kalendermonats nach Eingang“? Angewandt ist: Der Tag des Eingangs zählt nicht mit (§ 26 Abs. 1 SGB X, § 187 Abs. 1 BGB), also muss der volle Kalendermonat nach dem Monat des Eingangs ablaufen – Zinsen ab ${monatText(beginn)}, ${lauf.zinsmonate} Zinsmonate, ${euro(lauf.zinsenCent)}. So der Wortlaut und die Beispiele bei Jansen (§ 108 SGB X Rz. 6) und in der Verwaltungspraxis; das LSG Nordrhein-Westfalen (Urteil vom 20.01.2011 – L 16 KR 185/09, bestätigt durch BSG, Urteil vom 03.11.2011 – B 3 KR 8/11 R) sprach Zinsen ab 01.02.2006 für eine im Dezember 2005 bezahlte Leistung zu. Nach der anderen Lesart ist schon der Monat des Eingangs der „eine Kalendermonat“ (Haufe/Klose § 44 SGB I Rz. 26): Zinsen ab ${monatText(beginnAlt)}, ${alternativ.zinsmonate} Zinsmonate, ${euro(alternativ.zinsenCent)} (gesondert ausgewiesen).`,
    );
    const nr1 =
      e.zinsenNr1 && e.leistungszeitraeume
        ? zinsenNr1Lauf(e.leistungszeitraeume, grenzeMonat, Math.min(beginn, zahlungsmonat), satz)
        : null;
    if (nr1 && e.leistungszeitraeume) {
      const summe = e.leistungszeitraeume.reduce((x, z) => x + z.betragCent, 0);
      b.norm(
        '§ 108 Abs. 2 Satz 1 Nr. 1 SGB X',
        nr1.zinsmonate > 0 && nr1.ersterMonat !== null && nr1.letzterMonat !== null
          ? `Für die Dauer des Erstattungszeitraums: jeder Zeitraum ab dem Kalendermonat nach seinem letzten Leistungstag, bis zum Ende des Erstattungszeitraums, frühestens ab ${monatText(grenzeMonat)} und vor dem ersten Zinsmonat nach Nr. 2. Zinsmonate ${monatText(nr1.ersterMonat)} bis ${monatText(nr1.letzterMonat)} (${nr1.zinsmonate}), Basis je Monat die bis dahin erbrachten Beträge in vollen Euro, zusammen ${euro(nr1.basisSummeEuro * 100)} × ${satz} % × 30/360 = ${euro(nr1.zinsenCent)}.`
          : `Für die Dauer des Erstattungszeitraums fällt kein Zinsmonat an: Kein Zeitraum endet vor dem letzten Monat des Erstattungszeitraums, der zugleich nach der Untergrenze des Satzes 2 (${monatText(grenzeMonat)}) und vor dem ersten Zinsmonat nach Nr. 2 liegt.`,
      );
      if (summe !== e.forderungCent)
        b.hinweis(
          'ZINSEN_NR1_ZEITRAEUME',
          `Die Beträge der Zeiträume (${euro(summe)}) weichen von der Forderung (${euro(e.forderungCent)}) ab; Nr. 1 ist aus den Zeiträumen gerechnet, Nr. 2 aus der Forderung.`,
        );
      b.rechtsfrage(
        'ZINSEN_NR1',
        `Wie sind Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X („für die Dauer des Erstattungszeitraumes“) zu rechnen? Auf welche Beträge und ab welchen Tagen sie laufen, hat kein Gericht entschieden. Angewandt ist: Der Betrag eines Zeitraums gilt mit seinem letzten Leistungstag als erbracht und wird ab dem folgenden Kalendermonat bis zum Ende des Erstattungszeitraums verzinst; Basis je Monat ist die Summe der bis dahin erbrachten Beträge (Haufe/Klose § 44 SGB I Rz. 28); Nr. 1 und Nr. 2 sind getrennte Zinszeiträume (Haufe/Jansen § 108 SGB X Rz. 4). Ergebnis: ${euro(nr1.zinsenCent)} für ${nr1.zinsmonate === 1 ? '1 Zinsmonat' : `${nr1.zinsmonate} Zinsmonate`}. Nach der anderen Lesart gibt es für diese Zeit keine eigenen Zinsen, sondern nur die nach Nr. 2 (${euro(lauf.zinsenCent)}); die Zinsen nach Nr. 1 sind deshalb getrennt ausgewiesen.`,
      );
      b.hinweis('ZINSEN_NR1_LESART', 'Die Zinsen nach Nr. 1 beruhen auf einer rechtlich offenen Lesart; vor der Geltendmachung prüfen.');
    } else {
      b.rechtsfrage(
        'ZINSEN_NR1',
        'Wie sind Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X („für die Dauer des Erstattungszeitraumes“) zu rechnen? Auf welche Beträge und ab welchen Tagen sie laufen, ist ungeklärt; sie sind deshalb nicht berechnet. Auf Wunsch und mit den Leistungszeiträumen rechnet das Regelwerk sie nach einer ausgewiesenen Lesart.',
      );
      b.hinweis(
        'ZINSEN_NR1_NICHT_BERECHNET',
        'Berechnet sind nur die Zinsen nach § 108 Abs. 2 Satz 1 Nr. 2 SGB X; die Zinsen nach Nr. 1 sind rechtlich offen und werden nur auf Wunsch berechnet.',
      );
    }
    return b.ergebnis('zinsen', {
      zinspflichtig: true,
      zinsbasisEuro: basisEuro,
      ...lauf,
      zinstage: lauf.zinsmonate * 30,
      zinssatzProzent: satz,
      alternativ,
      zinsenNr1Cent: nr1 ? nr1.zinsenCent : null,
      zinsenNr1Monate: nr1 ? nr1.zinsmonate : null,
    });
  },
});
