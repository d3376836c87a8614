// Briefe zum Erstattungsanspruch (§§ 102 ff. SGB X, § 16 SGB IX): Anmeldung (Geltendmachung,
// wahrt § 111 SGB X), Bezifferung (vollständiger Erstattungsantrag, § 108 Abs. 2 SGB X),
// Erinnerung. Anspruchsgrundlage, Betrag und Fristen sind die gespeicherten Ergebnisse des
// Regelwerks; der Brief druckt sie mit ihrer Begründung.
import type { Content } from 'pdfmake/interfaces.js';
import { absatz, anlagen, anrede, angaben, begruendung, schluss, tabelle, ueberschrift } from '../bausteine.ts';
import type { Rahmen } from '../din5008.ts';
import { datum, euro, zeitraum } from '../format.ts';
import { aufgabeName as aufgabeText } from '../namen.ts';
import type { AnmeldungDaten, BezifferungDaten, ErinnerungDaten, Leistungszeitraum } from '../typen.ts';

const person = (p: string | null) => (p ? `Leistungsberechtigte Person: ${p} (Pseudonym)` : null);

/**
 * Die geltend gemachten Leistungszeiträume mit Beleg und Betrag. Ein Brief an den Verpflichteten
 * nennt, was wir fordern – nicht unsere eigene Einschätzung der Ausschlussfrist (§ 111 SGB X) oder
 * der Verjährung (§ 113 SGB X): welche Zeiträume geltend gemacht werden, hat die Sachbearbeitung
 * vorher entschieden; die anderen stehen nicht im Brief.
 */
function zeitraumTabelle(zeitraeume: Leistungszeitraum[]): Content {
  return tabelle(
    [
      { titel: 'Leistungszeitraum', breite: 50 },
      { titel: 'Rechnung / Beleg', breite: '*' },
      { titel: 'Betrag', breite: 30, rechts: true },
    ],
    zeitraeume.map((z) => [zeitraum(z.von, z.bis), z.rechnung ?? '', euro(z.betragCent)]),
  );
}

export function anmeldung(d: AnmeldungDaten): Rahmen {
  const inhalt: Content[] = [
    anrede(),
    absatz(
      'hiermit melden wir unseren Anspruch auf Erstattung der Aufwendungen für die unten genannten Leistungen an und machen ihn nach ',
      { text: '§ 111 SGB X geltend', bold: true },
      '.',
    ),
    angaben([
      ['Anspruchsgrundlage', d.anspruchsgrundlage ?? 'siehe Begründung'],
      ['Geforderter Betrag', euro(d.forderungCent)],
    ]),
    ueberschrift('Leistungszeiträume'),
    zeitraumTabelle(d.zeitraeume),
    ...begruendung('Begründung: Anspruchsgrundlage und Betrag', d.rechtsgrundlage),
    absatz('Wir bitten Sie, den Eingang zu bestätigen und uns Ihre Entscheidung über die Erstattung mitzuteilen.'),
    ...schluss(d.kopf),
    ...anlagen(d.kopf.anlagen ?? []),
  ];
  return {
    kopf: d.kopf,
    titel: 'Anmeldung eines Erstattungsanspruchs',
    betreff: `Anmeldung eines Erstattungsanspruchs (§ 111 SGB X)${d.anspruchsgrundlage ? ` – ${d.anspruchsgrundlage}` : ''}`,
    betreffZusatz: person(d.personPseudonym),
    inhalt,
  };
}

export function bezifferung(d: BezifferungDaten): Rahmen {
  const belege = d.zeitraeume.flatMap((z) => (z.rechnung ? [z.rechnung] : []));
  const inhalt: Content[] = [
    anrede(),
    absatz(
      `unseren am ${datum(d.geltendmachung)} angemeldeten Erstattungsanspruch beziffern wir wie folgt (`,
      { text: `Bezifferung am ${datum(d.bezifferungAm)}`, bold: true },
      ').',
    ),
    ueberschrift('Leistungszeiträume'),
    zeitraumTabelle(d.zeitraeume),
    ueberschrift('Aufstellung'),
    tabelle(
      [
        { titel: 'Posten', breite: '*' },
        { titel: 'Betrag', breite: 30, rechts: true },
      ],
      d.aufstellung.slice(0, -1).map((p) => [p.bezeichnung, euro(p.betragCent)]),
      d.aufstellung.length ? [d.aufstellung.at(-1)?.bezeichnung ?? '', euro(d.aufstellung.at(-1)?.betragCent ?? 0)] : undefined,
    ),
    angaben([
      ['Anspruchsgrundlage', d.anspruchsgrundlage ?? 'siehe Begründung'],
      ['Erstattungsbetrag', euro(d.forderungCent)],
    ]),
    ...(d.zinsantrag ? [absatz('Wir beantragen die Verzinsung des Erstattungsbetrags nach § 108 Abs. 2 SGB X.')] : []),
    ...begruendung('Begründung: Anspruchsgrundlage und Betrag', d.rechtsgrundlage),
    absatz('Wir bitten um Erstattung des Betrags und um Mitteilung Ihrer Entscheidung.'),
    ...schluss(d.kopf),
    ...anlagen([...(belege.length ? [`Belege: ${belege.join('; ')}`] : []), ...(d.kopf.anlagen ?? [])]),
  ];
  return {
    kopf: d.kopf,
    titel: 'Bezifferung eines Erstattungsanspruchs',
    betreff: `Bezifferung des Erstattungsanspruchs – ${euro(d.forderungCent)}`,
    betreffZusatz: person(d.personPseudonym),
    inhalt,
  };
}

