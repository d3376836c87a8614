// Wer ist in welchem Land Träger der Eingliederungshilfe (§ 94 Abs. 1 SGB IX), wer Träger der
// Sozialhilfe und der Jugendhilfe, und wer wird zur Durchführung herangezogen?
//
// Quelle der Tabelle: shared/domain/traeger-laender.md (Rechercheauszug 2026). Jede Zeile sagt,
// ob sie an einer gelesenen Fundstelle geprüft ist (`geprueft`). Ungeprüfte Zeilen bleiben Daten,
// die der Plattformbetrieb im Register berichtigen kann; die Oberfläche zeigt ihre Fundstelle.
//
// Aufbau wie in OpenFisca: je Land eine datierte Liste von Modellen ({gueltigAb, …}); eine
// Rechtsänderung ist eine neue Zeile neben der alten, keine Verzweigung im Code.
import { datum, deutschesDatum } from '../kalender/datum.ts';
import { type Land, landesnamen } from '../kalender/feiertage.ts';

/** Die Rollen, die eine Körperschaft im Register haben kann. */
export type Rolle = 'eingliederungshilfe' | 'sozialhilfe' | 'jugendhilfe' | 'herangezogen';
export type Ebene = 'oertlich' | 'ueberoertlich';
/** Für wen eine Rolle gilt. */
export type Personenkreis = 'alle' | 'kinderUndSchule' | 'erwachsene';
/** Leistungsbereiche, an denen in Nordrhein-Westfalen die Zuständigkeit für Kinder hängt. */
export type Leistungsbereich =
  'tagUndNacht' | 'pflegefamilie' | 'heilpaedagogischeTagesstaette' | 'kita' | 'kindertagespflege' | 'fruehfoerderung';

export const leistungsbereiche: readonly Leistungsbereich[] = [
  'tagUndNacht',
  'pflegefamilie',
  'heilpaedagogischeTagesstaette',
  'kita',
  'kindertagespflege',
  'fruehfoerderung',
];

export const leistungsbereichNamen: Record<Leistungsbereich, string> = {
  tagUndNacht: 'Leistungen über Tag und Nacht (§ 27c SGB XII)',
  pflegefamilie: 'Leistungen in einer Pflegefamilie (§ 80 SGB IX)',
  heilpaedagogischeTagesstaette: 'heilpädagogische Tagesstätte',
  kita: 'Kindertageseinrichtung',
  kindertagespflege: 'Kindertagespflege',
  fruehfoerderung: 'Frühförderung',
};

export const rollenNamen: Record<Rolle, string> = {
  eingliederungshilfe: 'Träger der Eingliederungshilfe',
  sozialhilfe: 'Träger der Sozialhilfe',
  jugendhilfe: 'Träger der öffentlichen Jugendhilfe',
  herangezogen: 'zur Durchführung herangezogen',
};

export const personenkreisNamen: Record<Personenkreis, string> = {
  alle: 'für alle Altersgruppen',
  kinderUndSchule: 'für Kinder und Jugendliche bis zum Ende der Schulzeit',
  erwachsene: 'für Erwachsene',
};

/** Eine datierte Rolle einer Körperschaft im Register. */
export interface TraegerRolle {
  rolle: Rolle;
  ebene: Ebene;
  personen: Personenkreis;
  /** Leistungsbereiche, für die die Rolle trotz des Personenkreises nicht gilt. */
  ausgenommen?: Leistungsbereich[];
  /** Gilt die Rolle nur für diese Leistungsbereiche (NRW: LVR/LWL für Kinder)? */
  nur?: Leistungsbereich[];
  /** Bei `herangezogen`: für welchen Träger (Kennung im Register) die Aufgabe wahrgenommen wird. */
  fuer?: string;
  gueltigAb: string;
  gueltigBis?: string;
  /** Die Norm, wie ein Jurist sie zitiert. */
  grundlage: string;
  /** Öffentliche Fundstelle, an der die Zeile geprüft wurde (oder die Angabe, dass sie fehlt). */
  fundstelle: string;
  geprueft: boolean;
}

