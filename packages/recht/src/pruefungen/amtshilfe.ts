// Prüfungsart `amtshilfe`: §§ 3–7 SGB X und die Verwaltungsvereinbarung der BAGüS zur Amtshilfe
// in der Eingliederungshilfe (recht.md §1.1, §1.2, OQ-1). Die Vereinbarung ist Eingabe (Daten des
// Plattformbetriebs), nie Code: ihre Beträge und Aufgaben sind ungeprüft (OQ-1).
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { euro } from '../gemeinsam/geld.ts';
import { parameter, rechtsstaende, wertAmOderFehler } from '../gemeinsam/parameter.ts';
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
import { type IsoDatum, type Tag, datum, deutschesDatum, spaeter } from '../kalender/datum.ts';

export interface Behoerde {
  id: string;
  rechtstraeger: string;
  versicherungstraeger?: boolean;
  /** Erweiterung: die unmittelbare Aufsichtsbehörde (für den Text nach § 4 Abs. 5 SGB X). */
  aufsichtsbehoerde?: string;
}

export interface Mitgliedschaft {
  id: string;
  beitritt: IsoDatum;
  /** Erster Tag ohne Mitgliedschaft [DESIGN]. */
  austritt?: IsoDatum;
}

export interface Vereinbarung {
  gueltigAb: IsoDatum;
  pauschalen: Record<string, number>;
  mitglieder: Mitgliedschaft[];
}

export type Ablehnungsgrund =
  | 'unzweckmaessig'
  | 'andereBehoerdeEinfacher'
  | 'unverhaeltnismaessigerAufwand'
  | 'eigeneAufgabenGefaehrdet'
  | 'rechtlichesHindernis'
  | 'gemeinwohl';

export interface AmtshilfeEingabe {
  art: 'amtshilfe';
  rechtsstand?: IsoDatum;
  ersuchender: Behoerde;
  ersuchter: Behoerde;
  eingangErsuchen: IsoDatum;
  durchfuehrung?: IsoDatum;
  aufgabe: string;
  ersuchterSelbstZustaendig?: boolean;
  weisungsverhaeltnis?: boolean;
  auslagenCent?: number;
  /** Die ersuchte Behörde hat die Auslagen angefordert (§ 7 Abs. 1 Satz 2 SGB X); Standard `true`, wenn Auslagen angegeben sind. */
  auslagenAngefordert?: boolean;
  /** Beide Behörden haben eine gemeinsame fachlich zuständige Aufsichtsbehörde (§ 4 Abs. 5 Satz 2 SGB X). */
  gemeinsameAufsicht?: boolean;
  ablehnungsgrund?: Ablehnungsgrund;
  vereinbarung?: Vereinbarung;
}

/** Wer über die Pflicht zur Amtshilfe entscheidet, wenn die ersuchte Behörde sich nicht für verpflichtet hält (§ 4 Abs. 5 SGB X). */
export type Streitentscheidung = 'gemeinsameAufsicht' | 'aufsichtErsuchte';

export type PauschaleAusschluss =
  | 'keineDurchfuehrung'
  | 'durchfuehrungVorBeginn'
  | 'vereinbarungNochNichtGueltig'
  | 'ersuchenderNichtMitgliedBeiEingang'
  | 'ersuchterNichtMitgliedBeiEingang'
  | 'ersuchenderNichtMitgliedBeiDurchfuehrung'
  | 'ersuchterNichtMitgliedBeiDurchfuehrung'
  | 'keinePauschaleFuerAufgabe';

export interface AmtshilfeErgebnis {
  istAmtshilfe: boolean;
  ablehnungZulaessig: boolean | null;
  /** § 4 Abs. 5 SGB X: wer über einen Streit entscheidet; `null`, wenn kein Streit besteht (kein Ablehnungsgrund). */
  streitentscheidung: Streitentscheidung | null;
  /** Zusatz: dieselbe Regel als Satz für Briefe und Oberfläche; `null` ohne Amtshilfe. */
  streitentscheidungText: string | null;
  erstattungsart: 'pauschale' | 'auslagen' | 'keine';
  erstattungCent: number;
  verwaltungsgebuehrCent: 0;
  // Weitere Felder (über pruefungen.md hinaus):
  /** § 4 Abs. 2 SGB X: die ersuchte Behörde darf nicht helfen; `null` ohne Ablehnungsgrund. */
  ablehnungGeboten: boolean | null;
  /** Schwelle des § 7 Abs. 1 Satz 2 SGB X, wenn nach ihr entschieden wurde. */
  auslagenschwelleCent: number | null;
  /** `null` ohne Vereinbarung in der Eingabe. */
  pauschaleAnwendbar: boolean | null;
  pauschaleAusschlussgruende: PauschaleAusschluss[];
}

const ablehnungsgruende: readonly Ablehnungsgrund[] = [
  'unzweckmaessig',
  'andereBehoerdeEinfacher',
  'unverhaeltnismaessigerAufwand',
  'eigeneAufgabenGefaehrdet',
  'rechtlichesHindernis',
  'gemeinwohl',
];

