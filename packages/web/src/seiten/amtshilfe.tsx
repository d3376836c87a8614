// Amtshilfe (§§ 3–7 SGB X): Eingang und Ausgang, neues Ersuchen mit der Vorabprüfung des
// Regelwerks, und ein Ersuchen mit Antwort, Ergebnisbericht (§ 118 SGB IX), Abrechnung und Zahlung.
import { Link, useParams, useSearchParams } from 'react-router';
import type { Seite } from '../api.ts';
import { Laden, Seitenleiste, Sortierkopf } from '../komponenten/anzeige.tsx';
import { Fehlermeldung } from '../komponenten/fehler.tsx';
import { Auswahl, Textfeld } from '../komponenten/felder.tsx';
import { ErsuchenAnsicht } from '../komponenten/amtshilfe-ansicht.tsx';
import {
  type Ersuchen,
  type ErsuchenZeile,
  ErsuchenStatus,
  Tabellenrahmen,
  aufgabeName,
  statusNamen,
} from '../komponenten/amtshilfe-gemeinsam.tsx';
import { ErsuchenFormular } from '../komponenten/amtshilfe-neu.tsx';
import { useDaten } from '../daten.ts';
import { datumDe, euro } from '../format.ts';
import { useSitzung } from '../sitzung.tsx';
import { useState } from 'react';
import { useListenadresse } from '../komponenten/listenadresse.ts';

const statusOptionen = (Object.keys(statusNamen) as (keyof typeof statusNamen)[]).map((s) => ({ wert: s, text: statusNamen[s] }));