/** Beginn der Eingliederungshilfe als Teil 2 des SGB IX (Art. 26 Abs. 4 BTHG). */
export const EGH_IM_SGB_IX = '2020-01-01';
/** Inkrafttreten des SGB XII. */
const SGB_XII = '2005-01-01';

type Modellart =
  /** Die Kreise und kreisfreien Städte für alle Altersgruppen. */
  | 'oertlich'
  /** Ein überörtlicher Träger für alle Altersgruppen (je Gebiet, z. B. die Bezirke). */
  | 'ueberoertlich'
  /** Kinder und Jugendliche bis zum Ende der Schulzeit beim örtlichen, Erwachsene beim überörtlichen Träger. */
  | 'lebensabschnitt';

interface LandesModell {
  gueltigAb: string;
  art: Modellart;
  /** Der überörtliche Träger zum Kreis (Kennung im Register). */
  ueberoertlich?: (kreisAgs: string) => string;
  /** Werden die Kreise für den überörtlichen Träger herangezogen (und für wen)? */
  herangezogen?: Personenkreis;
  /** NRW: Leistungsbereiche, für die auch bei Kindern der überörtliche Träger zuständig bleibt. */
  kinderBeimUeberoertlichen?: Leistungsbereich[];
  /** Grenze des Lebensabschnitts in Worten. */
  grenze?: string;
  grundlage: string;
  fundstelle: string;
  geprueft: boolean;
  /** Hinweis zu ungeprüften Einzelheiten (Worte für die Sachbearbeitung). */
  offen?: string;
  /** Ist die Aufteilung zwischen örtlichem und überörtlichem Träger ungeklärt (dann kein bestimmter Träger)? */
  aufteilungOffen?: boolean;
}

const bayerischeBezirke: Record<string, string> = {
  '091': 'bezirk-oberbayern',
  '092': 'bezirk-niederbayern',
  '093': 'bezirk-oberpfalz',
  '094': 'bezirk-oberfranken',
  '095': 'bezirk-mittelfranken',
  '096': 'bezirk-unterfranken',
  '097': 'bezirk-schwaben',
};

/** Der Bezirk folgt aus der dritten Stelle des Kreisschlüssels (Regierungsbezirk). */
export function bezirkZumKreis(kreisAgs: string): string | undefined {
  return bayerischeBezirke[kreisAgs.slice(0, 3)];
}

/** LVR: Regierungsbezirke Düsseldorf und Köln (051, 053); LWL: Münster, Detmold, Arnsberg (055, 057, 059). */
export function landschaftsverbandZumKreis(kreisAgs: string): 'lvr' | 'lwl' | undefined {
  const rb = kreisAgs.slice(0, 3);
  if (rb === '051' || rb === '053') return 'lvr';
  if (rb === '055' || rb === '057' || rb === '059') return 'lwl';
  return undefined;
}

const fest =
  (id: string): ((kreisAgs: string) => string) =>
  () =>
    id;

const FAQ = 'umsetzungsbegleitung-bthg.de, FAQ „Örtlicher und überörtlicher Träger im Gesamtplanverfahren“';