/** Je Ablehnungsgrund: Norm, zulässig, geboten, Begründung (§ 4 Abs. 2–4 SGB X). */
const ablehnungsregeln: Record<Ablehnungsgrund, { norm: string; zulaessig: boolean; geboten: boolean; text: string }> = {
  unzweckmaessig: {
    norm: '§ 4 Abs. 4 SGB X',
    zulaessig: false,
    geboten: false,
    text: 'Die ersuchte Behörde darf die Hilfe nicht verweigern, weil sie die mit der Amtshilfe zu verwirklichende Maßnahme für unzweckmäßig hält; über die Zweckmäßigkeit entscheidet die ersuchende Behörde (§ 6 Abs. 2 Satz 1 SGB X). Die Ablehnung ist unzulässig, die Hilfe ist zu leisten.',
  },
  andereBehoerdeEinfacher: {
    norm: '§ 4 Abs. 3 Nr. 1 SGB X',
    zulaessig: true,
    geboten: false,
    text: 'Die ersuchte Behörde braucht nicht zu helfen, wenn eine andere Behörde die Hilfe wesentlich einfacher oder mit wesentlich geringerem Aufwand leisten kann. Der Grund ist zulässig, wenn er tatsächlich vorliegt; die ersuchte Behörde darf trotzdem helfen.',
  },
  unverhaeltnismaessigerAufwand: {
    norm: '§ 4 Abs. 3 Nr. 2 SGB X',
    zulaessig: true,
    geboten: false,
    text: 'Die ersuchte Behörde braucht nicht zu helfen, wenn sie die Hilfe nur mit unverhältnismäßig großem Aufwand leisten könnte. Der Grund ist zulässig, wenn er tatsächlich vorliegt; die Verwaltungsvereinbarung der BAGüS soll gerade diesen Einwand durch eine pauschale Auslagenerstattung ausräumen (Rundschreiben des LASV Brandenburg Nr. 08/2024).',
  },
  eigeneAufgabenGefaehrdet: {
    norm: '§ 4 Abs. 3 Nr. 3 SGB X',
    zulaessig: true,
    geboten: false,
    text: 'Die ersuchte Behörde braucht nicht zu helfen, wenn sie unter Berücksichtigung der Aufgaben der ersuchenden Behörde durch die Hilfe die Erfüllung ihrer eigenen Aufgaben ernstlich gefährden würde (etwa bei Personalmangel). Der Grund ist zulässig, wenn er tatsächlich vorliegt.',
  },
  rechtlichesHindernis: {
    norm: '§ 4 Abs. 2 Satz 1 Nr. 1 SGB X',
    zulaessig: true,
    geboten: true,
    text: 'Die ersuchte Behörde darf die Hilfe nicht leisten, wenn sie dazu aus rechtlichen Gründen nicht in der Lage ist (etwa weil eine Übermittlung von Sozialdaten unzulässig wäre, §§ 67b, 69, 76 SGB X). Sie muss ablehnen.',
  },
  gemeinwohl: {
    norm: '§ 4 Abs. 2 Satz 1 Nr. 2 SGB X',
    zulaessig: true,
    geboten: true,
    text: 'Die ersuchte Behörde darf die Hilfe nicht leisten, wenn dem Wohl des Bundes oder eines Landes dadurch erhebliche Nachteile bereitet würden. Sie muss ablehnen.',
  },
};

const behoerdeSchema = (beschreibung: string): JsonSchema =>
  objekt(
    {
      id: textSchema('Kennung der Behörde (frei gewählt, z. B. „lk-prignitz“)', 100),
      rechtstraeger: textSchema(
        'Rechtsträger der Behörde (z. B. der Landkreis); zwei Stellen desselben Rechtsträgers erstatten keine Auslagen',
        100,
      ),
      versicherungstraeger: boolSchema(
        'Die Behörde ist ein Versicherungsträger (Standard false; Träger der Eingliederungshilfe sind es nie)',
      ),
      aufsichtsbehoerde: textSchema('Unmittelbare Aufsichtsbehörde (optional, für § 4 Abs. 5 SGB X)', 200),
    },
    ['id', 'rechtstraeger'],
    beschreibung,
  );

const vereinbarungSchema = objekt(
  {
    gueltigAb: datumSchema('Beginn der Geltung dieser Fassung der Vereinbarung'),
    pauschalen: {
      type: 'object',
      description: 'Pauschale je Aufgabe in Cent, z. B. {"gesamtplanung": 25000} – Daten des Plattformbetriebs, ungeprüft',
      propertyNames: { type: 'string', minLength: 1, maxLength: 100 },
      additionalProperties: centSchema('Pauschale für diese Aufgabe'),
      maxProperties: 100,
    },
    mitglieder: liste(
      objekt(
        {
          id: textSchema('Kennung der Behörde wie bei ersuchender/ersuchter', 100),
          beitritt: datumSchema('Wirksamkeit des Beitritts'),
          austritt: datumSchema('Erster Tag ohne Mitgliedschaft (optional)'),
        },
        ['id', 'beitritt'],
      ),
      'Beitritte zur Vereinbarung',
      5000,
    ),
  },
  ['gueltigAb', 'pauschalen', 'mitglieder'],
  'Die Fassung der Verwaltungsvereinbarung als Daten',
);

