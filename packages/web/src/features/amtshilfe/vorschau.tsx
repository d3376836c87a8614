// Vorabprüfung eines neuen Ersuchens: was das Regelwerk zu den Angaben sagt – ob Amtshilfe
// vorliegt (§ 3 Abs. 2 SGB X), ob die Pauschale der Vereinbarung oder Auslagen nach § 7 SGB X
// gelten, und welche Datenarten mitgehen dürfen (§§ 67b, 69, 76 SGB X). Nichts wird gespeichert.
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import type { RefObject } from 'react';
import { euro, datumDe } from '../../format.ts';
import { Status } from '../../gemeinsam/anzeige.tsx';
import { Begruendung } from '../../gemeinsam/begruendung.tsx';
import { Tabellenrahmen, datenartName } from './gemeinsam.tsx';
import type { Vorschau } from './formular.tsx';

/** Warum die Pauschale nicht gilt (Codes des Regelwerks, recht.md §1.1). */
export const pauschaleAusschlussNamen: Record<string, string> = {
  keineDurchfuehrung: 'die Amtshilfe ist noch nicht durchgeführt',
  durchfuehrungVorBeginn: 'die Durchführung liegt vor dem Beginn der Vereinbarung',
  vereinbarungNochNichtGueltig: 'die Fassung der Vereinbarung gilt an diesem Tag noch nicht',
  ersuchenderNichtMitgliedBeiEingang: 'der ersuchende Träger war beim Eingang des Ersuchens nicht Mitglied',
  ersuchterNichtMitgliedBeiEingang: 'der ersuchte Träger war beim Eingang des Ersuchens nicht Mitglied',
  ersuchenderNichtMitgliedBeiDurchfuehrung: 'der ersuchende Träger ist bei der Durchführung nicht Mitglied',
  ersuchterNichtMitgliedBeiDurchfuehrung: 'der ersuchte Träger ist bei der Durchführung nicht Mitglied',
  keinePauschaleFuerAufgabe: 'die Vereinbarung sieht für diese Aufgabe keine Pauschale vor',
};

export function Beispielhinweis() {
  return (
    <p className="kern-body">
      <Status text="Beispielbetrag" ton="warning" /> Die Vereinbarung ist als Beispiel markiert: der Betrag ist ein Beispiel für die
      Demonstration, nicht der Betrag der Verwaltungsvereinbarung.
    </p>
  );
}

export function AmtshilfeVorschau({
  vorschau,
  veraltet,
  titelRef,
}: {
  vorschau: Vorschau;
  veraltet: boolean;
  titelRef: RefObject<HTMLHeadingElement | null>;
}) {
  const a = vorschau.amtshilfe.ergebnis;
  const schwelle = euro(a.auslagenschwelleCent ?? 3500);
  return (
    <section className="kern-stack-md ah-vorschau" aria-labelledby="ah-vorschau-titel">
      <h2 className="kern-heading-medium" id="ah-vorschau-titel" tabIndex={-1} ref={titelRef}>
        Vorabprüfung: was das Regelwerk sagt
      </h2>
      {veraltet && (
        <div className="kern-alert kern-alert--warning">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--warning" aria-hidden="true" />
            <span className="kern-title">Die Angaben wurden seit der Vorabprüfung geändert. Bitte erneut „Vorab prüfen“.</span>
          </div>
        </div>
      )}
      <p className="kern-body">
        Nichts davon ist gespeichert. Angenommen ist ein Eingang heute und eine Durchführung am {datumDe(vorschau.durchfuehrung)}. Beim
        Anlegen und beim Senden prüft der Server erneut.
      </p>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Amtshilfe?</dt>
          <dd className="kern-description-list-item__value">
            {a.istAmtshilfe ? (
              <Status text="Ja, Amtshilfe (§ 3 SGB X)" ton="success" />
            ) : (
              <>
                <Status text="Nein, keine Amtshilfe" ton="danger" />{' '}
                {vorschau.amtshilfe.begruendung
                  .filter((s) => /^§ 3 Abs\. 2 Nr|^§ 98/.test(s.norm))
                  .map((s) => `${s.norm}: ${s.text}`)
                  .join(' ')}
              </>
            )}
          </dd>
        </div>
        {a.istAmtshilfe && (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Kosten</dt>
            <dd className="kern-description-list-item__value kern-stack-xs">
              {a.erstattungsart === 'pauschale' ? (
                <>
                  <p className="kern-body">
                    <strong>Pauschale</strong> nach der Vereinbarung: {euro(a.erstattungCent)} (§ 7 Abs. 1 Satz 3 SGB X: die Vereinbarung
                    geht den Auslagen vor).
                  </p>
                  {vorschau.vereinbarung?.beispiel && <Beispielhinweis />}
                </>
              ) : (
                <>
                  <p className="kern-body">
                    <strong>Auslagen</strong> nach § 7 Abs. 1 Satz 2 SGB X: Auslagen werden auf Anforderung erstattet, wenn sie im
                    Einzelfall {schwelle} übersteigen – dann ganz, nicht nur der übersteigende Teil. Eine Verwaltungsgebühr gibt es nicht.
                  </p>
                  {a.pauschaleAusschlussgruende.length > 0 && (
                    <p className="kern-body">
                      Keine Pauschale, weil {a.pauschaleAusschlussgruende.map((g) => pauschaleAusschlussNamen[g] ?? g).join('; ')}.
                    </p>
                  )}
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {vorschau.daten ? (
        <Tabellenrahmen titel="Welche Daten mitgehen dürfen">
          <table className="kern-table kern-table--small">
            <caption className="kern-heading-small ah-caption">Welche Daten mitgehen dürfen</caption>
            <Tabellenkopf spalten={['Datenart', 'Ergebnis', 'Norm und Begründung']} />
            <tbody className="kern-table__body">
              {vorschau.daten.ergebnis.entscheidungen.map((x) => (
                <tr className="kern-table__row" key={x.daten}>
                  <th scope="row" className="kern-table__cell">
                    {datenartName(x.daten)}
                  </th>
                  <td className="kern-table__cell">
                    <Status text={x.zulaessig ? 'darf mit' : 'darf nicht mit'} ton={x.zulaessig ? 'success' : 'danger'} />
                  </td>
                  <td className="kern-table__cell">
                    <strong>{x.norm}</strong>: {x.begruendung}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabellenrahmen>
      ) : (
        <p className="kern-body">Es sind keine Daten zur Übermittlung gewählt.</p>
      )}
      <details className="kern-accordion">
        <summary className="kern-accordion__header">
          <span className="kern-title">Begründung des Regelwerks zur Amtshilfe</span>
        </summary>
        <div className="kern-accordion__body">
          <Begruendung schritte={vorschau.amtshilfe.begruendung} hinweise={vorschau.amtshilfe.hinweise} titel="Begründung: Amtshilfe" />
        </div>
      </details>
      {vorschau.daten && (
        <details className="kern-accordion">
          <summary className="kern-accordion__header">
            <span className="kern-title">Begründung des Regelwerks zu den Daten</span>
          </summary>
          <div className="kern-accordion__body">
            <Begruendung schritte={vorschau.daten.begruendung} hinweise={vorschau.daten.hinweise} titel="Begründung: Datenübermittlung" />
          </div>
        </details>
      )}
    </section>
  );
}