/** Die Modelle der Länder ab 2020 (Träger der Eingliederungshilfe nach § 94 Abs. 1 SGB IX). */
export const landesmodelle: Record<Land, LandesModell[]> = {
  BW: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. § 1 AGSGB IX BW',
      fundstelle: `Der Paritätische, Landesausführungsgesetze (BW, 2018); ${FAQ}`,
      geprueft: true,
    },
  ],
  BY: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'ueberoertlich',
      ueberoertlich: (ags) => bezirkZumKreis(ags) ?? 'bezirk-oberbayern',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. Art. 66d AGSG',
      fundstelle: `bagues.de, Landesausführungsgesetze; consozial.de; ${FAQ}`,
      geprueft: true,
      offen: 'Ob für einzelne Leistungen (etwa Frühförderung oder Schulbegleitung) Ausnahmen gelten, ist nicht geprüft.',
    },
  ],
  BE: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Berliner Ausführungsrecht',
      fundstelle: 'ligaberlin.de (Ausführungsvorschriften Eingliederungshilfe, 2020); die Trägerschaft selbst ist nicht geprüft',
      geprueft: false,
      offen: 'Träger ist das Land Berlin; die Bezirksämter bearbeiten die Fälle (Teilhabefachdienste).',
    },
  ],
  BB: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      // Das Land (LASV) ist daneben überörtlicher Träger; welche Aufgaben es hat, ist offen.
      ueberoertlich: fest('lasv-bb'),
      aufteilungOffen: true,
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. § 2 AG-SGB IX Bbg',
      fundstelle: 'umsetzungsbegleitung-bthg.de; die Aufteilung zwischen Land und Kreisen ist nicht geprüft',
      geprueft: false,
      offen:
        'Das Land (Landesamt für Soziales und Versorgung) ist überörtlicher Träger; wie die Aufgaben zwischen ihm und den Landkreisen und kreisfreien Städten verteilt sind, ist nicht geprüft.',
    },
  ],
  HB: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Bremischen Ausführungsrecht',
      fundstelle: 'keine gelesene Fundstelle',
      geprueft: false,
    },
  ],
  HH: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Hamburgischen Ausführungsrecht',
      fundstelle: 'kobinet-nachrichten.org vom 15.05.2022 (Sozialbehörde als Mitglied der BAGüS)',
      geprueft: false,
    },
  ],
  HE: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'lebensabschnitt',
      ueberoertlich: fest('lwv-he'),
      grenze: 'bis zum Ende der Schulzeit',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Hessischen Ausführungsgesetz zum SGB IX',
      fundstelle: `${FAQ}; kobinet-nachrichten.org`,
      geprueft: true,
      offen: 'Die genaue Grenze zwischen Kreis und Landeswohlfahrtsverband (Alter oder Ende der Schulzeit) ist nicht geprüft.',
    },
  ],
  MV: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Landesausführungsgesetz SGB IX M-V',
      fundstelle: FAQ,
      geprueft: true,
    },
  ],
  NI: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'lebensabschnitt',
      ueberoertlich: fest('ls-ni'),
      herangezogen: 'erwachsene',
      grenze:
        'bis zum Ende des Monats, in dem das 18. Lebensjahr vollendet wird, oder bis zum Ende der Schulzeit (allgemeinbildende Schule, Tagesbildungsstätte), wenn diese später endet',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. §§ 2, 3 Nds. AG SGB IX/XII',
      fundstelle: 'Nds. AG SGB IX/XII vom 24.10.2019, §§ 2, 3 (voris); umsetzungsbegleitung-bthg.de, bthg-niedersachsen',
      geprueft: true,
    },
  ],
  NW: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'lebensabschnitt',
      ueberoertlich: (ags) => landschaftsverbandZumKreis(ags) ?? 'lvr',
      kinderBeimUeberoertlichen: [
        'tagUndNacht',
        'pflegefamilie',
        'heilpaedagogischeTagesstaette',
        'kita',
        'kindertagespflege',
        'fruehfoerderung',
      ],
      grenze: 'bis zum Ende der Schulzeit (allgemeine Schule oder Förderschule, höchstens bis zum Ende der Sekundarstufe II)',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. § 1 AG-SGB IX NRW',
      fundstelle: 'AG-SGB IX NRW vom 21.07.2018 i. d. F. vom 13.04.2022, § 1; LVR-Beratungskompass',
      geprueft: true,
    },
  ],
  RP: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'lebensabschnitt',
      ueberoertlich: fest('lsjv-rp'),
      grenze: 'bis zum Ende der Schulzeit',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem AGSGB IX Rheinland-Pfalz',
      fundstelle: FAQ,
      geprueft: false,
      offen: 'Das Modell ist belegt, die Grenze zwischen den Lebensabschnitten und die Behördennamen sind nicht geprüft.',
    },
  ],
  SL: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'ueberoertlich',
      ueberoertlich: fest('las-sl'),
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Saarländischen Ausführungsrecht',
      fundstelle: FAQ,
      geprueft: true,
      offen: 'Der Name der Behörde (Landesamt für Soziales) ist nicht geprüft.',
    },
  ],
  SN: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'lebensabschnitt',
      ueberoertlich: fest('ksv-sn'),
      grenze: 'bis zum Ende der Schulzeit',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Sächsischen Ausführungsrecht',
      fundstelle: FAQ,
      geprueft: true,
      offen: 'Die Altersgrenze zwischen Kreis und Kommunalem Sozialverband ist nicht geprüft.',
    },
  ],
  ST: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'ueberoertlich',
      ueberoertlich: fest('sozialagentur-st'),
      herangezogen: 'alle',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Ausführungsrecht Sachsen-Anhalts',
      fundstelle: FAQ,
      geprueft: false,
      offen:
        'Belegt ist, dass die Landkreise und kreisfreien Städte nach Weisung des überörtlichen Trägers arbeiten; wer rechtlich Träger ist, ist nicht geprüft.',
    },
  ],
  SH: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem AG-SGB IX Schleswig-Holstein',
      fundstelle: FAQ,
      geprueft: true,
    },
  ],
  TH: [
    {
      gueltigAb: EGH_IM_SGB_IX,
      art: 'oertlich',
      grundlage: '§ 94 Abs. 1 SGB IX i. V. m. dem Thüringer Ausführungsgesetz',
      fundstelle: FAQ,
      geprueft: true,
    },
  ],
};

