// Übersicht: Fristen (überfällig, nächste 14 und 30 Tage) mit Norm und Datensatz, Eingang
// (eingehende Ersuchen und Ansprüche, die auf diesen Träger warten), Beträge mit § 111-Risiko.
import { Tabellenkopf } from '../../gemeinsam/tabellenrahmen.tsx';
import { Link } from 'react-router';
import type { Frist, Seite } from '../../api.ts';
import { Laden, Status } from '../../gemeinsam/anzeige.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { useDaten } from '../../daten.ts';
import { datumDe, euro, heuteIso } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { ZurFreigabe } from './freigaben.tsx';
import { useTraegernamen } from '../../gemeinsam/liste/abfrage.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

type Kennzahlen = ApiAntwort<'/api/v1/fristen/uebersicht', 'get'>;
type Fristzeile = ApiAntwort<'/api/v1/fristen', 'get'>['eintraege'][number];
type ErsuchenEingang = ApiAntwort<'/api/v1/amtshilfeersuchen', 'get'>['eintraege'][number];
type AnspruchEingang = ApiAntwort<'/api/v1/erstattungsansprueche', 'get'>['eintraege'][number];

export function bezugLink(f: Pick<Frist, 'bezugArt' | 'bezugId'>): string {
  return f.bezugArt === 'fall'
    ? `/faelle/${f.bezugId}`
    : f.bezugArt === 'amtshilfeersuchen'
      ? `/amtshilfe/${f.bezugId}`
      : `/erstattung/${f.bezugId}`;
}

