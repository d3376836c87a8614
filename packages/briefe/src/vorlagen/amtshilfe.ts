// Briefe der Amtshilfe (§§ 3–7 SGB X): Ersuchen, Antwort oder Ablehnung mit Gründen,
// Kostenanforderung (Pauschale der Vereinbarung oder Auslagen). Was rechtlich gilt, steht in der
// gedruckten Begründung des Regelwerks.
import type { Content } from 'pdfmake/interfaces.js';
import { absatz, anlagen, anrede, angaben, begruendung, gruss, kasten, tabelle, ueberschrift } from '../bausteine.ts';
import type { Rahmen } from '../din5008.ts';
import { datum, euro, iban } from '../format.ts';
import { ablehnungsgrundName, aufgabeName, datenartName } from '../namen.ts';
import type { Abrechnung, AntwortDaten, ErsuchenDaten, KostenanforderungDaten } from '../typen.ts';

const person = (p: string | null) => (p ? `Leistungsberechtigte Person: ${p} (Pseudonym)` : null);

export function ersuchen(d: ErsuchenDaten): Rahmen {
  const inhalt: Content[] = [
    anrede(),
    absatz('wir bitten Sie nach § 3 Abs. 1 SGB X um Amtshilfe: ', { text: aufgabeName(d.aufgabe), bold: true }, '.'),
    ...(d.fragen ? [ueberschrift('Worum wir Sie bitten'), absatz(d.fragen)] : []),
    ...(d.gewuenschtBis ? [absatz('Wir bitten um Erledigung bis zum ', { text: datum(d.gewuenschtBis), bold: true }, '.')] : []),
  ];
  if (d.daten.length) {
    inhalt.push(
      ueberschrift('Übermittelte Daten'),
      tabelle(
        [
          { titel: 'Datenart', breite: 38 },
          { titel: 'Inhalt', breite: '*' },
          { titel: 'Rechtsgrundlage', breite: 36 },
        ],
        d.daten.map((x) => [datenartName(x.art), x.inhalt, x.norm ?? '']),
      ),
    );
  }
  inhalt.push(
    ...begruendung('Begründung: Amtshilfe (Prüfung des Regelwerks)', d.amtshilfe),
    ...begruendung('Begründung: Übermittlung der Daten (Prüfung des Regelwerks)', d.datenpruefung),
    absatz('Bitte teilen Sie uns mit, ob Sie die Amtshilfe leisten. Für Rückfragen stehen wir Ihnen gern zur Verfügung.'),
    gruss(d.kopf.ansprechpartner),
    ...anlagen(d.kopf.anlagen ?? []),
  );
  return {
    kopf: d.kopf,
    titel: 'Ersuchen um Amtshilfe',
    betreff: `Ersuchen um Amtshilfe nach § 3 SGB X – ${aufgabeName(d.aufgabe)}`,
    betreffZusatz: person(d.personPseudonym),
    inhalt,
  };
}

export function antwort(d: AntwortDaten): Rahmen {
  const abgelehnt = d.antwort === 'abgelehnt';
  const inhalt: Content[] = [anrede()];
  if (abgelehnt) {
    inhalt.push(
      absatz(
        'auf Ihr Ersuchen',
        d.kopf.ihreNachrichtVom ? ` vom ${datum(d.kopf.ihreNachrichtVom)}` : '',
        ' um Amtshilfe (',
        aufgabeName(d.aufgabe),
        ') teilen wir Ihnen mit, dass wir die Amtshilfe ',
        { text: 'ablehnen', bold: true },
        '.',
      ),
      ueberschrift('Ablehnungsgrund'),
      absatz(ablehnungsgrundName(d.ablehnungsgrund)),
      ...(d.ablehnungBegruendung ? [ueberschrift('Unsere Gründe im Einzelfall'), absatz(d.ablehnungBegruendung)] : []),
      ...begruendung('Begründung: Zulässigkeit der Ablehnung (Prüfung des Regelwerks)', d.pruefung),
      ...(d.streitentscheidung ? [ueberschrift('Wenn Sie auf der Amtshilfe bestehen'), absatz(d.streitentscheidung)] : []),
    );
  } else {
    inhalt.push(
      absatz(
        'auf Ihr Ersuchen',
        d.kopf.ihreNachrichtVom ? ` vom ${datum(d.kopf.ihreNachrichtVom)}` : '',
        ' um Amtshilfe (',
        aufgabeName(d.aufgabe),
        ') teilen wir Ihnen mit, dass wir die Amtshilfe ',
        { text: 'leisten', bold: true },
        d.beantwortetAm ? ` (zugesagt am ${datum(d.beantwortetAm)})` : '',
        '. Über das Ergebnis berichten wir Ihnen nach der Durchführung.',
      ),
      ...begruendung('Begründung: Amtshilfe (Prüfung des Regelwerks)', d.pruefung),
    );
  }
  inhalt.push(gruss(d.kopf.ansprechpartner), ...anlagen(d.kopf.anlagen ?? []));
  return {
    kopf: d.kopf,
    titel: abgelehnt ? 'Ablehnung der Amtshilfe' : 'Zusage der Amtshilfe',
    betreff: `${abgelehnt ? 'Ablehnung' : 'Zusage'} der Amtshilfe (§ ${abgelehnt ? '4' : '3'} SGB X) – ${aufgabeName(d.aufgabe)}`,
    betreffZusatz: person(d.personPseudonym),
    inhalt,
  };
}

