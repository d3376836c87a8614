// Prüfungsart `datenuebermittlung`: dürfen diese Sozialdaten an den anderen Träger gehen?
// §§ 67b, 67c, 69, 76 SGB X, § 35 SGB I, §§ 23, 117, 119 SGB IX (recht.md §7.2). Entschieden wird
// je Datenart; die übermittelnde Stelle trägt die Verantwortung (§ 67d Abs. 1 SGB X).
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { rechtsstaende } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { type JsonSchema, boolSchema, objekt, pruefungsSchema } from '../gemeinsam/validierung.ts';
import { type IsoDatum, datum, deutschesDatum } from '../kalender/datum.ts';

export type Zweck = 'amtshilfe' | 'erstattung' | 'gesamtplankonferenz' | 'gerichtsverfahren';

export type Datenart = 'stammdaten' | 'gesamtplanziele' | 'arztbericht' | 'begutachtung' | 'einkommen' | 'pflegekasseBeteiligen';

export interface DatenuebermittlungEingabe {
  art: 'datenuebermittlung';
  rechtsstand?: IsoDatum;
  zweck: Zweck;
  daten: Datenart[];
  /**
   * Einwilligung (§ 67b Abs. 2 SGB X): `true` deckt alle Datenarten; eine Liste (Erweiterung)
   * deckt nur die genannten, z. B. Zustimmung zur Konferenz, nicht aber zur Pflegekasse (SC-54).
   */
  einwilligung?: boolean | Datenart[];
  /**
   * Einwilligungen je Zweck (pruefungen.md): Zustimmung zur Gesamtplankonferenz (§ 119 Abs. 1 SGB IX),
   * zur Beteiligung der Pflegekasse (§ 117 Abs. 3 SGB IX) und zur Übermittlung ärztlicher Daten
   * (§ 76 Abs. 1, § 67b Abs. 2 SGB X). Die frühere einzelne `einwilligung: true` bedeutet alle drei.
   */
  einwilligungen?: { gesamtplankonferenz?: boolean; pflegekasse?: boolean; medizinischeDaten?: boolean };
  /** Widerspruch gegen die Übermittlung von Begutachtungsdaten (§ 76 Abs. 2 Nr. 1 SGB X). */
  widerspruch?: boolean;
  /** Die Person wurde zu Beginn des Verfahrens auf ihr Widerspruchsrecht hingewiesen (§ 76 Abs. 2 Nr. 1 Hs. 2 SGB X). */
  aufWiderspruchsrechtHingewiesen?: boolean;
}

export interface Entscheidung {
  daten: Datenart;
  zulaessig: boolean;
  /** Die entscheidende Norm. */
  norm: string;
  begruendung: string;
  /** Worauf die Zulässigkeit beruht; `null`, wenn unzulässig. */
  grundlage: 'gesetz' | 'einwilligung' | null;
}

export interface DatenuebermittlungErgebnis {
  entscheidungen: Entscheidung[];
  /** Nur beim Zweck „gesamtplankonferenz“: darf die Konferenz stattfinden (§ 119 Abs. 1 SGB IX)? */
  konferenzZulaessig: boolean | null;
}

const datenarten: readonly Datenart[] = [
  'stammdaten',
  'gesamtplanziele',
  'arztbericht',
  'begutachtung',
  'einkommen',
  'pflegekasseBeteiligen',
];

const datenartNamen: Record<Datenart, string> = {
  stammdaten: 'Stammdaten (Name, Anschrift, Geburtsdatum, Ansprechperson)',
  gesamtplanziele: 'Ziele des Gesamtplans',
  arztbericht: 'Bericht eines behandelnden Arztes',
  begutachtung: 'Daten aus einer Begutachtung',
  einkommen: 'Einkommensunterlagen',
  pflegekasseBeteiligen: 'Information und Beteiligung der Pflegekasse',
};

const zweckNamen: Record<Zweck, string> = {
  amtshilfe: 'ein Amtshilfeersuchen',
  erstattung: 'die Geltendmachung eines Erstattungsanspruchs',
  gesamtplankonferenz: 'eine Gesamtplankonferenz',
  gerichtsverfahren: 'ein gerichtliches Verfahren, das mit der Erfüllung einer sozialen Aufgabe zusammenhängt',
};

