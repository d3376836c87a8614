// Prüfungsart `zinsen`: Verzinsung eines Erstattungsanspruchs nach § 108 Abs. 2 SGB X (i.V.m.
// § 44 Abs. 3 SGB I; für § 16 SGB IX über dessen Abs. 6), recht.md §4.7 und OQ-4.
//
// Gerechnet wird der Zeitraum nach § 108 Abs. 2 Satz 1 Nr. 2 SGB X: volle Kalendermonate nach dem
// Monat des Eingangs des vollständigen Erstattungsantrags und vor dem Monat der Zahlung (Lesart
// Haufe/Klose § 44 SGB I Rz. 26–27), frühestens nach sechs Kalendermonaten ab Eingang des
// Leistungsantrags (Satz 2, gleiche Monatszählung). Die Lesart „erst ein voller Kalendermonat“ wird
// daneben als `alternativ` ausgegeben. Nr. 1 („für die Dauer des Erstattungszeitraumes“) ist nicht
// berechnet (OQ-4).
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro } from '../gemeinsam/geld.ts';
import { parameter, rechtsstaende, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { boolSchema, centSchema, datumSchema, pruefungsSchema } from '../gemeinsam/validierung.ts';
import { type IsoDatum, type Tag, datum, deutschesDatum, isoDatum, kalenderdatum, letzterTagDesMonats, tagAus } from '../kalender/datum.ts';
import { type TraegerArt, fuersorgetraegerText, istFuersorgetraeger, traegerArtSchema, traegerNamen } from './erstattungsanspruch.ts';

export interface ZinsenEingabe {
  art: 'zinsen';
  rechtsstand?: IsoDatum;
  forderungCent: number;
  glaeubigerArt: TraegerArt;
  schuldnerArt: TraegerArt;
  eingangLeistungsantrag?: IsoDatum;
  /** Nur beim Fehlen eines Leistungsantrags (§ 108 Abs. 2 Satz 2 Hs. 2 SGB X). */
  bekanntgabeLeistungsentscheidung?: IsoDatum;
  eingangErstattungsantrag: IsoDatum;
  zahlung: IsoDatum;
  zinsantrag?: boolean;
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
  /** Zusatz (OQ-4): Lesart „nach Ablauf eines vollen Kalendermonats“ — ein Monat weniger. */
  alternativ: Zinslauf;
  /** Zusatz (OQ-4): Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X — nicht berechnet, daher `null`. */
  zinsenNr1Cent: null;
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
 * Erster Zinsmonat. Lesart Klose: „nach Ablauf eines Kalendermonats nach Eingang“ = ab dem Monat nach
 * dem Eingangsmonat; entsprechend beginnt die Verzinsung frühestens im sechsten Monat nach dem Monat
 * des Leistungsantrags (recht.md §4.7 [DESIGN]: gleiche Monatszählung). Die alternative Lesart verlangt
 * jeweils einen vollen Kalendermonat mehr.
 */
export function ersterZinsmonat(erstattungsantrag: Tag, untergrenze: { monat: number; monate: number }, alternativ: boolean): number {
  const zusatz = alternativ ? 1 : 0;
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
    return f;
  },
  berechne(e) {
    const b = new Begruendung();
    const stand = datum(e.rechtsstand ?? e.eingangErstattungsantrag);
    const mitEgh = stand >= datum(rechtsstaende.sgb10TraegerEingliederungshilfe);
    const norm108 = `§ 108 Abs. 2 Satz 1 SGB X${mitEgh ? '' : ' a.F.'}`;
    const satz = wertAmOderFehler(parameter.zinssatzErstattung, stand).wert;
    // § 44 Abs. 3 Satz 1 SGB I: verzinst werden volle Euro-Beträge (abgerundet).
    const basisEuro = Math.floor(e.forderungCent / 100);

    b.norm(
      `§ 108 Abs. 2 SGB X${mitEgh ? '' : ' a.F.'}`,
      `Ein Erstattungsanspruch der ${fuersorgetraegerText(mitEgh)} ist von anderen Leistungsträgern auf Antrag mit ${satz} % zu verzinsen; § 44 Abs. 3 SGB I findet Anwendung, § 16 SGB I gilt nicht (Satz 3).`,
    );
    let zinspflichtig = true;
    if (!istFuersorgetraeger(e.glaeubigerArt)) {
      zinspflichtig = false;
      b.norm(norm108, `Gläubiger ist „${traegerNamen[e.glaeubigerArt]}“; die Vorschrift begünstigt nur die genannten Träger.`);
    } else if (!mitEgh && e.glaeubigerArt === 'egh')
      b.hinweis(
        'EGH_ALS_SOZIALHILFE',
        '[UNVERIFIED] Vor 2020 nannte § 108 Abs. 2 SGB X die Eingliederungshilfe nicht; sie war Sozialhilfe (SGB XII Kapitel 6), ihr Träger ist daher als Träger der Sozialhilfe begünstigt. Das Datum der Änderung (01.01.2020) ist nicht verifiziert.',
      );
    if (istFuersorgetraeger(e.schuldnerArt)) {
      zinspflichtig = false;
      b.norm(
        'BSG, Urteil vom 02.02.2010 – B 8 SO 22/08 R',
        `Schuldner ist „${traegerNamen[e.schuldnerArt]}“. Die Verzinsungspflicht gilt nur gegenüber „anderen“ Leistungsträgern, nicht unter den begünstigten Trägern selbst (ebenso BVerwG, Urteil vom 22.02.2001 – 5 C 34.00; Haufe/Jansen § 108 SGB X Rz. 2).`,
      );
      b.rechtsfrage(
        'OQ-4',
        `Ob „${traegerNamen[e.schuldnerArt]}“ als Schuldner ein „anderer Leistungsträger“ im Sinne des § 108 Abs. 2 SGB X ist, ist für die seit 2020 ausdrücklich genannten Träger der Eingliederungshilfe nicht geklärt; gerechnet ist ohne Zinsen nach der Rechtsprechung zu den Sozialhilfeträgern. Prozesszinsen entsprechend § 291 BGB bleiben möglich (BVerwG, Urteil vom 22.02.2001 – 5 C 34.00).`,
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
    });
    if (!zinspflichtig) return b.ergebnis('zinsen', ergebnisOhne());

    if (stand >= datum(rechtsstaende.sgb9Teil1Neu) && e.glaeubigerArt !== 'sozialhilfe')
      b.norm(
        '§ 16 Abs. 6 SGB IX',
        'Für den Erstattungsanspruch nach § 16 SGB IX eines Trägers der Eingliederungshilfe, der öffentlichen Jugendhilfe oder der Kriegsopferfürsorge gilt § 108 Abs. 2 SGB X entsprechend.',
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
    const nachAntrag = monatsIndex(erstattungsantrag) + 1;
    const lauf = zinslauf(beginn, zahlungsmonat, basisEuro, satz);
    const alternativ = zinslauf(beginnAlt, zahlungsmonat, basisEuro, satz);

    b.norm(
      '§ 108 Abs. 2 Satz 1 Nr. 2 SGB X',
      `Verzinst wird nach Ablauf eines Kalendermonats nach Eingang des vollständigen Erstattungsantrags (${deutschesDatum(erstattungsantrag)}) bis zum Ablauf des Kalendermonats vor der Zahlung (${deutschesDatum(datum(e.zahlung))}). Der Monat des Eingangs und der Monat der Zahlung zählen nicht (Haufe/Klose § 44 SGB I Rz. 26–27): frühestens ab ${monatText(nachAntrag)}.`,
    );
    const grundUntergrenze =
      e.eingangLeistungsantrag !== undefined
        ? `nach Ablauf von sechs Kalendermonaten nach Eingang des vollständigen Leistungsantrags (${deutschesDatum(datum(e.eingangLeistungsantrag))})`
        : `mangels Leistungsantrags nach Ablauf eines Kalendermonats nach Bekanntgabe der Entscheidung über die Leistung (${deutschesDatum(datum(e.bekanntgabeLeistungsentscheidung ?? e.eingangErstattungsantrag))})`;
    const grenzeMonat = untergrenze.monat + untergrenze.monate;
    b.norm(
      '§ 108 Abs. 2 Satz 2 SGB X',
      `Die Verzinsung beginnt frühestens ${grundUntergrenze}, in gleicher Monatszählung ab ${monatText(grenzeMonat)}; ${
        grenzeMonat > nachAntrag ? 'diese Untergrenze ist hier maßgebend' : 'diese Untergrenze wirkt sich hier nicht aus'
      }.`,
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
      'OQ-4',
      `Monatszählung: Nach der Lesart „erst nach Ablauf eines vollen Kalendermonats“ beginnen die Zinsen einen Monat später (${monatText(beginnAlt)}): ${alternativ.zinsmonate} Zinsmonate, ${euro(alternativ.zinsenCent)} (Feld „alternativ“).`,
    );
    b.rechtsfrage(
      'OQ-4',
      'Zinsen nach § 108 Abs. 2 Satz 1 Nr. 1 SGB X („für die Dauer des Erstattungszeitraumes“) sind nicht berechnet: Auf welche Beträge und ab welchen Tagen sie laufen, ist ungeklärt (Feld „zinsenNr1Cent“ ist null).',
    );
    b.hinweis(
      'ZINSEN_NR1_NICHT_BERECHNET',
      'Berechnet sind nur die Zinsen nach § 108 Abs. 2 Satz 1 Nr. 2 SGB X; Nr. 1 ist offen (recht.md §4.7, OQ-4).',
    );
    return b.ergebnis('zinsen', {
      zinspflichtig: true,
      zinsbasisEuro: basisEuro,
      ...lauf,
      zinstage: lauf.zinsmonate * 30,
      zinssatzProzent: satz,
      alternativ,
      zinsenNr1Cent: null,
    });
  },
});