/** Frühester Tag einer Mitgliedschaft: Beitritt frühestens ab 01.01.2025 (SEED-000). */
function beginnDerVereinbarung(): Tag {
  return datum(rechtsstaende.bagues);
}

function istMitglied(v: Vereinbarung, id: string, t: Tag): boolean {
  return v.mitglieder.some(
    (m) => m.id === id && spaeter(datum(m.beitritt), beginnDerVereinbarung()) <= t && (m.austritt === undefined || t < datum(m.austritt)),
  );
}

/** Gründe, aus denen die Pauschale nicht gilt (leer: sie gilt), recht.md §1.1 [DESIGN]. */
function pauschaleAusschluss(e: AmtshilfeEingabe, v: Vereinbarung): PauschaleAusschluss[] {
  const gruende: PauschaleAusschluss[] = [];
  const eingang = datum(e.eingangErsuchen);
  if (!istMitglied(v, e.ersuchender.id, eingang)) gruende.push('ersuchenderNichtMitgliedBeiEingang');
  if (!istMitglied(v, e.ersuchter.id, eingang)) gruende.push('ersuchterNichtMitgliedBeiEingang');
  if (e.durchfuehrung === undefined) gruende.push('keineDurchfuehrung');
  else {
    const d = datum(e.durchfuehrung);
    if (d < beginnDerVereinbarung()) gruende.push('durchfuehrungVorBeginn');
    if (d < datum(v.gueltigAb)) gruende.push('vereinbarungNochNichtGueltig');
    if (!istMitglied(v, e.ersuchender.id, d)) gruende.push('ersuchenderNichtMitgliedBeiDurchfuehrung');
    if (!istMitglied(v, e.ersuchter.id, d)) gruende.push('ersuchterNichtMitgliedBeiDurchfuehrung');
  }
  if (!Object.hasOwn(v.pauschalen, e.aufgabe)) gruende.push('keinePauschaleFuerAufgabe');
  return gruende;
}

/** Ausschlussgründe, die an ungeprüften Regeln der Vereinbarung hängen (Beitritt, Austritt, Aufgaben; OQ-1). */
const vonOq1AbhaengigeGruende: ReadonlySet<PauschaleAusschluss> = new Set<PauschaleAusschluss>([
  'ersuchenderNichtMitgliedBeiEingang',
  'ersuchterNichtMitgliedBeiEingang',
  'ersuchenderNichtMitgliedBeiDurchfuehrung',
  'ersuchterNichtMitgliedBeiDurchfuehrung',
  'keinePauschaleFuerAufgabe',
]);

const ausschlussTexte: Record<PauschaleAusschluss, (e: AmtshilfeEingabe) => string> = {
  keineDurchfuehrung: () => 'die Amtshilfe ist (noch) nicht durchgeführt; die Pauschale wird nur „im Falle der Durchführung“ gezahlt',
  durchfuehrungVorBeginn: (e) =>
    `die Durchführung am ${deutschesDatum(datum(e.durchfuehrung ?? e.eingangErsuchen))} liegt vor dem ${deutschesDatum(beginnDerVereinbarung())}, dem frühesten Beginn der Vereinbarung`,
  vereinbarungNochNichtGueltig: (e) =>
    `die Fassung der Vereinbarung gilt erst ab ${deutschesDatum(datum(e.vereinbarung?.gueltigAb ?? e.eingangErsuchen))}`,
  ersuchenderNichtMitgliedBeiEingang: (e) => `die ersuchende Behörde „${e.ersuchender.id}“ war beim Eingang des Ersuchens nicht Mitglied`,
  ersuchterNichtMitgliedBeiEingang: (e) => `die ersuchte Behörde „${e.ersuchter.id}“ war beim Eingang des Ersuchens nicht Mitglied`,
  ersuchenderNichtMitgliedBeiDurchfuehrung: (e) => `die ersuchende Behörde „${e.ersuchender.id}“ war bei der Durchführung nicht Mitglied`,
  ersuchterNichtMitgliedBeiDurchfuehrung: (e) => `die ersuchte Behörde „${e.ersuchter.id}“ war bei der Durchführung nicht Mitglied`,
  keinePauschaleFuerAufgabe: (e) => `die Vereinbarung sieht für die Aufgabe „${e.aufgabe}“ keine Pauschale vor`,
};