/** Die überörtlichen Sozialhilfeträger (bis 2019 auch für die Eingliederungshilfe) je Land. */
const ueberoertlicheSozialhilfe: Partial<Record<Land, { id: (ags: string) => string; grundlage: string; geprueft: boolean }>> = {
  BY: { id: (ags) => bezirkZumKreis(ags) ?? 'bezirk-oberbayern', grundlage: 'Art. 81 AGSG', geprueft: true },
  NW: { id: (ags) => landschaftsverbandZumKreis(ags) ?? 'lvr', grundlage: '§ 1 AG-SGB XII NRW', geprueft: false },
  BW: { id: fest('kvjs-bw'), grundlage: '§ 1 AGSGB XII BW', geprueft: false },
  HE: { id: fest('lwv-he'), grundlage: '§ 1 HAG/SGB XII', geprueft: false },
  NI: { id: fest('ls-ni'), grundlage: '§ 2 Nds. AG SGB IX/XII', geprueft: false },
  RP: { id: fest('lsjv-rp'), grundlage: '§ 2 AGSGB XII RP', geprueft: false },
  SL: { id: fest('las-sl'), grundlage: 'AG SGB XII Saarland', geprueft: false },
  SN: { id: fest('ksv-sn'), grundlage: '§ 13 SächsAGSGB', geprueft: false },
  ST: { id: fest('sozialagentur-st'), grundlage: 'AG SGB XII Sachsen-Anhalt', geprueft: false },
  TH: { id: fest('tlvwa-th'), grundlage: 'ThürAGSGB XII', geprueft: false },
  MV: { id: fest('ksv-mv'), grundlage: 'SGB XII-AG M-V', geprueft: false },
  SH: { id: fest('land-sh'), grundlage: 'AG-SGB XII Schleswig-Holstein', geprueft: false },
  BB: { id: fest('lasv-bb'), grundlage: 'AG-SGB XII Brandenburg', geprueft: false },
};

/** Die Stadtstaaten sind ein Kreis im Register und zugleich Land. */
const stadtstaaten: readonly Land[] = ['BE', 'HH'];

function modellAm(land: Land, stichtag: string): LandesModell | undefined {
  let gefunden: LandesModell | undefined;
  for (const m of landesmodelle[land]) if (m.gueltigAb <= stichtag) gefunden = m;
  return gefunden;
}

export interface EghTraegerFrage {
  land: Land;
  /** Kreisschlüssel (AGS, fünf Stellen) des Kreises oder der kreisfreien Stadt. */
  kreisAgs: string;
  stichtag: string;
  /** Lebensabschnitt der leistungsberechtigten Person; nötig, wo das Land danach unterscheidet. */
  lebensabschnitt?: 'kindOderSchule' | 'erwachsen';
  leistungsbereich?: Leistungsbereich;
}

