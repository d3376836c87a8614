// Hilfetexte: was jeder Bildschirm tut und welche Normen gelten, dazu das Glossar. Jede Norm öffnet
// ihren Wortlaut (derselbe Dialog wie in den Begründungen).
import { useState } from 'react';
import { Link } from 'react-router';
import { NormDialog } from '../../gemeinsam/begruendung.tsx';

interface Bildschirm {
  titel: string;
  /** Adresse des Bildschirms; ohne Adresse (Anmeldung) keine Verknüpfung. */
  pfad: string | null;
  wer: string;
  was: string[];
  normen: string[];
}

export const bildschirme: Bildschirm[] = [
  {
    titel: 'Anmeldung',
    pfad: null,
    wer: 'alle Benutzerinnen und Benutzer',
    was: [
      'Anmeldung mit Benutzername und Passwort. Nach mehreren Fehlversuchen wird die Anmeldung für 15 Minuten gesperrt.',
      'Nach der Anmeldung sehen Sie die Bildschirme Ihrer Rolle; die Sitzung endet nach zehn Stunden oder mit „Abmelden“.',
    ],
    normen: [],
  },
  {
    titel: 'Übersicht',
    pfad: '/',
    wer: 'alle Rollen eines Trägers',
    was: [
      'Zeigt die Fristen Ihres Trägers: überfällig, in den nächsten 14 und in den nächsten 30 Tagen, jeweils mit Norm und Datensatz.',
      'Der Eingang listet Amtshilfeersuchen und Erstattungsansprüche anderer Träger, die auf Ihre Antwort warten.',
      'Die Kennzahl „Risiko nach § 111 SGB X“ summiert Beträge, deren Ausschlussfrist in 30 Tagen endet, ohne dass der Anspruch geltend gemacht ist.',
    ],
    normen: ['§ 111 Satz 1 SGB X', '§ 113 Abs. 1 Satz 1 SGB X', '§ 14 Abs. 1 Satz 1 SGB IX'],
  },
  {
    titel: 'Fälle',
    pfad: '/faelle',
    wer: 'Sachbearbeitung, Kostenerstattung, Leitung',
    was: [
      'Ein Fall bündelt eine Person mit Aufenthalten, Leistungen und Anträgen; der Zeitstrahl zeigt sie im Zusammenhang.',
      'Die Zuständigkeit wird mit Begründung ermittelt und mit der angewandten Rechtsfassung gespeichert, damit sie später nachvollziehbar bleibt.',
      'Das Verfahren der Zuständigkeitsklärung (Eingang, Weiterleitung, Turboklärung, Gutachten) führt seine Fristen selbst.',
    ],
    normen: ['§ 98 SGB IX', '§ 98 SGB XII a.F.', '§ 14 SGB IX', '§ 15 SGB IX', '§ 16 SGB IX', '§ 14 SGB IX a.F.'],
  },
  {
    titel: 'Amtshilfe',
    pfad: '/amtshilfe',
    wer: 'Sachbearbeitung, Kostenerstattung, Leitung',
    was: [
      'Eingang und Ausgang der Ersuchen: ein anderer Träger hilft vor Ort, z. B. bei Bedarfsermittlung, Gesamtplankonferenz oder Hausbesuch.',
      'Vor dem Senden prüft EGH-Clearing, welche Daten übermittelt werden dürfen. Eine Ablehnung braucht einen gesetzlichen Grund; bei Streit entscheidet die Aufsichtsbehörde.',
      'Abgerechnet wird mit der Pauschale der Vereinbarung, wenn beide Träger Mitglied sind, sonst mit den Auslagen.',
      'Unter „Briefe und Dokumente“ erzeugt jede Seite ihre Briefe als PDF: der ersuchende Träger das Ersuchen, der ersuchte Träger Antwort oder Ablehnung mit Gründen und die Kostenanforderung, beide die Erinnerung. Angeboten wird nur, was zum Stand passt; was nicht geht, steht mit Grund da. Ein Brief ändert den Stand des Ersuchens nicht.',
      'Nach der Abrechnung erzeugt der ersuchte Träger mit „XRechnung erzeugen“ die elektronische Rechnung (XML) mit der Leitweg-ID des ersuchenden Trägers. Fehlen dafür Stammdaten, nennt die Seite jede fehlende Angabe. Beide Träger können die gespeicherte XRechnung herunterladen.',
    ],
    normen: ['§ 3 SGB X', '§ 4 SGB X', '§ 7 Abs. 1 SGB X', '§ 67d Abs. 1 SGB X', '§ 69 Abs. 1 Nr. 1 SGB X', '§ 76 SGB X'],
  },
  {
    titel: 'Erstattung',
    pfad: '/erstattung',
    wer: 'Kostenerstattung, Sachbearbeitung, Leitung',
    was: [
      'Das Konto der Erstattungsansprüche zwischen Trägern und gegenüber anderen Stellen: Leistungszeiträume, Beträge, Rechnungen, Zahlungen.',
      'Wer einen Anspruch anmeldet, wahrt die Ausschlussfrist; die Verjährung läuft vier Jahre. Anerkenntnis und Ablehnung gibt die Leitung frei (Vier-Augen-Prinzip).',
      'Zinsen werden aus dem Datensatz berechnet; die Schreiben (Anmeldung, Bezifferung, Erinnerung) erzeugt der Anspruchsteller unter „Briefe und Dokumente“ als PDF, gespeichert beim Anspruch und für beide Träger abrufbar.',
      'Die Anmeldung eines Entwurfs ist die Geltendmachung nach § 111 SGB X: Mit dem Brief wird der Anspruch angemeldet, das Datum der Geltendmachung ist der Tag des Briefs, und die Fristen werden neu berechnet. Die Bezifferung setzt ebenso das Datum des vollständigen Antrags (§ 108 Abs. 2 SGB X). Ist das schon geschehen, entsteht eine Zweitschrift.',
    ],
    normen: [
      '§ 102 SGB X',
      '§ 103 SGB X',
      '§ 104 SGB X',
      '§ 105 SGB X',
      '§ 16 SGB IX',
      '§ 108 Abs. 2 SGB X',
      '§ 110 SGB X',
      '§ 111 SGB X',
      '§ 113 SGB X',
    ],
  },
  {
    titel: 'Mehrkostenvergleich',
    pfad: '/mehrkosten',
    wer: 'Sachbearbeitung und Leitung (anlegen, entscheiden), Kostenerstattung (lesen)',
    was: [
      'Erfasst den Wunsch der leistungsberechtigten Person und die Alternativen mit allen Kostenposten je Tag oder Monat.',
      'Das Regelwerk wählt das Vergleichsangebot (die günstigste zumutbare, bedarfsdeckende Alternative eines Anbieters mit Vereinbarung nach Kapitel 8), rechnet die Mehrkosten in Euro und Prozent und nennt die nächstliegenden Gerichtsentscheidungen.',
      'Das System entscheidet nie nach einer Prozentzahl: die Entscheidung – bewilligt, teilweise bewilligt oder abgelehnt – trifft ein Mensch und hält die Gründe der Abwägung fest. Danach ist sie unveränderlich.',
      'Der Vermerk zum Mehrkostenvergleich (PDF für die eigene Akte) entsteht unter „Briefe und Dokumente“.',
    ],
    normen: ['§ 104 SGB IX', '§ 9 Abs. 2 SGB XII a.F.', '§ 13 Abs. 1 SGB XII a.F.'],
  },
  {
    titel: 'Prüfrechner',
    pfad: '/pruefrechner',
    wer: 'alle Rollen',
    was: [
      'Jede Prüfung des Regelwerks als Formular: Fristen, Bekanntgabe, Zuständigkeitsklärung, Erstattungsfristen, Erstattungsanspruch, Zinsen, Amtshilfe, Mehrkosten, Datenübermittlung und örtliche Zuständigkeit.',
      'Das Ergebnis kommt mit Begründung; nichts wird gespeichert.',
    ],
    normen: ['§ 26 SGB X', '§ 37 Abs. 2 Satz 1 SGB X', '§§ 187–193 BGB'],
  },
  {
    titel: 'Träger & Vereinbarung',
    pfad: '/traeger',
    wer: 'alle; Stammdaten ändert die Administration des eigenen Trägers oder der Plattformbetrieb',
    was: [
      'Das Trägerregister: alle Träger der Eingliederungshilfe mit Anschrift, Kontakt, Leitweg-ID, Rechtsträger und Aufsichtsbehörde.',
      'Die Fassungen der Verwaltungsvereinbarung zur Amtshilfe mit ihren Pauschalen und Mitgliedern. Beispielbeträge sind als solche gekennzeichnet.',
      'Die Administration erklärt Beitritt und Austritt ihres Trägers; die Beitrittserklärung als Brief (PDF) erzeugen Administration oder Leitung auf der Seite der Vereinbarung.',
    ],
    normen: ['§ 94 Abs. 1 SGB IX', '§ 7 Abs. 1 Satz 4 SGB X', '§ 4 Abs. 5 SGB X'],
  },
  {
    titel: 'Protokoll',
    pfad: '/protokoll',
    wer: 'Datenschutz des eigenen Trägers',
    was: [
      'Zeigt, wer wann welchen Datensatz und welche Sozialdaten gelesen, angelegt oder geändert hat – filterbar nach Zeitraum, Objektart und Benutzer.',
      'Das Protokoll kann niemand ändern oder löschen.',
    ],
    normen: ['§ 35 SGB I', '§ 67b Abs. 1 SGB X', '§ 67d Abs. 1 SGB X'],
  },
  {
    titel: 'Hilfe',
    pfad: '/hilfe',
    wer: 'alle, auch ohne besondere Rolle',
    was: ['Diese Seite: Hilfetexte, Glossar und die mitgelieferten Gesetzestexte zum Nachlesen und Durchsuchen.'],
    normen: [],
  },
];