/** Gibt es eine gemeinsame Aufsichtsbehörde? Angabe vor gleich benannten Aufsichtsbehörden; sonst unbekannt. */
function gemeinsameAufsichtVon(e: Pick<AmtshilfeEingabe, 'ersuchender' | 'ersuchter' | 'gemeinsameAufsicht'>): boolean | undefined {
  if (e.gemeinsameAufsicht !== undefined) return e.gemeinsameAufsicht;
  const a = e.ersuchender.aufsichtsbehoerde;
  const b = e.ersuchter.aufsichtsbehoerde;
  // Gleich benannte Aufsichtsbehörden sind eine gemeinsame; verschiedene schließen eine gemeinsame höhere nicht aus.
  return a && b && a === b ? true : undefined;
}

/** § 4 Abs. 5 Satz 2 SGB X als Wert: die gemeinsame Aufsichtsbehörde, sonst die der ersuchten Behörde. */
export function streitentscheidungWert(e: Pick<AmtshilfeEingabe, 'ersuchender' | 'ersuchter' | 'gemeinsameAufsicht'>): Streitentscheidung {
  return gemeinsameAufsichtVon(e) === true ? 'gemeinsameAufsicht' : 'aufsichtErsuchte';
}

/** Wer über die Pflicht zur Amtshilfe entscheidet (§ 4 Abs. 5 Satz 2 SGB X), als Text. */
export function streitentscheidungText(ersuchender: Behoerde, ersuchter: Behoerde, gemeinsameAufsicht?: boolean): string {
  const a = ersuchender.aufsichtsbehoerde;
  const b = ersuchter.aufsichtsbehoerde;
  const gemeinsam = gemeinsameAufsichtVon({ ersuchender, ersuchter, ...(gemeinsameAufsicht === undefined ? {} : { gemeinsameAufsicht }) });
  if (gemeinsam === true)
    return `Besteht die ersuchende Behörde auf der Amtshilfe, entscheidet die gemeinsame Aufsichtsbehörde${a && a === b ? ` „${a}“` : ' beider Behörden'} über die Verpflichtung zur Amtshilfe (§ 4 Abs. 5 Satz 2 SGB X).`;
  if (gemeinsam === false)
    return `Besteht die ersuchende Behörde auf der Amtshilfe, entscheidet die für die ersuchte Behörde fachlich zuständige Aufsichtsbehörde${b ? ` „${b}“` : ''} über die Verpflichtung zur Amtshilfe, weil die Behörden keine gemeinsame Aufsichtsbehörde haben (§ 4 Abs. 5 Satz 2 SGB X).`;
  if (b)
    return `Besteht die ersuchende Behörde auf der Amtshilfe, entscheidet die gemeinsame Aufsichtsbehörde beider Behörden über die Verpflichtung zur Amtshilfe; besteht keine gemeinsame Aufsichtsbehörde, entscheidet die für die ersuchte Behörde zuständige Aufsichtsbehörde „${b}“ (§ 4 Abs. 5 Satz 2 SGB X).`;
  return 'Besteht die ersuchende Behörde auf der Amtshilfe, entscheidet die gemeinsame Aufsichtsbehörde beider Behörden über die Verpflichtung zur Amtshilfe; besteht keine gemeinsame Aufsichtsbehörde, entscheidet die für die ersuchte Behörde zuständige Aufsichtsbehörde (§ 4 Abs. 5 Satz 2 SGB X).';
}

/** Was § 7 Abs. 1 Satz 2 SGB X ohne Vereinbarung ergäbe (für den Vergleich in der Rechtsfrage). */
function auslagenOhneVereinbarung(e: AmtshilfeEingabe, stichtag: Tag): number {
  const zwischenVersicherungstraegern = e.ersuchender.versicherungstraeger === true && e.ersuchter.versicherungstraeger === true;
  const schwelle = wertAmOderFehler(
    zwischenVersicherungstraegern ? parameter.auslagenschwelleAmtshilfeVersicherungstraeger : parameter.auslagenschwelleAmtshilfe,
    stichtag,
  ).wert;
  const auslagen = e.auslagenCent ?? 0;
  return auslagen > schwelle && (e.auslagenAngefordert ?? e.auslagenCent !== undefined) ? auslagen : 0;
}