/** Die Posten einer Abrechnung, wie sie gespeichert ist (der Betrag kommt aus dem Ergebnis des Regelwerks). */
export function abrechnungsposten(a: Abrechnung, aufgabe: string, durchgefuehrtAm: string | null): Content[] {
  const bezeichnung =
    a.erstattungsart === 'pauschale'
      ? `Pauschale für ${aufgabeName(aufgabe)}${a.vereinbarung ? ` nach der ${a.vereinbarung.bezeichnung}, Fassung ab ${datum(a.vereinbarung.gueltigAb)}` : ''}`
      : `Auslagen nach § 7 Abs. 1 Satz 2 SGB X${a.auslagenBeschreibung ? `: ${a.auslagenBeschreibung}` : ''}`;
  return [
    tabelle(
      [
        { titel: 'Pos.', breite: 10 },
        { titel: 'Leistung', breite: '*' },
        { titel: 'Durchgeführt am', breite: 28 },
        { titel: 'Betrag', breite: 28, rechts: true },
      ],
      [['1', bezeichnung, datum(durchgefuehrtAm), euro(a.erstattungCent)]],
      ['', 'Zu zahlen', '', euro(a.erstattungCent)],
    ),
    ...(a.vereinbarung?.beispiel
      ? [kasten('BEISPIEL: Die Pauschale stammt aus Beispielbeträgen der Demo, nicht aus dem Text der Vereinbarung.')]
      : []),
  ];
}

export function kostenanforderung(d: KostenanforderungDaten): Rahmen {
  const a = d.abrechnung;
  const inhalt: Content[] = [
    anrede(),
    absatz(
      'für die Amtshilfe auf Ihr Ersuchen',
      d.kopf.ihreNachrichtVom ? ` vom ${datum(d.kopf.ihreNachrichtVom)}` : '',
      a.erstattungsart === 'pauschale'
        ? ' fordern wir die Pauschale der Verwaltungsvereinbarung an (§ 7 Abs. 1 Satz 3 SGB X).'
        : ' fordern wir die Erstattung unserer Auslagen an (§ 7 Abs. 1 Satz 2 SGB X).',
    ),
    ...abrechnungsposten(a, d.aufgabe, d.durchgefuehrtAm),
    angaben([
      ['Rechnungsnummer', d.rechnungsnummer],
      ['Rechnungsdatum', datum(a.am)],
      ...(d.leitwegIdEmpfaenger ? ([['Ihre Leitweg-ID', d.leitwegIdEmpfaenger]] as [string, string][]) : []),
      ['Empfänger der Zahlung', d.kopf.absender.name],
      ['IBAN', d.kopf.absender.iban ? iban(d.kopf.absender.iban) : 'bitte bei uns erfragen'],
      ['Verwendungszweck', `${d.rechnungsnummer}, Ihr Zeichen ${d.kopf.ihrZeichen ?? ''}`],
    ]),
    absatz('Bitte überweisen Sie den Betrag unter Angabe des Verwendungszwecks.'),
    ...begruendung('Begründung: Kosten der Amtshilfe (Prüfung des Regelwerks)', d.pruefung),
    gruss(d.kopf.ansprechpartner),
    ...anlagen([...(d.leitwegIdEmpfaenger ? ['Rechnung als XRechnung (UBL), elektronisch übermittelt'] : []), ...(d.kopf.anlagen ?? [])]),
  ];
  return {
    kopf: d.kopf,
    titel: 'Kostenanforderung',
    betreff: `Kostenanforderung für Amtshilfe – ${a.erstattungsart === 'pauschale' ? 'Pauschale' : 'Auslagen'} ${euro(a.erstattungCent)}`,
    betreffZusatz: person(d.personPseudonym),
    inhalt,
  };
}