export function AmtshilfeListe() {
  const { hatRolle } = useSitzung();
  const { werte, sortierung, seite, setze, sortiere } = useListenadresse(['richtung', 'status', 'suche']);
  const richtung = werte.richtung === 'ausgang' ? 'ausgang' : 'eingang';
  const { status, suche } = werte;
  const proSeite = 20;
  const [sucheEingabe, setSucheEingabe] = useState(suche);
  const [statusEingabe, setStatusEingabe] = useState(status);

  const abfrage = new URLSearchParams({ richtung, sortierung, seite: String(seite), proSeite: String(proSeite) });
  if (status) abfrage.set('status', status);
  if (suche) abfrage.set('suche', suche);
  const liste = useDaten<Seite<ErsuchenZeile>>(`/amtshilfeersuchen?${abfrage.toString()}`);

  const eintraege = liste.daten?.eintraege ?? [];
  const titel = richtung === 'eingang' ? 'Eingang: Ersuchen an Ihren Träger' : 'Ausgang: Ersuchen Ihres Trägers';

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Amtshilfe</h1>
      <p className="kern-body">
        Ersuchen um Amtshilfe nach §§ 3–7 SGB X: im Eingang die Ersuchen anderer Träger an Sie, im Ausgang Ihre Ersuchen an andere Träger.
      </p>
      {hatRolle('sachbearbeitung') && (
        <p>
          <Link className="kern-btn kern-btn--primary" to="/amtshilfe/neu">
            <span className="kern-label">Neues Ersuchen</span>
          </Link>
        </p>
      )}
      <nav aria-label="Eingang und Ausgang" className="ah-reiter">
        <ul className="kern-list kern-list--horizontal">
          {(['eingang', 'ausgang'] as const).map((r) => (
            <li key={r}>
              <Link
                className={`kern-link${r === richtung ? ' aktiv' : ''}`}
                aria-current={r === richtung ? 'page' : undefined}
                to={`/amtshilfe?richtung=${r}`}
              >
                {r === 'eingang' ? 'Eingang' : 'Ausgang'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="kern-stack-md" aria-labelledby="ah-liste-titel">
        <h2 className="kern-heading-medium" id="ah-liste-titel">
          {titel}
        </h2>
        <form
          className="ah-filter"
          role="search"
          aria-label="Ersuchen filtern"
          onSubmit={(e) => {
            e.preventDefault();
            setze({ suche: sucheEingabe.trim(), status: statusEingabe, seite: '' });
          }}
        >
          <Textfeld
            pfad="/filter/suche"
            label="Suche"
            hinweis="Zeichen, Pseudonym der Person oder Text der Fragen"
            typ="search"
            wert={sucheEingabe}
            aendern={setSucheEingabe}
          />
          <Auswahl
            pfad="/filter/status"
            label="Status"
            wert={statusEingabe}
            aendern={setStatusEingabe}
            optionen={statusOptionen}
            leer="Alle"
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">Filtern</span>
          </button>
        </form>
        <Fehlermeldung fehler={liste.fehler} />
        {liste.laedt && !liste.daten ? (
          <Laden />
        ) : eintraege.length === 0 ? (
          <p className="kern-body" role="status">
            {suche || status
              ? 'Keine Ersuchen passen zu diesem Filter.'
              : richtung === 'eingang'
                ? 'Keine Ersuchen an Ihren Träger.'
                : 'Ihr Träger hat noch um keine Amtshilfe ersucht.'}
          </p>
        ) : (
          <Tabellenrahmen titel={titel}>
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{titel}; Spaltenköpfe mit Schaltfläche sortieren die Tabelle.</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <Sortierkopf feld="aktenzeichen" text="Zeichen" sortierung={sortierung} setzen={sortiere} />
                  <th scope="col" className="kern-table__header">
                    {richtung === 'eingang' ? 'Ersuchender Träger' : 'Ersuchter Träger'}
                  </th>
                  <th scope="col" className="kern-table__header">
                    Aufgabe
                  </th>
                  <Sortierkopf feld="status" text="Status" sortierung={sortierung} setzen={sortiere} />
                  <Sortierkopf feld="gewuenschtBis" text="Erbeten bis" sortierung={sortierung} setzen={sortiere} />
                  <th scope="col" className="kern-table__header">
                    Nächste Frist
                  </th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">
                    Erstattung
                  </th>
                  <Sortierkopf feld="geaendert" text="Geändert" sortierung={sortierung} setzen={sortiere} />
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {eintraege.map((z) => (
                  <tr className="kern-table__row" key={z.id}>
                    <td className="kern-table__cell">
                      <Link className="kern-link" to={`/amtshilfe/${z.id}`}>
                        {z.aktenzeichen}
                      </Link>
                      <br />
                      <span className="kern-body--small kern-body--muted">Person {z.personPseudonym}</span>
                    </td>
                    <td className="kern-table__cell">{richtung === 'eingang' ? z.ersuchenderName : z.ersuchterName}</td>
                    <td className="kern-table__cell">{aufgabeName(z.aufgabe)}</td>
                    <td className="kern-table__cell">
                      <ErsuchenStatus status={z.status} />
                    </td>
                    <td className="kern-table__cell">{datumDe(z.gewuenschtBis)}</td>
                    <td className="kern-table__cell">{datumDe(z.naechsteFrist)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{euro(z.erstattungCent)}</td>
                    <td className="kern-table__cell">{datumDe(z.geaendertAm.slice(0, 10))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellenrahmen>
        )}
        {liste.daten && (liste.daten.gesamt ?? 0) > 0 && (
          <Seitenleiste
            seite={seite}
            proSeite={proSeite}
            {...(liste.daten.gesamt !== undefined ? { gesamt: liste.daten.gesamt } : {})}
            wechseln={(s) => setze({ seite: String(s) })}
          />
        )}
      </section>
    </div>
  );
}

export function AmtshilfeNeu() {
  const { hatRolle } = useSitzung();
  const [params] = useSearchParams();
  if (!hatRolle('sachbearbeitung'))
    return (
      <>
        <h1 className="kern-heading-x-large">Neues Amtshilfeersuchen</h1>
        <p className="kern-body">
          Ein Ersuchen um Amtshilfe legt die Sachbearbeitung an. Ihre Rolle kann Ersuchen lesen, aber nicht anlegen.
        </p>
        <Link className="kern-link" to="/amtshilfe">
          Zurück zur Amtshilfe
        </Link>
      </>
    );
  return <ErsuchenFormular fallVorauswahl={params.get('fall') ?? ''} />;
}

export function AmtshilfeDetail() {
  const { id = '' } = useParams();
  const ersuchen = useDaten<Ersuchen>(`/amtshilfeersuchen/${encodeURIComponent(id)}`);
  if (ersuchen.fehler?.status === 404 || ersuchen.fehler?.status === 400)
    return (
      <>
        <h1 className="kern-heading-x-large">Amtshilfeersuchen nicht gefunden</h1>
        <p className="kern-body">
          Dieses Ersuchen gibt es nicht, oder Ihr Träger ist an ihm nicht beteiligt. Ein Ersuchen sehen nur der ersuchende und der ersuchte
          Träger.
        </p>
        <Link className="kern-link" to="/amtshilfe">
          Zur Liste der Ersuchen
        </Link>
      </>
    );
  if (!ersuchen.daten)
    return (
      <>
        <h1 className="kern-heading-x-large">Amtshilfeersuchen</h1>
        {ersuchen.fehler ? <Fehlermeldung fehler={ersuchen.fehler} /> : <Laden />}
      </>
    );
  return <ErsuchenAnsicht ersuchen={ersuchen.daten} etag={ersuchen.etag} setze={ersuchen.setze} neu={ersuchen.neu} />;
}