export const glossar: [string, string][] = [
  [
    'a.F. (alte Fassung)',
    'Eine Norm in der früher geltenden Fassung. EGH-Clearing zeigt für SGB IX, X und XII die Fassung von 2012 für Altfälle.',
  ],
  ['Amtshilfe', 'Ein Träger hilft einem anderen bei einer Amtshandlung, z. B. einem Hausbesuch am Wohnort der Person (§§ 3 bis 7 SGB X).'],
  [
    'Anerkenntnis',
    'Der verpflichtete Träger erkennt einen Erstattungsanspruch ganz oder teilweise an; in EGH-Clearing gibt die Leitung es frei.',
  ],
  [
    'Ausschlussfrist',
    'Ein Erstattungsanspruch ist ausgeschlossen, wenn er nicht spätestens zwölf Monate nach Ablauf des letzten Leistungstages geltend gemacht wird (§ 111 SGB X).',
  ],
  [
    'Begründung',
    'Die Schritte, mit denen das Regelwerk ein Ergebnis herleitet, jeder mit seiner Norm. Dieselbe Begründung erscheint in Bildschirm und Schreiben.',
  ],
  ['Beitritt', 'Die Erklärung eines Trägers, der Verwaltungsvereinbarung anzugehören; er wirkt frühestens ab Geltung der Fassung.'],
  [
    'Beispielbetrag',
    'Ein Betrag, der nur zur Demonstration eingetragen ist und nicht aus der Vereinbarung stammt. Mit ihm darf nicht abgerechnet werden.',
  ],
  ['Bezifferung', 'Die Angabe der Höhe eines zuvor angemeldeten Erstattungsanspruchs.'],
  [
    'Geltendmachung',
    'Die Anmeldung eines Erstattungsanspruchs beim verpflichteten Träger; sie wahrt die Ausschlussfrist des § 111 SGB X. In EGH-Clearing ist es der Brief „Anmeldung“ oder der Arbeitsschritt „Anspruch anmelden“.',
  ],
  [
    'Gewöhnlicher Aufenthalt',
    'Der Ort, an dem sich eine Person nicht nur vorübergehend aufhält; er bestimmt meist die örtliche Zuständigkeit (§ 98 SGB IX).',
  ],
  [
    'Leitweg-ID',
    'Die Adresse einer Behörde für elektronische Rechnungen (XRechnung); ihre Prüfziffern werden nach ISO 7064 Mod 97-10 geprüft.',
  ],
  ['Mehrkostenvergleich', 'Der Vergleich der Kosten einer gewünschten Leistung mit der günstigsten zumutbaren Alternative (§ 104 SGB IX).'],
  [
    'Offene Rechtsfrage',
    'Eine Frage, die Gesetz und Rechtsprechung nicht eindeutig beantworten; EGH-Clearing zeigt sie deutlich an, statt still eine Auslegung zu wählen.',
  ],
  ['Pauschale', 'Ein fester Betrag je Aufgabe, mit dem Mitglieder der Vereinbarung Amtshilfe abrechnen.'],
  [
    'Rechtsträger',
    'Die juristische Person hinter einer Behörde. Zwei Dienststellen desselben Rechtsträgers erstatten einander keine Auslagen (§ 7 Abs. 1 Satz 4 SGB X).',
  ],
  ['Stichtag', 'Der Tag, für den eine Prüfung gilt; er wählt die anzuwendende Rechtsfassung.'],
  [
    'Träger der Eingliederungshilfe',
    'Die Behörde, die Leistungen der Eingliederungshilfe für Menschen mit Behinderungen erbringt (§ 94 SGB IX).',
  ],
  [
    'Turboklärung',
    'Die Weiterleitung eines Antrags an einen zweiten Träger im Einvernehmen, damit die Zuständigkeit schnell geklärt ist (§ 14 Abs. 3 SGB IX).',
  ],
  ['Verjährung', 'Erstattungsansprüche verjähren in vier Jahren nach Ablauf des Kalenderjahres der Kenntnis (§ 113 SGB X).'],
  ['Vier-Augen-Prinzip', 'Anerkenntnis und Ablehnung eines Anspruchs bereitet eine Person vor, eine andere (Leitung) gibt sie frei.'],
  ['Wunsch- und Wahlrecht', 'Wünschen der Leistungsberechtigten ist zu entsprechen, soweit sie angemessen sind (§ 104 Abs. 2 SGB IX).'],
  [
    'XRechnung',
    'Das Format elektronischer Rechnungen an Behörden. Die Abrechnung einer Amtshilfe (Pauschale oder Auslagen) gibt der ersuchte Träger so aus; sie wird als XML-Dokument beim Ersuchen gespeichert.',
  ],
  [
    'Zuständigkeitsklärung',
    'Das Verfahren, in dem der erstangegangene Träger innerhalb von zwei Wochen seine Zuständigkeit feststellt oder den Antrag weiterleitet (§ 14 SGB IX).',
  ],
];