const datenartSchema: JsonSchema = { type: 'string', enum: [...datenarten], description: 'Datenart' };

interface Lage {
  zweck: Zweck;
  eingewilligt: (d: Datenart) => boolean;
  konferenzEinwilligung: boolean;
  widerspruch: boolean;
  /** `undefined`: nicht angegeben. */
  hingewiesen: boolean | undefined;
}

function erlaubt(daten: Datenart, norm: string, begruendung: string, grundlage: 'gesetz' | 'einwilligung'): Entscheidung {
  return { daten, zulaessig: true, norm, begruendung, grundlage };
}

function verboten(daten: Datenart, norm: string, begruendung: string): Entscheidung {
  return { daten, zulaessig: false, norm, begruendung, grundlage: null };
}

const einwilligungText =
  'Die Einwilligung der betroffenen Person (schriftlich oder elektronisch, nach Hinweis auf Zweck, Folgen der Verweigerung und Widerrufbarkeit) deckt diese Übermittlung.';

/** Daten von Ärzten: § 76 Abs. 1 SGB X, Ausnahmen Abs. 2 Nr. 1 (Begutachtung) und Nr. 1a (Erstattung). */
function gesundheitsdaten(d: 'arztbericht' | 'begutachtung', l: Lage): Entscheidung {
  if (l.zweck === 'erstattung')
    return erlaubt(
      d,
      '§ 76 Abs. 2 Nr. 1a SGB X',
      `Die Beschränkung des § 76 Abs. 1 SGB X gilt nicht im Rahmen der Geltendmachung und Durchsetzung eines Erstattungsanspruchs; ${d === 'arztbericht' ? 'der ärztliche Bericht' : 'die Begutachtungsdaten'} darf an den erstattungspflichtigen Träger gehen, soweit er für den Anspruch erforderlich ist (§ 69 Abs. 1 Nr. 1 SGB X).${d === 'begutachtung' && l.widerspruch ? ' Ein Widerspruch nach § 76 Abs. 2 Nr. 1 SGB X hindert das nicht.' : ''}`,
      'gesetz',
    );
  if (l.zweck === 'gesamtplankonferenz' && !l.konferenzEinwilligung)
    return verboten(
      d,
      '§ 119 Abs. 1 SGB IX',
      'Ohne Zustimmung der leistungsberechtigten Person findet keine Gesamtplankonferenz statt; Daten für sie werden nicht übermittelt.',
    );
  if (d === 'begutachtung') {
    if (l.widerspruch)
      return verboten(
        d,
        '§ 76 Abs. 2 Nr. 1 SGB X',
        'Begutachtungsdaten dürften im Rahmen des § 69 Abs. 1 Nr. 1 und 2 SGB X übermittelt werden, aber die betroffene Person hat der Übermittlung widersprochen; damit gilt die Beschränkung des § 76 Abs. 1 SGB X.',
      );
    if (l.hingewiesen === false)
      return verboten(
        d,
        '§ 76 Abs. 2 Nr. 1 Hs. 2 SGB X',
        'Die Ausnahme für Begutachtungsdaten setzt voraus, dass die betroffene Person zu Beginn des Verwaltungsverfahrens in allgemeiner Form schriftlich oder elektronisch auf ihr Widerspruchsrecht hingewiesen wurde; das ist nicht geschehen. Es bleibt bei der Beschränkung des § 76 Abs. 1 SGB X.',
      );
    return erlaubt(
      d,
      '§ 76 Abs. 2 Nr. 1 SGB X',
      `Daten, die im Zusammenhang mit einer Begutachtung wegen der Erbringung von Sozialleistungen übermittelt worden sind, dürfen im Rahmen des § 69 Abs. 1 Nr. 1 und 2 SGB X weitergegeben werden, soweit die betroffene Person nicht widerspricht und die Daten ${l.zweck === 'gerichtsverfahren' ? 'für das gerichtliche Verfahren' : 'für die Aufgabe'} erforderlich sind.`,
      'gesetz',
    );
  }
  if (l.eingewilligt(d))
    return erlaubt(d, '§ 67b Abs. 2 SGB X', `Ärztliche Daten unterliegen § 76 Abs. 1 SGB X. ${einwilligungText}`, 'einwilligung');
  return verboten(
    d,
    '§ 76 Abs. 1 SGB X',
    `Daten, die ein behandelnder Arzt zugänglich gemacht hat, dürfen nur unter den Voraussetzungen übermittelt werden, unter denen der Arzt selbst übermittlungsbefugt wäre. Die Ausnahme für Begutachtungsdaten (§ 76 Abs. 2 Nr. 1 SGB X) greift für einen Behandlungsbericht nicht, die für Erstattungsansprüche (Nr. 1a) nicht bei diesem Zweck${l.zweck === 'gerichtsverfahren' ? ' – betrifft das Verfahren einen Erstattungsanspruch, ist als Zweck „erstattung“ zu wählen (Geltendmachung und Durchsetzung, auch vor Gericht)' : ''}; eine Einwilligung in die Übermittlung ärztlicher Daten liegt nicht vor.`,
  );
}