function plusTage(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function Fristenliste({ titel, fristen, heute, leer }: { titel: string; fristen: Frist[]; heute: string; leer: string }) {
  return (
    <section className="kern-stack-sm" aria-labelledby={`titel-${titel}`}>
      <h2 className="kern-heading-medium" id={`titel-${titel}`}>
        {titel} <span className="kern-body--muted">({fristen.length})</span>
      </h2>
      {fristen.length === 0 ? (
        <p className="kern-body">{leer}</p>
      ) : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">{titel}</caption>
            <Tabellenkopf spalten={['Fällig', 'Frist', 'Norm', 'Betrag']} zahlen={['Betrag']} />
            <tbody className="kern-table__body">
              {fristen.map((f) => (
                <tr className="kern-table__row" key={f.id}>
                  <td className="kern-table__cell">
                    {datumDe(f.faellig)} {f.faellig < heute ? <Status text="überfällig" ton="danger" /> : null}
                  </td>
                  <td className="kern-table__cell">
                    <Link className="kern-link" to={bezugLink(f)}>
                      {f.bezeichnung}
                    </Link>
                  </td>
                  <td className="kern-table__cell">{f.norm}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{euro(f.betragCent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * Woraus das Risiko nach § 111 SGB X besteht: die Leistungsfälle (Maßnahme oder Zeitraum), deren
 * Ausschlussfrist begonnen hat, in den nächsten 30 Tagen endet und nicht gewahrt ist. Laufende
 * Maßnahmen (Frist nicht begonnen) und abgelaufene Fristen (überfällig) zählen nicht.
 */
function Risiko111({ kennzahlen }: { kennzahlen: Kennzahlen }) {
  const liste = kennzahlen.risiko111 ?? [];
  if (liste.length === 0) return <p className="kern-body">Keine Beträge mit Risiko nach § 111 SGB X in den nächsten 30 Tagen.</p>;
  return (
    <details className="kern-stack-xs">
      <summary className="kern-body">Woraus sich der Betrag von {euro(kennzahlen.risiko111Cent)} zusammensetzt</summary>
      <p className="kern-body--small kern-body--muted">
        Je Leistungsfall – in der Eingliederungshilfe je Maßnahme – eine Ausschlussfrist, die begonnen hat, in den nächsten 30 Tagen endet
        und noch nicht durch Anmeldung gewahrt ist. Laufende Maßnahmen haben noch keine Frist.
      </p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">Ausschlussfristen mit Risiko nach § 111 SGB X</caption>
          <Tabellenkopf spalten={['Frist endet', 'Leistungsfall', 'Betrag']} zahlen={['Betrag']} />
          <tbody className="kern-table__body">
            {liste.map((f) => (
              <tr className="kern-table__row" key={f.id}>
                <td className="kern-table__cell">{datumDe(f.faellig)}</td>
                <td className="kern-table__cell">
                  <Link className="kern-link" to={bezugLink(f)}>
                    {f.bezeichnung}
                  </Link>
                </td>
                <td className="kern-table__cell kern-table__cell--numeric">{euro(f.betragCent)}</td>
              </tr>
            ))}
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__header" colSpan={2}>
                Summe
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{euro(kennzahlen.risiko111Cent)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function Uebersicht() {
  const { sitzung, hatRolle } = useSitzung();
  const heute = heuteIso();
  // Fristen, Ersuchen und Ansprüche sehen nur die Fachrollen (nicht Administration und Datenschutz).
  const darfAkten = hatRolle('sachbearbeitung', 'kostenerstattung', 'leitung');
  const kennzahlen = useDaten<Kennzahlen>(sitzung.traeger && darfAkten ? '/fristen/uebersicht' : null);
  const bis30 = plusTage(heute, 30);
  const fristen = useDaten<Seite<Fristzeile>>(sitzung.traeger && darfAkten ? `/fristen?faelligBis=${bis30}&proSeite=200` : null);
  const amtshilfe = useDaten<Seite<ErsuchenEingang>>(darfAkten ? '/amtshilfeersuchen?richtung=eingang&status=Gesendet&proSeite=20' : null);
  const erstattung = useDaten<Seite<AnspruchEingang>>(darfAkten ? '/erstattungsansprueche?richtung=eingehend&proSeite=50' : null);

  // Namen der Träger statt ihrer Schlüssel (Caseworker lesen nie AGS-Kennungen).
  const traegerName = useTraegernamen([
    ...(amtshilfe.daten?.eintraege ?? []).map((a) => a.ersuchenderId),
    ...(erstattung.daten?.eintraege ?? []).map((a) => a.anspruchstellerId),
  ]);

  if (!sitzung.traeger)
    return (
      <>
        <h1 className="kern-heading-x-large">Übersicht</h1>
        <p className="kern-body">Als Plattformbetrieb pflegen Sie das Trägerregister und die Vereinbarungen.</p>
        <Link className="kern-link" to="/traeger">
          Zu Träger &amp; Vereinbarung
        </Link>
      </>
    );

  const alle = fristen.daten?.eintraege ?? [];
  const ueberfaellig = alle.filter((f) => f.faellig < heute);
  const bald = alle.filter((f) => f.faellig >= heute && f.faellig <= plusTage(heute, 14));
  const spaeter = alle.filter((f) => f.faellig > plusTage(heute, 14));
  const wartend = (erstattung.daten?.eintraege ?? []).filter((a) => ['Angemeldet', 'Beziffert', 'Klage'].includes(a.status));

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Übersicht</h1>
      <p className="kern-body">
        {sitzung.traeger.name} · heute ist {datumDe(heute)}
      </p>
      <Fehlermeldung fehler={kennzahlen.fehler ?? fristen.fehler} />
      {kennzahlen.daten && (
        <section aria-labelledby="kennzahlen-titel">
          <h2 className="kern-sr-only" id="kennzahlen-titel">
            Kennzahlen
          </h2>
          <ul className="kennzahlen">
            <li className="kern-card">
              <span className="kern-heading-large">{kennzahlen.daten.ueberfaellig}</span>
              <span className="kern-body">Fristen überfällig</span>
            </li>
            <li className="kern-card">
              <span className="kern-heading-large">{kennzahlen.daten.naechste14}</span>
              <span className="kern-body">Fristen in den nächsten 14 Tagen</span>
            </li>
            <li className="kern-card">
              <span className="kern-heading-large">{kennzahlen.daten.naechste30}</span>
              <span className="kern-body">Fristen in den nächsten 30 Tagen</span>
            </li>
            <li className="kern-card">
              <span className="kern-heading-large">{euro(kennzahlen.daten.risiko111Cent)}</span>
              <span className="kern-body">mit Risiko nach § 111 SGB X (Ausschlussfrist endet in 30 Tagen)</span>
            </li>
          </ul>
          <Risiko111 kennzahlen={kennzahlen.daten} />
        </section>
      )}
      {hatRolle('leitung') && <ZurFreigabe />}
      {!darfAkten ? (
        <p className="kern-body">
          Fristen, Fälle und Ansprüche sehen die Sachbearbeitung, die Kostenerstattung und die Leitung.{' '}
          {hatRolle('datenschutz') ? (
            <Link className="kern-link" to="/protokoll">
              Zum Protokoll
            </Link>
          ) : (
            <Link className="kern-link" to="/traeger">
              Zu Träger &amp; Vereinbarung
            </Link>
          )}
        </p>
      ) : fristen.laedt ? (
        <Laden />
      ) : (
        <>
          <Fristenliste titel="Überfällig" fristen={ueberfaellig} heute={heute} leer="Keine überfälligen Fristen." />
          <Fristenliste titel="Nächste 14 Tage" fristen={bald} heute={heute} leer="Keine Fristen in den nächsten 14 Tagen." />
          <Fristenliste
            titel="In 15 bis 30 Tagen"
            fristen={spaeter}
            heute={heute}
            leer="Keine weiteren Fristen in den nächsten 30 Tagen."
          />
        </>
      )}
      {darfAkten && (
        <section className="kern-stack-sm" aria-labelledby="eingang-titel">
          <h2 className="kern-heading-medium" id="eingang-titel">
            Eingang
          </h2>
          <h3 className="kern-heading-small">Amtshilfeersuchen, die auf Antwort warten</h3>
          {(amtshilfe.daten?.eintraege ?? []).length === 0 ? (
            <p className="kern-body">Keine offenen Ersuchen.</p>
          ) : (
            <ul className="kern-list">
              {(amtshilfe.daten?.eintraege ?? []).map((a) => (
                <li key={a.id}>
                  <Link className="kern-link" to={`/amtshilfe/${a.id}`}>
                    {a.aktenzeichen} – {a.aufgabe} (von {traegerName(a.ersuchenderId)})
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <h3 className="kern-heading-small">Erstattungsansprüche an uns, die auf Entscheidung warten</h3>
          {wartend.length === 0 ? (
            <p className="kern-body">Keine offenen Ansprüche.</p>
          ) : (
            <ul className="kern-list">
              {wartend.map((a) => (
                <li key={a.id}>
                  <Link className="kern-link" to={`/erstattung/${a.id}`}>
                    {a.aktenzeichen} – {euro(a.forderungCent)} von {traegerName(a.anspruchstellerId)} ({a.status})
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