export type EghTraegerAntwort =
  | {
      bestimmt: true;
      /** Kennung des Trägers im Register. */
      traegerId: string;
      ebene: Ebene;
      /** Kennung der herangezogenen Körperschaft, die den Fall bearbeitet. */
      herangezogenId?: string;
      grundlage: string;
      fundstelle: string;
      geprueft: boolean;
      /** Die Erklärung für die Sachbearbeitung. */
      text: string;
      offen?: string;
    }
  | {
      bestimmt: false;
      /** Welche Angabe fehlt: der Lebensabschnitt, ein Zeitraum ab 2020 oder geprüftes Landesrecht. */
      fehlt: 'lebensabschnitt' | 'zeitraum' | 'landesrecht';
      text: string;
      /** Die möglichen Träger je nach der fehlenden Angabe. */
      moeglich: { wenn: string; traegerId: string }[];
    };

/**
 * Der Träger der Eingliederungshilfe für eine Person mit gewöhnlichem Aufenthalt im Kreis
 * `kreisAgs` am `stichtag` (ab 01.01.2020, § 94 Abs. 1 SGB IX).
 */
export function eghTraeger(f: EghTraegerFrage): EghTraegerAntwort {
  const m = modellAm(f.land, f.stichtag);
  if (!m || f.stichtag < EGH_IM_SGB_IX)
    return {
      bestimmt: false,
      fehlt: 'zeitraum',
      text: `Vor dem 01.01.2020 war die Eingliederungshilfe Teil der Sozialhilfe; sachlich zuständig war nach § 97 SGB XII a. F. der örtliche Träger, soweit das Landesrecht von ${landesnamen[f.land]} nicht den überörtlichen Träger bestimmte.`,
      moeglich: [],
    };
  const landname = landesnamen[f.land];
  const ueber = m.ueberoertlich?.(f.kreisAgs);
  const beimUeberoertlichen = (text: string) => ({
    bestimmt: true as const,
    traegerId: ueber ?? f.kreisAgs,
    ebene: 'ueberoertlich' as const,
    ...(m.herangezogen && (m.herangezogen === 'alle' || f.lebensabschnitt === 'erwachsen') ? { herangezogenId: f.kreisAgs } : {}),
    grundlage: m.grundlage,
    fundstelle: m.fundstelle,
    geprueft: m.geprueft,
    text,
    ...(m.offen ? { offen: m.offen } : {}),
  });
  const beimKreis = (text: string) => ({
    bestimmt: true as const,
    traegerId: f.kreisAgs,
    ebene: 'oertlich' as const,
    grundlage: m.grundlage,
    fundstelle: m.fundstelle,
    geprueft: m.geprueft,
    text,
    ...(m.offen ? { offen: m.offen } : {}),
  });
  if (m.aufteilungOffen && ueber)
    return {
      bestimmt: false,
      fehlt: 'landesrecht',
      text: m.offen ?? `Wie die Aufgaben in ${landname} zwischen örtlichem und überörtlichem Träger verteilt sind, ist nicht geprüft.`,
      moeglich: [
        { wenn: 'oertlich', traegerId: f.kreisAgs },
        { wenn: 'ueberoertlich', traegerId: ueber },
      ],
    };
  if (m.art === 'oertlich')
    return beimKreis(
      stadtstaaten.includes(f.land)
        ? `In ${landname} ist das Land Träger der Eingliederungshilfe für alle Altersgruppen.`
        : `In ${landname} sind die Landkreise und kreisfreien Städte Träger der Eingliederungshilfe für alle Altersgruppen.`,
    );
  if (m.art === 'ueberoertlich')
    return beimUeberoertlichen(
      m.herangezogen
        ? `In ${landname} ist der überörtliche Träger Träger der Eingliederungshilfe; die Landkreise und kreisfreien Städte bearbeiten die Fälle nach seinen Weisungen.`
        : `In ${landname} ist der überörtliche Träger Träger der Eingliederungshilfe für alle Altersgruppen.`,
    );
  // Lebensabschnittsmodell
  const ausnahme = f.leistungsbereich && m.kinderBeimUeberoertlichen?.includes(f.leistungsbereich);
  if (f.lebensabschnitt === undefined) {
    if (!ueber) return beimKreis(`In ${landname} ist der örtliche Träger zuständig.`);
    return {
      bestimmt: false,
      fehlt: 'lebensabschnitt',
      text: `In ${landname} hängt der Träger der Eingliederungshilfe vom Lebensabschnitt ab: der Landkreis oder die kreisfreie Stadt ${m.grenze ?? 'für Kinder und Jugendliche'}, danach der überörtliche Träger. Geben Sie an, ob die Person noch Kind ist oder zur Schule geht.`,
      moeglich: [
        { wenn: 'kindOderSchule', traegerId: ausnahme ? ueber : f.kreisAgs },
        { wenn: 'erwachsen', traegerId: ueber },
      ],
    };
  }
  if (f.lebensabschnitt === 'erwachsen')
    return beimUeberoertlichen(
      `In ${landname} ist für Erwachsene der überörtliche Träger Träger der Eingliederungshilfe${m.herangezogen ? '; er zieht die Landkreise und kreisfreien Städte zur Durchführung heran' : ''}.`,
    );
  if (ausnahme && f.leistungsbereich)
    return beimUeberoertlichen(
      `In ${landname} bleibt der überörtliche Träger auch für Kinder und Jugendliche zuständig, wenn es um ${leistungsbereichNamen[f.leistungsbereich]} geht.`,
    );
  return beimKreis(
    `In ${landname} sind die Landkreise und kreisfreien Städte Träger der Eingliederungshilfe für Kinder und Jugendliche ${m.grenze ?? ''}.`.replace(
      / \.$/,
      '.',
    ),
  );
}

