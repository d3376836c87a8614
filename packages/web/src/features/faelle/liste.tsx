// Fälle: Liste mit Suche, Sortierung und Seiten.
import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { Status } from '../../gemeinsam/anzeige.tsx';
import { Verschiebbar } from '../pruefrechner/rahmen.tsx';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { zeitDe } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { useListe } from '../../gemeinsam/liste/abfrage.ts';
import { useListenadresse } from '../../gemeinsam/liste/adresse.ts';
import { Exportlinks } from '../../gemeinsam/liste/export.tsx';
import { useFilterformular } from '../../gemeinsam/liste/filter.ts';
import { Blaettern } from '../../gemeinsam/liste/liste.tsx';
import { type Spalte, Listentabelle } from '../../gemeinsam/liste/tabelle.tsx';
import { type FallZeile, statusTon } from './seiten.tsx';

const proSeite = 20;

/** Der Rahmen der Fälle-Tabelle: bei schmaler Ansicht waagerecht verschiebbar. */
function FaelleRahmen({ titel, children }: { titel: string; children: ReactNode }) {
  return <Verschiebbar name={titel}>{children}</Verschiebbar>;
}

function faelleSpalten(sortiere: (s: string) => void): Spalte<FallZeile>[] {
  return [
    {
      kopf: 'Aktenzeichen',
      sortierfeld: 'aktenzeichen',
      zelle: (f) => (
        <Link className="kern-link" to={`/faelle/${f.id}`}>
          {f.aktenzeichen}
        </Link>
      ),
    },
    {
      kopf: 'Person',
      sortierfeld: 'name',
      // Nach Namen sortiert die API nur aufsteigend.
      sortiere: (s) => sortiere(s.replace('-', '')),
      zelle: (f) => (
        <>
          {f.person.nachname}, {f.person.vorname}
        </>
      ),
    },
    { kopf: 'Pseudonym', zelle: (f) => f.person.pseudonym },
    { kopf: 'Status', zelle: (f) => <Status text={f.status} ton={statusTon[f.status]} /> },
    { kopf: 'Zuletzt geändert', sortierfeld: 'geaendert', zelle: (f) => zeitDe(f.geaendertAm) },
  ];
}

export function FaelleListe() {
  const { sitzung, hatRolle } = useSitzung();
  const adresse = useListenadresse(['suche', 'status']);
  const filter = useFilterformular(adresse, ['suche', 'status']);
  const { suche } = adresse.werte;
  const faelle = useListe<FallZeile>('/faelle', adresse.abfrage({ proSeite }));
  const eintraege = faelle.daten?.eintraege ?? [];
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <h1 className="kern-heading-x-large">Fälle</h1>
        <p className="kern-body">Die Fälle Ihres Trägers mit Aufenthalten, Leistungen, Zuständigkeit und § 14-Verfahren.</p>
        {hatRolle('sachbearbeitung') && (
          <p>
            <Link className="kern-btn kern-btn--primary" to="/faelle/neu">
              <span className="kern-icon kern-icon--add" aria-hidden="true" />
              <span className="kern-label">Neuen Fall anlegen</span>
            </Link>
          </p>
        )}
      </div>
      <form className="kern-stack-sm schema-formular faelle-suche" role="search" aria-label="Fälle suchen" onSubmit={filter.absenden}>
        <Textfeld
          pfad="/suche"
          label="Suchbegriff"
          hinweis="Aktenzeichen, Name oder Pseudonym der Person"
          typ="search"
          {...filter.feld('suche')}
        />
        <Auswahl
          pfad="/status"
          label="Status"
          {...filter.feld('status')}
          leer="alle"
          optionen={[
            { wert: 'offen', text: 'offen' },
            { wert: 'abgeschlossen', text: 'abgeschlossen' },
          ]}
        />
        <div className="knopfleiste">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">Suchen</span>
          </button>
          {adresse.gefiltert && (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={filter.zuruecksetzen}>
              <span className="kern-label">Suche zurücksetzen</span>
            </button>
          )}
        </div>
      </form>
      <Fehlermeldung fehler={faelle.fehler} />
      <p className="kern-body" role="status">
        {faelle.laedt
          ? 'Fälle werden geladen …'
          : faelle.daten
            ? `${faelle.daten.gesamt ?? eintraege.length} ${faelle.daten.gesamt === 1 ? 'Fall' : 'Fälle'} gefunden${suche ? ` für „${suche}“` : ''}.`
            : ''}
      </p>
      {eintraege.length > 0 && (
        <Listentabelle
          rahmen={{ name: 'Fälle', Komponente: FaelleRahmen }}
          klasse="kern-table"
          beschriftung="Fälle, sortierbar nach Aktenzeichen, Name und letzter Änderung"
          spalten={faelleSpalten(adresse.sortiere)}
          zeilen={eintraege}
          schluessel={(f) => f.id}
          sortierung={adresse.sortierung}
          sortiere={adresse.sortiere}
        />
      )}
      {faelle.daten && eintraege.length === 0 && !faelle.laedt && (
        <p className="kern-body">{adresse.gefiltert ? 'Keine Fälle passen zur Suche.' : 'Noch keine Fälle angelegt.'}</p>
      )}
      {faelle.daten && (faelle.daten.gesamt ?? 0) > proSeite && <Blaettern adresse={adresse} proSeite={proSeite} seite={faelle.daten} />}
      {/* Wie der Server: nur mit Träger und in den Rollen Sachbearbeitung und Leitung (der Export wird protokolliert). */}
      {eintraege.length > 0 && sitzung.traeger && hatRolle('sachbearbeitung', 'leitung') && (
        <Exportlinks pfad="/export/faelle" abfrage={adresse.abfrage({ sortiert: false })} was="Fälle" />
      )}
    </div>
  );
}
