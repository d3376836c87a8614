// Vermerk zum Mehrkostenvergleich (§ 104 Abs. 2 SGB IX; bis 2019 § 9 Abs. 2 SGB XII a. F.): die
// Rechnung und Einordnung des Regelwerks als Entscheidungshilfe und die Entscheidung eines
// Menschen mit Gründen. Das Regelwerk entscheidet nie nach einer Prozentzahl.
import type { Content } from 'pdfmake/interfaces.js';
import { absatz, angaben, begruendung, freitext, kasten, tabelle, ueberschrift } from '../bausteine.ts';
import type { Rahmen } from '../din5008.ts';
import { datum, euro, prozent } from '../format.ts';
import { ausschlussgrundName, entscheidungName, mehrkostenErgebnisName, orientierungName } from '../namen.ts';
import type { VermerkMehrkostenDaten } from '../typen.ts';

const betrag = (c: number | null | undefined) => (c === null || c === undefined ? '–' : euro(c));
/** Ein Prozentsatz oder eine Spanne, wie die Entscheidung sie nennt („14,00 % bis 18,00 %“). */
const spanne = (von: number, bis: number | null | undefined) =>
  bis !== null && bis !== undefined && bis !== von ? `${prozent(von)} bis ${prozent(bis)}` : prozent(von);
const satz = (p: number | null | undefined) => (p === null || p === undefined ? '–' : prozent(p));

/**
 * Warum die Mehrkosten je Jahr nicht das Zwölffache der Mehrkosten je Monat sein müssen: Tagessätze
 * zählen im Monat mit einer festen Zahl von Tagen, im Jahr mit 365 Tagen (gerechnet hat das Regelwerk;
 * der Vermerk nennt nur, wie).
 */
function jahresrechnung(d: VermerkMehrkostenDaten): Content[] {
  const r = d.rechnung;
  if (!r || d.mehrkosten.centProJahr === null) return [];
  const tage = String(r.tageProMonat).replace('.', ',');
  return [
    absatz(
      r.tagessaetze
        ? `So ist gerechnet: Die Kosten werden als Tagessätze abgerechnet. Für den Monat sind sie mit ${tage} Tagen angesetzt, für das Jahr mit den 365 Tagen eines Kalenderjahres (Monatsbeträge zählen zwölfmal). Deshalb sind die Mehrkosten je Jahr nicht das Zwölffache der Mehrkosten je Monat; maßgeblich für die Abwägung ist der Monatsvergleich.`
        : 'So ist gerechnet: Die Kosten sind Monatsbeträge; die Mehrkosten je Jahr sind das Zwölffache der Mehrkosten je Monat.',
    ),
  ];
}

export function vermerkMehrkosten(d: VermerkMehrkostenDaten): Rahmen {
  const p = d.person;
  const r = d.regelwerk;
  const inhalt: Content[] = [
    angaben([
      ...(p?.aktenzeichen ? ([['Aktenzeichen des Falls', p.aktenzeichen]] as [string, string][]) : []),
      ...(p?.name || p?.pseudonym
        ? ([['Leistungsberechtigte Person', [p.name, p.pseudonym ? `(${p.pseudonym})` : ''].filter(Boolean).join(' ')]] as [
            string,
            string,
          ][])
        : []),
      ['Stichtag des Vergleichs', datum(d.stichtag)],
      ['Gewünschtes Angebot', d.gewuenscht.bezeichnung],
      ['Vergleichsangebot', d.vergleich.bezeichnung ?? '–'],
    ]),
    ueberschrift('Kostenvergleich (Rechnung des Regelwerks)'),
    tabelle(
      [
        { titel: 'Angebot', breite: '*' },
        { titel: 'Kosten je Monat', breite: 30, rechts: true },
        { titel: 'Mehrkosten des Wunsches', breite: 34, rechts: true },
        { titel: 'Vergleichbar', breite: 40 },
      ],
      [
        [{ text: `${d.gewuenscht.bezeichnung} (Wunsch)`, bold: true }, betrag(d.gewuenscht.kostenCentProMonat), '', ''],
        ...d.alternativen.map((a) => [
          a.bezeichnung,
          betrag(a.kostenCentProMonat),
          satz(a.mehrkostenProzent),
          a.vergleichbar ? 'ja' : `nein – ${ausschlussgrundName(a.ausschlussgrund)}`,
        ]),
      ],
    ),
    angaben([
      ['Mehrkosten je Monat', betrag(d.mehrkosten.centProMonat)],
      ['Mehrkosten je Jahr', betrag(d.mehrkosten.centProJahr)],
      ['Mehrkosten in Prozent', satz(d.mehrkosten.prozent)],
    ]),
    ...jahresrechnung(d),
    ueberschrift('Einordnung des Regelwerks (Entscheidungshilfe, keine Entscheidung)'),
    absatz(mehrkostenErgebnisName(r.ergebnis), r.orientierung ? ` Orientierung: ${orientierungName(r.orientierung)}.` : ''),
  ];
  if (r.referenzen.length) {
    inhalt.push(
      ueberschrift('Vergleichbare Rechtsprechung'),
      ...r.referenzen.map((x): Content => ({
        text: [
          { text: x.zitat, bold: true },
          x.prozent !== null && x.prozent !== undefined ? ` (${spanne(x.prozent, x.prozentBis)})` : '',
          `: ${x.leitsatz}`,
        ],
        fontSize: 9,
        margin: [0, 0, 0, 4],
      })),
    );
  }
  inhalt.push(...begruendung('Begründung (Prüfung des Regelwerks)', r));
  inhalt.push(ueberschrift('Entscheidung'));
  const e = d.entscheidung;
  if (e) {
    inhalt.push(
      absatz({ text: entscheidungName(e.ergebnis), bold: true }),
      ...(e.betragCentProMonat !== null && e.betragCentProMonat !== undefined
        ? [angaben([['Übernommen je Monat', euro(e.betragCentProMonat)]])]
        : []),
      ueberschrift('Gründe der Abwägung'),
      absatz(e.gruende),
      absatz(`Entschieden am ${datum(e.am)} von ${e.vonName}.`),
    );
  } else {
    inhalt.push(
      kasten('Die Entscheidung steht aus. Sie trifft ein Mensch nach Abwägung der Wunschgründe gegen die Mehrkosten im Einzelfall.'),
    );
  }
  inhalt.push(...freitext(d.kopf.freitext));
  return {
    kopf: d.kopf,
    titel: 'Vermerk Mehrkostenvergleich',
    betreff: `Vermerk zum Mehrkostenvergleich – ${d.bezeichnung}`,
    inhalt,
  };
}
