// Das Ergebnis des Regelwerks zum Mehrkostenvergleich: Prozentsatz, Vergleichsangebot, Kosten
// (Diagramm und Tabelle), Postenvergleich und die nächstliegenden Gerichtsentscheidungen. Alles ist
// Entscheidungshilfe; entschieden wird durch einen Menschen nach Abwägung.
import { datumDe, euro, prozentDe } from '../../format.ts';
import { Angaben, Status } from '../../gemeinsam/anzeige.tsx';
import { type Balken, Kostendiagramm, Kostentabelle } from './diagramm.tsx';
import {
  type MehrkostenEingabe,
  type MehrkostenErgebnis,
  type Referenz,
  ausschlussText,
  keinVergleichText,
  orientierungText,
  regelwerkText,
  verifikationText,
} from './typen.ts';
import { Tabellenrahmen, Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';

export function balkenAus(eingabe: MehrkostenEingabe, e: MehrkostenErgebnis): Balken[] {
  const wunsch: Balken = {
    bezeichnung: eingabe.gewuenscht.bezeichnung,
    cent: e.kostenGewuenschtCentProMonat,
    rolle: 'wunsch',
    mehrkostenProzent: null,
    einordnung: 'Wunsch',
  };
  return [
    wunsch,
    ...e.alternativen.map((a): Balken => {
      const istVergleich = a.bezeichnung === e.vergleichsangebot;
      return {
        bezeichnung: a.bezeichnung,
        cent: a.kostenCentProMonat,
        rolle: istVergleich ? 'vergleich' : a.vergleichbar ? 'alternative' : 'ausgeschlossen',
        mehrkostenProzent: a.mehrkostenProzent,
        einordnung: istVergleich
          ? 'Vergleichsangebot'
          : a.vergleichbar
            ? 'vergleichbar, aber teurer als das Vergleichsangebot'
            : `nicht vergleichbar: ${a.ausschlussgrund ? ausschlussText[a.ausschlussgrund] : 'ausgeschlossen'}`,
      };
    }),
  ];
}

export function Kennzahlen({ e }: { e: MehrkostenErgebnis }) {
  return (
    <ul className="kennzahlen mehrkosten-kennzahlen">
      <li className="kern-card">
        <span className="kern-heading-large">{e.mehrkostenProzent === null ? '–' : prozentDe(e.mehrkostenProzent)}</span>
        <span className="kern-body">Mehrkosten gegenüber dem Vergleichsangebot</span>
      </li>
      <li className="kern-card">
        <span className="kern-heading-large">{e.mehrkostenCentProMonat === null ? '–' : euro(e.mehrkostenCentProMonat)}</span>
        <span className="kern-body">Mehrkosten je Monat</span>
      </li>
      <li className="kern-card">
        <span className="kern-heading-medium">{e.vergleichsangebot ?? 'keines'}</span>
        <span className="kern-body">Vergleichsangebot</span>
      </li>
      <li className="kern-card">
        <span className="kern-heading-medium">{regelwerkText[e.ergebnis]}</span>
        <span className="kern-body">Einordnung des Regelwerks{e.orientierung ? ` · ${orientierungText[e.orientierung]}` : ''}</span>
      </li>
    </ul>
  );
}

export function Kostenangaben({ e }: { e: MehrkostenErgebnis }) {
  return (
    <Angaben
      eintraege={[
        ['Recht', e.recht === 'SGB IX' ? '§ 104 SGB IX (ab 01.01.2020)' : '§ 9 Abs. 2, § 13 Abs. 1 SGB XII a.F. (bis 31.12.2019)'],
        ['Kosten des Wunsches je Monat', euro(e.kostenGewuenschtCentProMonat)],
        ['Kosten des Vergleichsangebots je Monat', e.kostenVergleichCentProMonat === null ? '–' : euro(e.kostenVergleichCentProMonat)],
        ['Mehrkosten je Tag', e.mehrkostenCentProTag === null ? '– (nicht nur Tagessätze)' : euro(e.mehrkostenCentProTag)],
        ['Mehrkosten je Jahr', e.mehrkostenCentProJahr === null ? '–' : euro(e.mehrkostenCentProJahr)],
        ['Tage je Monat für Tagessätze', String(e.tageProMonat).replace('.', ',')],
        [
          'Obergrenze bei teilweiser Übernahme',
          e.kostenuebernahmeBisCentProMonat === null
            ? '–'
            : `${euro(e.kostenuebernahmeBisCentProMonat)} je Monat (Kosten des Vergleichsangebots)`,
        ],
      ]}
    />
  );
}

export function KeinVergleich({ e }: { e: MehrkostenErgebnis }) {
  if (e.vergleichZulaessig || !e.keinVergleichGrund) return null;
  return (
    <div className="kern-alert kern-alert--info">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">Kein Kostenvergleich</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{keinVergleichText[e.keinVergleichGrund]}</p>
      </div>
    </div>
  );
}

export function Postenvergleich({ e }: { e: MehrkostenErgebnis }) {
  if (!e.postenvergleich.length) return null;
  return (
    <Tabellenrahmen titel="Kostenposten je Monat">
      <table className="kern-table kern-table--small">
        <caption className="kern-title kern-title--small tabellentitel">Kostenposten je Monat: Wunsch und Vergleichsangebot</caption>
        <Tabellenkopf
          spalten={['Posten', 'Wunsch', 'Vergleichsangebot', 'Differenz']}
          zahlen={['Wunsch', 'Vergleichsangebot', 'Differenz']}
        />
        <tbody className="kern-table__body">
          {e.postenvergleich.map((p) => (
            <tr className="kern-table__row" key={p.bezeichnung}>
              <th scope="row" className="kern-table__header">
                {p.bezeichnung}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                {p.gewuenschtCentProMonat === null ? '–' : euro(p.gewuenschtCentProMonat)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {p.vergleichCentProMonat === null ? '–' : euro(p.vergleichCentProMonat)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {euro(p.differenzCentProMonat)}
                {p.differenzProzent !== null ? ` (${prozentDe(p.differenzProzent)})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabellenrahmen>
  );
}

function prozentVon(r: Referenz): string {
  return r.prozentBis !== undefined ? `${prozentDe(r.prozent)} bis ${prozentDe(r.prozentBis)}` : prozentDe(r.prozent);
}

export function Referenzen({ referenzen }: { referenzen: Referenz[] }) {
  if (!referenzen.length) return <p className="kern-body">Ohne Mehrkosten nennt das Regelwerk keine Vergleichsentscheidungen.</p>;
  return (
    <>
      <p className="kern-body">
        Die Entscheidungen, deren Mehrkostensatz dem errechneten am nächsten liegt. Sie sind Orientierung für die Abwägung, keine Schwellen:
        Gerichte haben ähnliche Sätze je nach Einzelfall verschieden beurteilt.
      </p>
      <Tabellenrahmen titel="Vergleichsentscheidungen">
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">Vergleichsentscheidungen mit Gericht, Datum, Aktenzeichen, Mehrkosten und Ergebnis</caption>
          <Tabellenkopf spalten={['Gericht', 'Datum', 'Aktenzeichen', 'Mehrkosten', 'Ergebnis', 'Kernaussage']} zahlen={['Mehrkosten']} />
          <tbody className="kern-table__body">
            {referenzen.map((r) => (
              <tr className="kern-table__row" key={r.aktenzeichen}>
                <td className="kern-table__cell">
                  {r.gericht}
                  {r.entscheidungsart ? `, ${r.entscheidungsart}` : ''}
                </td>
                <td className="kern-table__cell">{r.datum ? datumDe(r.datum) : 'nicht belegt'}</td>
                <td className="kern-table__cell">{r.aktenzeichen}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{prozentVon(r)}</td>
                <td className="kern-table__cell">
                  {r.ergebnis === 'angemessen' ? (
                    <Status text="angemessen" ton="success" />
                  ) : (
                    <Status text="unverhältnismäßig" ton="danger" />
                  )}
                </td>
                <td className="kern-table__cell">
                  {r.leitsatz}
                  <br />
                  <span className="kern-body--small kern-body--muted">
                    Beleg: {verifikationText[r.verifikation]}
                    {r.aufgehobenDurch ? `; aufgehoben durch ${r.aufgehobenDurch}` : ''}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellenrahmen>
    </>
  );
}

export { Kostendiagramm, Kostentabelle };