export function erinnerung(d: ErinnerungDaten): Rahmen {
  const inhalt: Content[] = [anrede()];
  let betreff: string;
  switch (d.anlass) {
    case 'erstattung':
      betreff = `Erinnerung: Erstattungsanspruch über ${euro(d.forderungCent)}`;
      inhalt.push(
        absatz(
          'wir erinnern an unseren Erstattungsanspruch',
          d.geltendmachung ? `, angemeldet am ${datum(d.geltendmachung)}` : '',
          d.bezifferungAm ? `, beziffert am ${datum(d.bezifferungAm)}` : '',
          '. Eine abschließende Erledigung steht noch aus.',
        ),
        angaben([
          ['Stand', d.stand],
          ['Geforderter Betrag', euro(d.forderungCent)],
          ...(d.anerkanntCent !== null ? ([['Anerkannter Betrag', euro(d.anerkanntCent)]] as [string, string][]) : []),
        ]),
        ...(d.zeitraeume?.length ? [ueberschrift('Geltend gemachte Leistungszeiträume'), zeitraumTabelle(d.zeitraeume)] : []),
        ...(d.zahlungen.length
          ? [
              ueberschrift('Bisher eingegangene Zahlungen'),
              tabelle(
                [
                  { titel: 'Datum', breite: 30 },
                  { titel: 'Betrag', breite: 30, rechts: true },
                ],
                d.zahlungen.map((z) => [datum(z.datum), euro(z.betragCent)]),
              ),
            ]
          : []),
        absatz(
          d.anerkanntCent !== null
            ? 'Wir bitten Sie, den anerkannten Betrag zu zahlen, soweit noch nicht geschehen.'
            : 'Wir bitten Sie, über den Anspruch zu entscheiden und uns Ihre Entscheidung mitzuteilen.',
        ),
      );
      break;
    case 'amtshilfeTermin':
      betreff = 'Erinnerung: Ersuchen um Amtshilfe';
      inhalt.push(
        absatz(
          'wir erinnern an unser Ersuchen um Amtshilfe',
          d.gesendetAm ? ` vom ${datum(d.gesendetAm)}` : '',
          ` (${aufgabeText(d.aufgabe)})`,
          d.gewuenschtBis ? `, um dessen Erledigung wir bis zum ${datum(d.gewuenschtBis)} gebeten hatten` : '',
          '.',
        ),
        absatz('Bitte teilen Sie uns mit, wann wir mit dem Ergebnis rechnen können, oder ob Sie die Amtshilfe ablehnen.'),
      );
      break;
    case 'amtshilfeZahlung':
      betreff = `Erinnerung: Kostenanforderung ${d.rechnungsnummer} über ${euro(d.abrechnung.erstattungCent)}`;
      inhalt.push(
        absatz(
          `wir erinnern an unsere Kostenanforderung ${d.rechnungsnummer} vom ${datum(d.abrechnung.am)} für die Amtshilfe (${aufgabeText(d.aufgabe)}). Ein Zahlungseingang ist bei uns nicht verzeichnet.`,
        ),
        angaben([
          ['Betrag', euro(d.abrechnung.erstattungCent)],
          [
            'Art',
            d.abrechnung.erstattungsart === 'pauschale' ? 'Pauschale der Verwaltungsvereinbarung' : 'Auslagen (§ 7 Abs. 1 Satz 2 SGB X)',
          ],
        ]),
        absatz('Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.'),
        ...begruendung('Begründung: Kosten der Amtshilfe', d.pruefung),
      );
      break;
  }
  inhalt.push(...schluss(d.kopf), ...anlagen(d.kopf.anlagen ?? []));
  return { kopf: d.kopf, titel: 'Erinnerung', betreff, betreffZusatz: person(d.personPseudonym), inhalt };
}