function entscheide(d: Datenart, l: Lage): Entscheidung {
  // § 117 Abs. 3 Satz 1 SGB IX: die Pflegekasse wird nur mit Zustimmung informiert und beteiligt.
  if (d === 'pflegekasseBeteiligen')
    return l.eingewilligt(d)
      ? erlaubt(
          d,
          '§ 117 Abs. 3 SGB IX',
          'Die leistungsberechtigte Person hat zugestimmt; die Pflegekasse darf informiert und am Gesamtplanverfahren beteiligt werden, soweit es zur Feststellung der Leistungen erforderlich ist.',
          'einwilligung',
        )
      : verboten(
          d,
          '§ 117 Abs. 3 SGB IX',
          'Die Pflegekasse wird nur mit Zustimmung der leistungsberechtigten Person informiert und beteiligt; diese Zustimmung fehlt. Die Pflegekasse wird weder informiert noch beteiligt.',
        );
  if (d === 'arztbericht' || d === 'begutachtung') return gesundheitsdaten(d, l);
  if (l.zweck === 'gesamtplankonferenz') {
    if (!l.konferenzEinwilligung)
      return verboten(
        d,
        '§ 119 Abs. 1 SGB IX',
        'Eine Gesamtplankonferenz darf nur mit Zustimmung der leistungsberechtigten Person durchgeführt werden; sie fehlt, also werden auch keine Daten für die Konferenz übermittelt.',
      );
    if (d === 'einkommen')
      return l.eingewilligt(d)
        ? erlaubt(
            d,
            '§ 23 Abs. 2 SGB IX',
            `Ob die Einkommensunterlagen für den Plan erforderlich sind, steht vor der Konferenz nicht fest; dafür ist die Einwilligung nach § 67b Abs. 2 SGB X einzuholen. ${einwilligungText}`,
            'einwilligung',
          )
        : verboten(
            d,
            '§ 23 Abs. 2 SGB IX',
            'Daten, deren Erforderlichkeit für den Plan vor der Konferenz nicht abschließend bewertet werden kann, dürfen nur mit Einwilligung nach § 67b Abs. 2 SGB X verarbeitet werden; für die Einkommensunterlagen fehlt sie.',
          );
    return erlaubt(
      d,
      '§ 119 Abs. 1 SGB IX',
      `Die leistungsberechtigte Person hat der Gesamtplankonferenz zugestimmt; die ${datenartNamen[d]} sind für die Abstimmung der Leistungen erforderlich (§ 69 Abs. 1 Nr. 1 SGB X).`,
      l.eingewilligt(d) ? 'einwilligung' : 'gesetz',
    );
  }
  if (l.zweck === 'gerichtsverfahren')
    return erlaubt(
      d,
      '§ 69 Abs. 1 Nr. 2 SGB X',
      `Die Übermittlung ist zulässig, soweit sie für die Durchführung eines gerichtlichen Verfahrens erforderlich ist, das mit der Erfüllung einer sozialen Aufgabe zusammenhängt; die ${datenartNamen[d]} dürfen an das Gericht und die Beteiligten gehen, soweit das Verfahren sie braucht.`,
      'gesetz',
    );
  if (d === 'einkommen') {
    if (l.zweck === 'erstattung')
      // [DESIGN] Der Umfang des Erstattungsanspruchs richtet sich nach dem Recht des zuständigen
      // Trägers (§ 105 Abs. 2 SGB X), einschließlich eines Beitrags aus Einkommen; deshalb erforderlich.
      return erlaubt(
        d,
        '§ 69 Abs. 1 Nr. 1 SGB X',
        'Für einen Erstattungsanspruch sind Einkommensangaben erforderlich, soweit der Umfang des Anspruchs nach dem Recht des erstattungspflichtigen Trägers von Einkommen abhängt (§ 105 Abs. 2 SGB X).',
        'gesetz',
      );
    if (l.eingewilligt(d))
      return erlaubt(
        d,
        '§ 67b Abs. 2 SGB X',
        `Für das Amtshilfeersuchen sind Einkommensunterlagen nicht erforderlich. ${einwilligungText}`,
        'einwilligung',
      );
    return verboten(
      d,
      '§ 69 Abs. 1 Nr. 1 SGB X',
      'Übermittelt werden darf nur, was für die Aufgabe erforderlich ist. Für die erbetene Amtshilfe (z. B. ein Gespräch zur Bedarfsermittlung) sind vollständige Einkommensunterlagen nicht erforderlich.',
    );
  }
  return erlaubt(
    d,
    '§ 69 Abs. 1 Nr. 1 SGB X',
    l.zweck === 'amtshilfe'
      ? `Die ${datenartNamen[d]} sind erforderlich, damit die ersuchte Behörde die Aufgabe der ersuchenden Behörde (Gesamtplanung) erfüllen kann; die Verwendung bleibt beim Zweck, für den die Daten erhoben wurden (§ 67c Abs. 1 SGB X).`
      : `Die ${datenartNamen[d]} sind erforderlich, damit der erstattungspflichtige Träger den Anspruch prüfen kann (Person, Leistung, Zeitraum).`,
    'gesetz',
  );
}