/** Art der Körperschaft im Register. */
export interface Registereintrag {
  id: string;
  land: Land;
  art: 'oertlich' | 'ueberoertlich' | 'sonstig';
  /** Kreisschlüssel des Gebiets (bei überörtlichen Trägern alle Kreise ihres Gebiets). */
  gebietAgs: string[];
}

const jugendhilfeRolle = (): TraegerRolle => ({
  rolle: 'jugendhilfe',
  ebene: 'oertlich',
  personen: 'alle',
  gueltigAb: '1991-01-01',
  grundlage: '§ 69 Abs. 1 SGB VIII i. V. m. Landesrecht',
  fundstelle: '§ 69 SGB VIII; Landesrecht nicht einzeln geprüft',
  geprueft: false,
});

const oertlicheSozialhilfe = (land: Land): TraegerRolle => ({
  rolle: 'sozialhilfe',
  ebene: 'oertlich',
  personen: 'alle',
  gueltigAb: SGB_XII,
  grundlage: '§ 3 Abs. 2 SGB XII',
  fundstelle: stadtstaaten.includes(land) ? '§ 3 Abs. 2 SGB XII; Landesrecht nicht geprüft' : '§ 3 Abs. 2 Satz 1 SGB XII',
  geprueft: !stadtstaaten.includes(land),
});