export const amtshilfe = pruefungsart<AmtshilfeEingabe, AmtshilfeErgebnis>({
  art: 'amtshilfe',
  titel: 'Amtshilfe: Pflicht, Ablehnung und Kosten',
  normen: '§§ 3–7 SGB X; Verwaltungsvereinbarung der BAGüS zur Amtshilfe (ab 01.01.2025)',
  schema: pruefungsSchema(
    'amtshilfe',
    'Amtshilfe nach §§ 3–7 SGB X',
    {
      ersuchender: behoerdeSchema('Die ersuchende Behörde'),
      ersuchter: behoerdeSchema('Die ersuchte Behörde'),
      eingangErsuchen: datumSchema('Eingang (Zugang) des Ersuchens bei der ersuchten Behörde'),
      durchfuehrung: datumSchema('Tag der Durchführung der Amtshilfe (optional)'),
      aufgabe: textSchema('Aufgabe, z. B. „gesamtplanung“, „bedarfsermittlung“, „gesamtplankonferenz“, „hausbesuch“', 100),
      ersuchterSelbstZustaendig: boolSchema(
        'Die Handlung ist eigene Aufgabe der ersuchten Behörde (§ 3 Abs. 2 Nr. 2 SGB X), etwa weil sie nach § 98 SGB IX selbst zuständig ist',
      ),
      weisungsverhaeltnis: boolSchema('Die Behörden stehen in einem Weisungsverhältnis (§ 3 Abs. 2 Nr. 1 SGB X)'),
      auslagenCent: centSchema('Auslagen der ersuchten Behörde im Einzelfall (optional)'),
      auslagenAngefordert: boolSchema(
        'Die ersuchte Behörde hat die Auslagen angefordert (§ 7 Abs. 1 Satz 2 SGB X); Standard true, wenn Auslagen angegeben sind',
      ),
      gemeinsameAufsicht: boolSchema('Beide Behörden haben eine gemeinsame fachlich zuständige Aufsichtsbehörde (§ 4 Abs. 5 Satz 2 SGB X)'),
      ablehnungsgrund: {
        type: 'string',
        enum: [...ablehnungsgruende],
        description: 'Grund, aus dem die ersuchte Behörde ablehnt (optional)',
      },
      vereinbarung: vereinbarungSchema,
    },
    ['ersuchender', 'ersuchter', 'eingangErsuchen', 'aufgabe'],
  ),
  beispiel: {
    art: 'amtshilfe',
    ersuchender: { id: 'lk-prignitz', rechtstraeger: 'Landkreis Prignitz' },
    ersuchter: { id: 'bezirk-oberbayern', rechtstraeger: 'Bezirk Oberbayern' },
    eingangErsuchen: '2025-03-03',
    durchfuehrung: '2025-03-20',
    aufgabe: 'bedarfsermittlung',
    auslagenCent: 8650,
  },
  pruefeWidersprueche(e) {
    const fehler: Fehler[] = [];
    if (e.ersuchender.id === e.ersuchter.id)
      fehler.push({
        pfad: '/ersuchter/id',
        meldung: 'Ersuchende und ersuchte Behörde sind dieselbe; eine Behörde kann sich nicht selbst um Amtshilfe ersuchen.',
      });
    if (e.durchfuehrung !== undefined && datum(e.durchfuehrung) < datum(e.eingangErsuchen))
      fehler.push({
        pfad: '/durchfuehrung',
        meldung: `Die Durchführung (${deutschesDatum(datum(e.durchfuehrung))}) liegt vor dem Eingang des Ersuchens (${deutschesDatum(datum(e.eingangErsuchen))}).`,
      });
    e.vereinbarung?.mitglieder.forEach((m, i) => {
      if (m.austritt !== undefined && datum(m.austritt) < datum(m.beitritt))
        fehler.push({
          pfad: `/vereinbarung/mitglieder/${i}/austritt`,
          meldung: `Der Austritt (${deutschesDatum(datum(m.austritt))}) liegt vor dem Beitritt (${deutschesDatum(datum(m.beitritt))}).`,
        });
    });
    return fehler;
  },
  berechne(e) {
    const b = new Begruendung();
    const eingang = datum(e.eingangErsuchen);
    const stichtag = datum(e.rechtsstand ?? e.durchfuehrung ?? e.eingangErsuchen);
    const keineKosten = { erstattungsart: 'keine' as const, erstattungCent: 0, verwaltungsgebuehrCent: 0 as const };

    b.norm(
      '§ 3 Abs. 1 SGB X',
      `Jede Behörde leistet anderen Behörden auf Ersuchen ergänzende Hilfe (Amtshilfe). „${e.ersuchender.id}“ ersucht „${e.ersuchter.id}“ um „${e.aufgabe}“; das Ersuchen ist am ${deutschesDatum(eingang)} eingegangen.`,
    );

    // § 3 Abs. 2 SGB X: keine Amtshilfe innerhalb eines Weisungsverhältnisses oder bei eigener Aufgabe.
    const keineAmtshilfe: string[] = [];
    if (e.weisungsverhaeltnis === true) {
      keineAmtshilfe.push('Weisungsverhältnis');
      b.norm(
        '§ 3 Abs. 2 Nr. 1 SGB X',
        'Die Behörden stehen in einem bestehenden Weisungsverhältnis; Hilfe innerhalb dieses Verhältnisses ist keine Amtshilfe, sondern interne Aufgabenerledigung.',
      );
    }
    if (e.ersuchterSelbstZustaendig === true) {
      keineAmtshilfe.push('eigene Aufgabe');
      b.norm(
        '§ 3 Abs. 2 Nr. 2 SGB X',
        `Die erbetene Handlung obliegt der ersuchten Behörde „${e.ersuchter.id}“ als eigene Aufgabe. Das ist keine Amtshilfe: die ersuchte Behörde handelt in eigener Zuständigkeit, das Ersuchen als Amtshilfe ist zurückzuweisen.`,
      );
      const sgb9 = stichtag >= datum(rechtsstaende.eingliederungshilfeSgb9);
      b.norm(
        sgb9 ? '§ 98 Abs. 1 SGB IX' : '§ 98 Abs. 1 SGB XII',
        `Ob die ersuchte Behörde selbst zuständig ist, richtet sich in der Eingliederungshilfe nach der örtlichen Zuständigkeit (${sgb9 ? '§ 98 SGB IX' : '§ 98 SGB XII'}; siehe die Prüfung der örtlichen Zuständigkeit). Nach der Eingabe ist sie es.`,
      );
    }
    if (keineAmtshilfe.length > 0) {
      b.norm(
        '§ 7 Abs. 1 SGB X',
        'Weil keine Amtshilfe vorliegt, gibt es weder eine Pauschale nach der Verwaltungsvereinbarung noch eine Erstattung von Auslagen; eine Verwaltungsgebühr fällt nicht an.',
      );
      if (e.ablehnungsgrund)
        b.hinweis(
          'ABLEHNUNGSGRUND_NICHT_ANWENDBAR',
          'Ein Ablehnungsgrund nach § 4 SGB X ist nicht zu prüfen, weil keine Amtshilfe vorliegt.',
        );
      return b.ergebnis('amtshilfe', {
        istAmtshilfe: false,
        ablehnungZulaessig: null,
        streitentscheidung: null,
        streitentscheidungText: null,
        ...keineKosten,
        ablehnungGeboten: null,
        auslagenschwelleCent: null,
        pauschaleAnwendbar: e.vereinbarung ? false : null,
        pauschaleAusschlussgruende: [],
      });
    }
    b.norm(
      '§ 3 Abs. 2 SGB X',
      'Es besteht kein Weisungsverhältnis zwischen den Behörden, und die erbetene Handlung ist nicht eigene Aufgabe der ersuchten Behörde; es liegt Amtshilfe vor.',
    );

    // § 4 Abs. 2–4 SGB X: Ablehnung.
    let ablehnungZulaessig: boolean | null = null;
    let ablehnungGeboten: boolean | null = null;
    if (e.ablehnungsgrund) {
      const r = ablehnungsregeln[e.ablehnungsgrund];
      ablehnungZulaessig = r.zulaessig;
      ablehnungGeboten = r.geboten;
      b.norm(r.norm, r.text);
      if (r.zulaessig && !r.geboten)
        b.norm(
          '§ 4 Abs. 4 SGB X',
          'Andere als die in § 4 Abs. 3 SGB X genannten Gründe und die Unzweckmäßigkeit der Maßnahme rechtfertigen keine Ablehnung; der genannte Grund gehört zu § 4 Abs. 3 SGB X.',
        );
    }
    const text = streitentscheidungText(e.ersuchender, e.ersuchter, e.gemeinsameAufsicht);
    // Ein Streit über die Pflicht besteht, wenn die ersuchte Behörde einen Ablehnungsgrund geltend macht.
    const streitentscheidung = e.ablehnungsgrund ? streitentscheidungWert(e) : null;
    b.norm(
      '§ 4 Abs. 5 SGB X',
      `Hält die ersuchte Behörde sich zur Hilfe nicht für verpflichtet, teilt sie der ersuchenden Behörde ihre Auffassung mit. ${text}`,
    );
    if (streitentscheidung && gemeinsameAufsichtVon(e) === undefined)
      b.hinweis(
        'GEMEINSAME_AUFSICHT_UNBEKANNT',
        'Ob die Behörden eine gemeinsame Aufsichtsbehörde haben, ist nicht angegeben; angenommen ist, dass keine besteht und die Aufsichtsbehörde der ersuchten Behörde entscheidet – bei Trägern verschiedener Kreise oder Länder der Regelfall.',
      );

    // § 7 Abs. 1 SGB X: Kosten.
    b.norm('§ 7 Abs. 1 Satz 1 SGB X', 'Für die Amtshilfe ist keine Verwaltungsgebühr zu entrichten.');
    const ergebnisOhneKosten = {
      istAmtshilfe: true,
      ablehnungZulaessig,
      streitentscheidung,
      streitentscheidungText: text,
      ablehnungGeboten,
    };
    if (ablehnungGeboten === true && e.durchfuehrung !== undefined)
      b.hinweis(
        'HILFE_TROTZ_VERBOT',
        'Nach der Eingabe wurde die Hilfe durchgeführt, obwohl ein Grund vorliegt, aus dem sie nicht geleistet werden darf (§ 4 Abs. 2 SGB X). Das ist zu prüfen; die Kosten sind unten nach § 7 SGB X berechnet.',
      );
    if (ablehnungZulaessig === true && e.durchfuehrung === undefined) {
      b.norm(
        '§ 7 Abs. 1 Satz 2 SGB X',
        'Die Hilfe wird nach einer zulässigen Ablehnung nicht geleistet; ohne durchgeführte Amtshilfe sind weder Auslagen zu erstatten noch eine Pauschale zu zahlen.',
      );
      return b.ergebnis('amtshilfe', {
        ...ergebnisOhneKosten,
        ...keineKosten,
        auslagenschwelleCent: null,
        pauschaleAnwendbar: e.vereinbarung ? false : null,
        pauschaleAusschlussgruende: e.vereinbarung ? (['keineDurchfuehrung'] as PauschaleAusschluss[]) : [],
      });
    }

    // § 7 Abs. 1 Satz 4 SGB X vor der Vereinbarung [DESIGN]: Satz 3 lässt abweichende Vereinbarungen
    // nur für die Erstattung nach Satz 2 unberührt; innerhalb eines Rechtsträgers gibt es nichts zu erstatten.
    if (e.ersuchender.rechtstraeger === e.ersuchter.rechtstraeger) {
      b.norm(
        '§ 7 Abs. 1 Satz 4 SGB X',
        `Ersuchende und ersuchte Behörde gehören demselben Rechtsträger an („${e.ersuchter.rechtstraeger}“). Leisten Behörden desselben Rechtsträgers einander Amtshilfe, werden die Auslagen nicht erstattet${e.auslagenCent ? ` (hier ${euro(e.auslagenCent)})` : ''}; auch eine Pauschale wird nicht gezahlt.`,
      );
      b.norm(
        '§ 3 Abs. 2 Nr. 1 SGB X',
        'Stehen die beiden Stellen desselben Rechtsträgers zueinander in einem Weisungsverhältnis, liegt schon keine Amtshilfe vor; nach der Eingabe ist das nicht der Fall.',
      );
      return b.ergebnis('amtshilfe', {
        ...ergebnisOhneKosten,
        ...keineKosten,
        auslagenschwelleCent: null,
        pauschaleAnwendbar: e.vereinbarung ? false : null,
        pauschaleAusschlussgruende: [],
      });
    }

    // Die Verwaltungsvereinbarung (§ 7 Abs. 1 Satz 3 SGB X; recht.md §1.1 [DESIGN]).
    let ausschluss: PauschaleAusschluss[] = [];
    if (e.vereinbarung) {
      const v = e.vereinbarung;
      ausschluss = pauschaleAusschluss(e, v);
      const fassung = `Verwaltungsvereinbarung der BAGüS zur Amtshilfe in der Eingliederungshilfe, Fassung ab ${deutschesDatum(datum(v.gueltigAb))}`;
      if (ausschluss.length === 0) {
        const pauschale = v.pauschalen[e.aufgabe] ?? 0;
        const d = datum(e.durchfuehrung ?? e.eingangErsuchen);
        b.norm(
          '§ 7 Abs. 1 Satz 3 SGB X',
          'Abweichende Vereinbarungen über die Kosten der Amtshilfe bleiben unberührt; die Verwaltungsvereinbarung der BAGüS ist eine solche Vereinbarung und geht der Auslagenregel des Satzes 2 vor.',
        );
        b.norm(
          fassung,
          `Beide Behörden waren beim Eingang des Ersuchens (${deutschesDatum(eingang)}) und bei der Durchführung (${deutschesDatum(d)}) Mitglied; die Durchführung liegt nicht vor dem ${deutschesDatum(beginnDerVereinbarung())}. Die ersuchende Behörde zahlt der ersuchten die Pauschale für „${e.aufgabe}“: ${euro(pauschale)}.${
            e.auslagenCent !== undefined ? ` Die tatsächlichen Auslagen (${euro(e.auslagenCent)}) sind damit abgegolten.` : ''
          }`,
        );
        b.rechtsfrage(
          'BAGUES_VEREINBARUNG',
          `Gilt die Pauschale der Verwaltungsvereinbarung so, wie sie erfasst ist? Höhe der Pauschale, erfasste Aufgaben, Einschluss der Reisekosten, Beginn und Ende der Mitgliedschaft (Austritt: hier erster Tag ohne Mitgliedschaft) sind aus dem Text der Vereinbarung nicht geprüft; die Beträge sind Daten des Plattformbetriebs. Angewandt ist die erfasste Pauschale: ${euro(pauschale)}. Ohne die Vereinbarung gälte § 7 Abs. 1 Satz 2 SGB X: ${euro(auslagenOhneVereinbarung(e, stichtag))}.`,
        );
        return b.ergebnis('amtshilfe', {
          ...ergebnisOhneKosten,
          erstattungsart: 'pauschale' as const,
          erstattungCent: pauschale,
          verwaltungsgebuehrCent: 0 as const,
          auslagenschwelleCent: null,
          pauschaleAnwendbar: true,
          pauschaleAusschlussgruende: [],
        });
      }
      b.norm(
        fassung,
        `Die Pauschale gilt nicht: ${ausschluss.map((g) => ausschlussTexte[g](e)).join('; ')}. Es bleibt bei § 7 Abs. 1 Satz 2 SGB X.`,
      );
      const mitgliedschaftEntscheidet = ausschluss.some((g) => vonOq1AbhaengigeGruende.has(g));
      const beteiligteInListe = v.mitglieder.some((m) => m.id === e.ersuchender.id) && v.mitglieder.some((m) => m.id === e.ersuchter.id);
      if (beteiligteInListe && mitgliedschaftEntscheidet)
        b.rechtsfrage(
          'BAGUES_VEREINBARUNG',
          `Gilt die Pauschale der Verwaltungsvereinbarung? Das hängt hier an Beginn oder Ende der Mitgliedschaft oder an den erfassten Aufgaben; Beitritts- und Austrittsregeln und die Aufgabenliste der Vereinbarung sind ungeprüft (Austritt: hier erster Tag ohne Mitgliedschaft). Angewandt ist § 7 Abs. 1 Satz 2 SGB X: ${euro(auslagenOhneVereinbarung(e, stichtag))}. Gälte die Vereinbarung, wäre die Pauschale für „${e.aufgabe}“ zu zahlen: ${euro(v.pauschalen[e.aufgabe] ?? 0)}.`,
        );
      if (v.mitglieder.some((m) => datum(m.beitritt) < beginnDerVereinbarung()))
        b.hinweis(
          'BEITRITT_VOR_BEGINN',
          `Ein Beitritt ist vor dem ${deutschesDatum(beginnDerVereinbarung())} eingetragen; beitreten kann man frühestens ab diesem Tag (Rundschreiben des LASV Brandenburg Nr. 08/2024). Die Mitgliedschaft wird ab diesem Tag gerechnet.`,
        );
    }

    // § 7 Abs. 1 Satz 2 SGB X: Auslagen über 35 € (zwischen Versicherungsträgern 100 €) ganz erstatten.
    const zwischenVersicherungstraegern = e.ersuchender.versicherungstraeger === true && e.ersuchter.versicherungstraeger === true;
    const schwelle = wertAmOderFehler(
      zwischenVersicherungstraegern ? parameter.auslagenschwelleAmtshilfeVersicherungstraeger : parameter.auslagenschwelleAmtshilfe,
      stichtag,
    ).wert;
    const auslagen = e.auslagenCent ?? 0;
    const angefordert = e.auslagenAngefordert ?? e.auslagenCent !== undefined;
    const ueberSchwelle = auslagen > schwelle;
    const erstattet = ueberSchwelle && angefordert;
    b.norm(
      '§ 7 Abs. 1 Satz 2 SGB X',
      `Auslagen sind auf Anforderung zu erstatten, wenn sie im Einzelfall ${euro(schwelle)} übersteigen${zwischenVersicherungstraegern ? ' (Amtshilfe zwischen Versicherungsträgern)' : ''}; dann werden sie ganz erstattet, nicht nur der übersteigende Teil (AOK-Rundschreiben zu § 7 SGB X). ${
        e.auslagenCent === undefined
          ? 'Es sind keine Auslagen angegeben.'
          : `Die Auslagen von ${euro(auslagen)} ${
              erstattet
                ? `übersteigen ${euro(schwelle)} und werden in voller Höhe erstattet`
                : ueberSchwelle
                  ? `übersteigen ${euro(schwelle)}, sind aber nicht angefordert; ohne Anforderung werden sie nicht erstattet`
                  : `übersteigen ${euro(schwelle)} nicht; sie werden nicht erstattet`
            }.`
      }`,
    );
    if (ueberSchwelle && !angefordert)
      b.hinweis(
        'AUSLAGEN_NICHT_ANGEFORDERT',
        'Die Auslagen übersteigen die Schwelle, werden aber nur auf Anforderung der ersuchten Behörde erstattet (§ 7 Abs. 1 Satz 2 SGB X); die Anforderung kann nachgeholt werden.',
      );
    if (erstattet)
      b.hinweis(
        'AUSLAGEN_NUR_AUF_ANFORDERUNG',
        'Die Auslagen werden nur auf Anforderung der ersuchten Behörde erstattet. Auslagen sind z. B. Reisekosten, Tagegelder, Sachverständigenentschädigungen, Übersetzungen, Porto; nicht anteilige Personal- und Sachkosten oder allgemeine Verwaltungskosten.',
      );
    return b.ergebnis('amtshilfe', {
      ...ergebnisOhneKosten,
      erstattungsart: erstattet ? ('auslagen' as const) : ('keine' as const),
      erstattungCent: erstattet ? auslagen : 0,
      verwaltungsgebuehrCent: 0 as const,
      auslagenschwelleCent: schwelle,
      pauschaleAnwendbar: e.vereinbarung ? false : null,
      pauschaleAusschlussgruende: ausschluss,
    });
  },
});