export const datenuebermittlung = pruefungsart<DatenuebermittlungEingabe, DatenuebermittlungErgebnis>({
  art: 'datenuebermittlung',
  titel: 'Übermittlung von Sozialdaten an einen anderen Träger',
  normen: '§ 35 SGB I; §§ 67b, 67c, 69, 76 SGB X; §§ 23, 117, 119 SGB IX',
  schema: pruefungsSchema(
    'datenuebermittlung',
    'Datenübermittlung nach §§ 67b, 69, 76 SGB X',
    {
      zweck: {
        type: 'string',
        enum: ['amtshilfe', 'erstattung', 'gesamtplankonferenz', 'gerichtsverfahren'],
        description:
          'Zweck der Übermittlung; „gerichtsverfahren“: ein mit der Aufgabe zusammenhängendes gerichtliches Verfahren (§ 69 Abs. 1 Nr. 2 SGB X)',
      },
      daten: {
        type: 'array',
        items: datenartSchema,
        minItems: 1,
        maxItems: datenarten.length,
        uniqueItems: true,
        description: 'Die zu übermittelnden Datenarten',
      },
      einwilligung: {
        description: 'Einwilligung (§ 67b Abs. 2 SGB X): true für alle Datenarten oder eine Liste der gedeckten Datenarten',
        oneOf: [
          boolSchema('Einwilligung in alle genannten Übermittlungen'),
          {
            type: 'array',
            items: datenartSchema,
            maxItems: datenarten.length,
            uniqueItems: true,
            description: 'Datenarten, die die Einwilligung deckt',
          },
        ],
      },
      einwilligungen: objekt(
        {
          gesamtplankonferenz: boolSchema('Zustimmung zur Gesamtplankonferenz (§ 119 Abs. 1 SGB IX)'),
          pflegekasse: boolSchema('Zustimmung zur Information und Beteiligung der Pflegekasse (§ 117 Abs. 3 SGB IX)'),
          medizinischeDaten: boolSchema('Einwilligung in die Übermittlung ärztlicher Daten (§ 76 Abs. 1, § 67b Abs. 2 SGB X)'),
        },
        [],
        'Einwilligungen je Zweck; statt der früheren einzelnen Einwilligung',
      ),
      widerspruch: boolSchema('Die Person widerspricht der Übermittlung von Begutachtungsdaten (§ 76 Abs. 2 Nr. 1 SGB X)'),
      aufWiderspruchsrechtHingewiesen: boolSchema(
        'Die Person wurde zu Beginn des Verfahrens schriftlich oder elektronisch auf ihr Widerspruchsrecht hingewiesen (§ 76 Abs. 2 Nr. 1 Hs. 2 SGB X)',
      ),
    },
    ['zweck', 'daten'],
  ),
  beispiel: { art: 'datenuebermittlung', zweck: 'amtshilfe', daten: ['stammdaten', 'gesamtplanziele', 'arztbericht', 'einkommen'] },
  pruefeWidersprueche(e) {
    const fehler: Fehler[] = [];
    if (e.widerspruch === true && Array.isArray(e.einwilligung) && e.einwilligung.includes('begutachtung'))
      fehler.push({
        pfad: '/einwilligung',
        meldung:
          'Die Einwilligung nennt die Begutachtungsdaten, obwohl die Person ihrer Übermittlung widersprochen hat (widerspruch: true); bitte klären, was gilt.',
      });
    if (e.einwilligung !== undefined && e.einwilligungen !== undefined)
      fehler.push({
        pfad: '/einwilligungen',
        meldung:
          'Bitte entweder die einzelne Einwilligung (einwilligung) oder die Einwilligungen je Zweck (einwilligungen) angeben, nicht beide.',
      });
    return fehler;
  },
  berechne(e) {
    const b = new Begruendung();
    const einwilligung = e.einwilligung;
    const je = e.einwilligungen ?? {};
    // Einwilligungen je Zweck: Pflegekasse (§ 117 Abs. 3 SGB IX), ärztliche Daten (§ 76 Abs. 1 SGB X),
    // Konferenz (§ 119 Abs. 1 SGB IX, deckt die für den Plan erforderlichen Stamm- und Zieldaten).
    const jeZweck = (d: Datenart): boolean =>
      d === 'pflegekasseBeteiligen'
        ? je.pflegekasse === true
        : d === 'arztbericht' || d === 'begutachtung'
          ? je.medizinischeDaten === true
          : (d === 'stammdaten' || d === 'gesamtplanziele') && e.zweck === 'gesamtplankonferenz' && je.gesamtplankonferenz === true;
    const lage: Lage = {
      zweck: e.zweck,
      eingewilligt: (d) => einwilligung === true || (Array.isArray(einwilligung) && einwilligung.includes(d)) || jeZweck(d),
      konferenzEinwilligung:
        einwilligung === true || (Array.isArray(einwilligung) && einwilligung.length > 0) || je.gesamtplankonferenz === true,
      widerspruch: e.widerspruch === true,
      hingewiesen: e.aufWiderspruchsrechtHingewiesen,
    };

    b.norm(
      '§ 35 SGB I',
      `Sozialdaten dürfen nicht unbefugt verarbeitet werden (Sozialgeheimnis); die Befugnisse regeln das SGB X und die Leistungsgesetze abschließend. Geprüft wird die Übermittlung für ${zweckNamen[e.zweck]}.`,
    );
    b.norm(
      '§ 67d Abs. 1 SGB X',
      'Die übermittelnde Stelle trägt die Verantwortung für die Zulässigkeit der Übermittlung; auf Ersuchen verantwortet der Empfänger die Richtigkeit seines Ersuchens.',
    );
    if (e.daten.some((d) => d === 'arztbericht' || d === 'begutachtung'))
      b.norm(
        '§ 67b Abs. 1 SGB X',
        'Gesundheitsdaten dürfen nur übermittelt werden, soweit eine Übermittlungsbefugnis nach den §§ 68 bis 77 SGB X oder einer anderen Vorschrift des Sozialgesetzbuchs besteht.',
      );
    let konferenzZulaessig: boolean | null = null;
    if (e.zweck === 'gesamtplankonferenz') {
      konferenzZulaessig = lage.konferenzEinwilligung;
      b.norm(
        '§ 119 Abs. 1 SGB IX',
        konferenzZulaessig
          ? 'Die leistungsberechtigte Person hat zugestimmt; die Gesamtplankonferenz darf stattfinden.'
          : 'Eine Gesamtplankonferenz ist nur mit Zustimmung der leistungsberechtigten Person zulässig; die Zustimmung fehlt, die Konferenz findet nicht statt.',
      );
      b.norm(
        '§ 23 Abs. 2 SGB IX',
        'Vor einer Konferenz, in der Daten verarbeitet werden sollen, deren Erforderlichkeit noch nicht abschließend bewertet werden kann, ist die Einwilligung nach § 67b Abs. 2 SGB X einzuholen (schriftlich oder elektronisch); nach der Konferenz dürfen solche Daten nur noch verarbeitet werden, soweit sie für den Plan erforderlich sind.',
      );
    }

    const entscheidungen = e.daten.map((d) => entscheide(d, lage));
    for (const x of entscheidungen)
      b.norm(x.norm, `${datenartNamen[x.daten]}: ${x.zulaessig ? 'zulässig' : 'nicht zulässig'}. ${x.begruendung}`);

    if (
      e.aufWiderspruchsrechtHingewiesen !== true &&
      entscheidungen.some((x) => x.daten === 'begutachtung' && x.norm === '§ 76 Abs. 2 Nr. 1 SGB X' && x.zulaessig)
    )
      b.hinweis(
        'WIDERSPRUCHSRECHT_BELEHRUNG',
        'Die Übermittlung von Begutachtungsdaten setzt voraus, dass die Person zu Beginn des Verwaltungsverfahrens in allgemeiner Form schriftlich oder elektronisch auf ihr Widerspruchsrecht hingewiesen wurde (§ 76 Abs. 2 Nr. 1 Halbsatz 2 SGB X).',
      );
    if (entscheidungen.some((x) => x.grundlage === 'einwilligung'))
      b.hinweis(
        'EINWILLIGUNG_NACHWEISEN',
        'Die Einwilligung soll schriftlich oder elektronisch vorliegen, für Gesundheitsdaten muss sie es (§ 67b Abs. 2 SGB X); sie ist jederzeit widerruflich. Auch mit Einwilligung nur so viele Daten übermitteln, wie der Zweck braucht.',
      );
    if (e.zweck === 'erstattung' && e.daten.some((d) => d === 'einkommen' || d === 'gesamtplanziele'))
      b.hinweis(
        'ERFORDERLICHKEIT_PRUEFEN',
        'Ziele des Gesamtplans und Einkommensangaben gelten für einen Erstattungsanspruch als erforderlich, weil der erstattungspflichtige Träger Art, Umfang und Höhe der Leistung nach seinem Recht prüft (§ 105 Abs. 2 SGB X). Nur übermitteln, soweit sie für den konkreten Anspruch gebraucht werden.',
      );
    if (e.rechtsstand && datum(e.rechtsstand) < datum(rechtsstaende.eingliederungshilfeSgb9))
      b.hinweis(
        'RECHTSSTAND_NICHT_ABGEBILDET',
        `Die Prüfung wendet das Recht mit Stand 2021 an, nicht das am ${deutschesDatum(datum(e.rechtsstand))} geltende: §§ 117, 119 SGB IX gelten erst ab 01.01.2020, und § 76 Abs. 2 Nr. 1a SGB X (Erstattungsansprüche) fehlt in der Fassung von 2012 (Zeitpunkt der Einfügung ungeprüft).`,
      );
    return b.ergebnis('datenuebermittlung', { entscheidungen, konferenzZulaessig });
  },
});