function hilfeId(b: Bildschirm): string {
  return `hilfe-${b.titel
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase()}`;
}

export function Bildschirmhilfe() {
  const [offen, setOffen] = useState<string | null>(null);
  return (
    <div className="kern-stack-lg">
      {bildschirme.map((b) => (
        <section className="kern-stack-sm" key={b.titel} aria-labelledby={hilfeId(b)}>
          <h3 className="kern-heading-small" id={hilfeId(b)}>
            {b.pfad ? (
              <Link className="kern-link" to={b.pfad}>
                {b.titel}
              </Link>
            ) : (
              b.titel
            )}
          </h3>
          <p className="kern-body">
            <span className="kern-body--bold">Für:</span> {b.wer}
          </p>
          <ul className="kern-list kern-list--bullet">
            {b.was.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {b.normen.length > 0 && (
            <p className="kern-body">
              <span className="kern-body--bold">Normen: </span>
              {b.normen.map((n, i) => (
                <span key={n}>
                  {i > 0 && ', '}
                  <button type="button" className="kern-link norm-link" aria-haspopup="dialog" onClick={() => setOffen(n)}>
                    {n}
                  </button>
                </span>
              ))}
            </p>
          )}
        </section>
      ))}
      {offen && <NormDialog zitat={offen} schliessen={() => setOffen(null)} />}
    </div>
  );
}

export function Glossar() {
  return (
    <dl className="kern-description-list glossar">
      {glossar.map(([begriff, erklaerung]) => (
        <div className="kern-description-list-item" key={begriff}>
          <dt className="kern-description-list-item__key">{begriff}</dt>
          <dd className="kern-description-list-item__value">{erklaerung}</dd>
        </div>
      ))}
    </dl>
  );
}