/** Die datierten Rollen eines Registereintrags nach der Landestabelle. */
export function rollenFuer(t: Registereintrag): TraegerRolle[] {
  const rollen: TraegerRolle[] = [];
  if (t.art === 'oertlich') {
    const ags = t.id;
    rollen.push(oertlicheSozialhilfe(t.land), jugendhilfeRolle());
    for (const m of landesmodelle[t.land]) {
      const basis = { gueltigAb: m.gueltigAb, grundlage: m.grundlage, fundstelle: m.fundstelle, geprueft: m.geprueft };
      if (m.art === 'oertlich') rollen.push({ rolle: 'eingliederungshilfe', ebene: 'oertlich', personen: 'alle', ...basis });
      else if (m.art === 'lebensabschnitt')
        rollen.push({
          rolle: 'eingliederungshilfe',
          ebene: 'oertlich',
          personen: 'kinderUndSchule',
          ...(m.kinderBeimUeberoertlichen ? { ausgenommen: m.kinderBeimUeberoertlichen } : {}),
          ...basis,
        });
      if (m.herangezogen && m.ueberoertlich)
        rollen.push({ rolle: 'herangezogen', ebene: 'oertlich', personen: m.herangezogen, fuer: m.ueberoertlich(ags), ...basis });
    }
    return rollen;
  }
  if (t.art !== 'ueberoertlich') return rollen;
  const probe = t.gebietAgs[0] ?? '';
  const sh = ueberoertlicheSozialhilfe[t.land];
  if (sh && sh.id(probe) === t.id)
    rollen.push({
      rolle: 'sozialhilfe',
      ebene: 'ueberoertlich',
      personen: 'alle',
      gueltigAb: SGB_XII,
      grundlage: `§ 3 Abs. 3 SGB XII i. V. m. ${sh.grundlage}`,
      fundstelle: sh.geprueft ? 'Art. 81 AGSG' : 'Mitgliederliste der BAGüS; Landesrecht nicht geprüft',
      geprueft: sh.geprueft,
    });
  for (const m of landesmodelle[t.land]) {
    if (!m.ueberoertlich || m.ueberoertlich(probe) !== t.id) continue;
    const basis = { gueltigAb: m.gueltigAb, grundlage: m.grundlage, fundstelle: m.fundstelle, geprueft: m.geprueft };
    if (m.art === 'ueberoertlich') rollen.push({ rolle: 'eingliederungshilfe', ebene: 'ueberoertlich', personen: 'alle', ...basis });
    else if (m.art === 'oertlich')
      // Neben den örtlichen Trägern (Brandenburg): Träger für die Aufgaben, die das Land ihm zuweist.
      rollen.push({ rolle: 'eingliederungshilfe', ebene: 'ueberoertlich', personen: 'alle', ...basis, geprueft: false });
    else if (m.art === 'lebensabschnitt') {
      rollen.push({ rolle: 'eingliederungshilfe', ebene: 'ueberoertlich', personen: 'erwachsene', ...basis });
      if (m.kinderBeimUeberoertlichen)
        rollen.push({
          rolle: 'eingliederungshilfe',
          ebene: 'ueberoertlich',
          personen: 'kinderUndSchule',
          nur: m.kinderBeimUeberoertlichen,
          ...basis,
        });
    }
  }
  return rollen;
}

/** Hat der Eintrag am Stichtag die Rolle (für irgendeinen Personenkreis)? */
export function hatRolle(rollen: readonly TraegerRolle[], rolle: Rolle, stichtag: string): boolean {
  return rollen.some((r) => r.rolle === rolle && r.gueltigAb <= stichtag && (!r.gueltigBis || stichtag <= r.gueltigBis));
}

/** Eine Rolle in Worten, z. B. „Träger der Eingliederungshilfe für Erwachsene (ab 01.01.2020)“. */
export function rolleInWorten(r: TraegerRolle): string {
  const ab = deutschesDatum(datum(r.gueltigAb));
  const bis = r.gueltigBis ? ` bis ${deutschesDatum(datum(r.gueltigBis))}` : '';
  const ebene = r.rolle === 'herangezogen' ? '' : r.ebene === 'ueberoertlich' ? 'überörtlicher ' : 'örtlicher ';
  const name = r.rolle === 'herangezogen' ? rollenNamen.herangezogen : `${ebene}${rollenNamen[r.rolle]}`;
  const nur = r.nur ? ` – nur für ${r.nur.map((l) => leistungsbereichNamen[l]).join(', ')}` : '';
  const ohne = r.ausgenommen ? ` – ausgenommen ${r.ausgenommen.map((l) => leistungsbereichNamen[l]).join(', ')}` : '';
  return `${name} ${personenkreisNamen[r.personen]}${nur}${ohne} (ab ${ab}${bis})`;
}
