// Mehrkostenvergleiche des eigenen Trägers mit Filter, Sortierung und Seiten.
import { Link } from 'react-router';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { type VergleichZeile, entscheidungText, regelwerkText } from './typen.ts';
import { euro, prozentDe, zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { Tabellenrahmen } from '../../gemeinsam/tabellenrahmen.tsx';
import { useListe } from '../../gemeinsam/liste/abfrage.ts';
import { useListenadresse } from '../../gemeinsam/liste/adresse.ts';
import { useFilterformular } from '../../gemeinsam/liste/filter.ts';
import { Listeninhalt } from '../../gemeinsam/liste/liste.tsx';
import { type Spalte, Listentabelle } from '../../gemeinsam/liste/tabelle.tsx';
import { KeinZugriff, StatusVergleich, bearbeitungsRollen } from './seiten.tsx';

const vergleichSpalten: Spalte<VergleichZeile>[] = [
  {
    kopf: 'Bezeichnung',
    sortierfeld: 'bezeichnung',
    zelle: (v) => (
      <Link className="kern-link" to={`/mehrkosten/${v.id}`}>
        {v.bezeichnung}
      </Link>
    ),
  },
  { kopf: 'Fall', zelle: (v) => v.aktenzeichen ?? '–' },
  {
    kopf: 'Mehrkosten',
    sortierfeld: 'mehrkosten',
    numerisch: true,
    zelle: (v) => (
      <>
        {v.mehrkostenProzent === null ? '–' : prozentDe(v.mehrkostenProzent)}
        {v.mehrkostenCentProMonat ? (
          <>
            <br />
            <span className="kern-body--small">{euro(v.mehrkostenCentProMonat)} je Monat</span>
          </>
        ) : null}
      </>
    ),
  },
  { kopf: 'Regelwerk', zelle: (v) => (v.regelwerk ? regelwerkText[v.regelwerk] : '') },
  {
    kopf: 'Status',
    zelle: (v) => <StatusVergleich status={v.status} entscheidung={v.entscheidung ? entscheidungText[v.entscheidung] : null} />,
  },
  { kopf: 'Geändert', sortierfeld: 'geaendert', zelle: (v) => zeitDe(v.geaendertAm) },
];

export function MehrkostenListe() {
  const { hatRolle } = useSitzung();
  const adresse = useListenadresse(['suche', 'status']);
  const filter = useFilterformular(adresse, ['suche', 'status']);
  const darf = hatRolle('sachbearbeitung', 'kostenerstattung', 'leitung');
  const liste = useListe<VergleichZeile>('/mehrkostenvergleiche', adresse.abfrage({ proSeite: 20 }), darf);
  if (!darf) return <KeinZugriff />;

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Mehrkostenvergleich</h1>
      <p className="kern-body">
        Wunsch- und Wahlrecht: Wünschen die Leistungsberechtigten eine teurere Leistung, vergleicht EGH-Clearing die Kosten mit der
        günstigsten zumutbaren, bedarfsdeckenden Alternative (§ 104 SGB IX; bis 2019 § 9 Abs. 2 SGB XII a.F.). Entschieden wird nach
        Abwägung durch einen Menschen.
      </p>
      {hatRolle(...bearbeitungsRollen) ? (
        <p>
          <Link className="kern-btn kern-btn--primary" to="/mehrkosten/neu">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Neuen Mehrkostenvergleich anlegen</span>
          </Link>
        </p>
      ) : (
        <p className="kern-body">
          Neue Vergleiche legen die Sachbearbeitung oder die Leitung an; Sie können die Vergleiche Ihres Trägers lesen.
        </p>
      )}
      <form className="filterleiste" onSubmit={filter.absenden} aria-label="Vergleiche filtern">
        <Textfeld pfad="/suche" label="Bezeichnung enthält" typ="search" {...filter.feld('suche')} />
        <Auswahl
          pfad="/status"
          label="Status"
          {...filter.feld('status')}
          leer="Alle"
          optionen={[
            { wert: 'Offen', text: 'Offen' },
            { wert: 'Entschieden', text: 'Entschieden' },
          ]}
        />
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">Filtern</span>
        </button>
      </form>
      <Fehlermeldung fehler={liste.fehler} />
      <Listeninhalt
        liste={liste}
        adresse={adresse}
        proSeite={liste.daten?.proSeite ?? 20}
        leer={adresse.gefiltert ? 'Keine Vergleiche zu diesem Filter.' : 'Ihr Träger hat noch keine Mehrkostenvergleiche.'}
      >
        {(eintraege) => (
          <Listentabelle
            rahmen={{ name: 'Mehrkostenvergleiche', Komponente: Tabellenrahmen }}
            beschriftung="Mehrkostenvergleiche, sortierbar"
            spalten={vergleichSpalten}
            zeilen={eintraege}
            schluessel={(v) => v.id}
            sortierung={adresse.sortierung}
            sortiere={adresse.sortiere}
          />
        )}
      </Listeninhalt>
    </div>
  );
}
