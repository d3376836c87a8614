// Amtshilfe: Eingang und Ausgang der Ersuchen (§§ 3–7 SGB X) mit Filter, Sortierung und Seiten.
import { Link } from 'react-router';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { type ErsuchenZeile, ErsuchenStatus, Tabellenrahmen, aufgabeName } from './gemeinsam.tsx';
import { datumDe, euro } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { useListe } from '../../gemeinsam/liste/abfrage.ts';
import { useListenadresse } from '../../gemeinsam/liste/adresse.ts';
import { useFilterformular } from '../../gemeinsam/liste/filter.ts';
import { Listeninhalt } from '../../gemeinsam/liste/liste.tsx';
import { type Spalte, Listentabelle } from '../../gemeinsam/liste/tabelle.tsx';
import { statusOptionen } from './seiten.tsx';

const proSeite = 20;

function spalten(richtung: 'eingang' | 'ausgang'): Spalte<ErsuchenZeile>[] {
  return [
    {
      kopf: 'Zeichen',
      sortierfeld: 'aktenzeichen',
      zelle: (z) => (
        <>
          <Link className="kern-link" to={`/amtshilfe/${z.id}`}>
            {z.aktenzeichen}
          </Link>
          <br />
          <span className="kern-body--small kern-body--muted">Person {z.personPseudonym}</span>
        </>
      ),
    },
    richtung === 'eingang'
      ? { kopf: 'Ersuchender Träger', zelle: (z) => z.ersuchenderName }
      : { kopf: 'Ersuchter Träger', zelle: (z) => z.ersuchterName },
    { kopf: 'Aufgabe', zelle: (z) => aufgabeName(z.aufgabe) },
    { kopf: 'Status', sortierfeld: 'status', zelle: (z) => <ErsuchenStatus status={z.status} /> },
    { kopf: 'Erbeten bis', sortierfeld: 'gewuenschtBis', zelle: (z) => datumDe(z.gewuenschtBis) },
    { kopf: 'Nächste Frist', zelle: (z) => datumDe(z.naechsteFrist) },
    { kopf: 'Erstattung', numerisch: true, zelle: (z) => euro(z.erstattungCent) },
    { kopf: 'Geändert', sortierfeld: 'geaendert', zelle: (z) => datumDe(z.geaendertAm.slice(0, 10)) },
  ];
}

function Reiter({ richtung }: { richtung: 'eingang' | 'ausgang' }) {
  return (
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
  );
}

export function AmtshilfeListe() {
  const { hatRolle } = useSitzung();
  const adresse = useListenadresse(['richtung', 'status', 'suche']);
  const filter = useFilterformular(adresse, ['suche', 'status']);
  const richtung = adresse.werte.richtung === 'ausgang' ? 'ausgang' : 'eingang';
  const abfrage = adresse.abfrage({ proSeite });
  abfrage.set('richtung', richtung);
  const liste = useListe<ErsuchenZeile>('/amtshilfeersuchen', abfrage);
  const titel = richtung === 'eingang' ? 'Eingang: Ersuchen an Ihren Träger' : 'Ausgang: Ersuchen Ihres Trägers';
  const { status, suche } = adresse.werte;

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
      <Reiter richtung={richtung} />
      <section className="kern-stack-md" aria-labelledby="ah-liste-titel">
        <h2 className="kern-heading-medium" id="ah-liste-titel">
          {titel}
        </h2>
        <form className="ah-filter" role="search" aria-label="Ersuchen filtern" onSubmit={filter.absenden}>
          <Textfeld
            pfad="/filter/suche"
            label="Suche"
            hinweis="Zeichen, Pseudonym der Person oder Text der Fragen"
            typ="search"
            {...filter.feld('suche')}
          />
          <Auswahl pfad="/filter/status" label="Status" {...filter.feld('status')} optionen={statusOptionen} leer="Alle" />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">Filtern</span>
          </button>
        </form>
        <Fehlermeldung fehler={liste.fehler} />
        <Listeninhalt
          liste={liste}
          adresse={adresse}
          proSeite={proSeite}
          leer={
            suche || status
              ? 'Keine Ersuchen passen zu diesem Filter.'
              : richtung === 'eingang'
                ? 'Keine Ersuchen an Ihren Träger.'
                : 'Ihr Träger hat noch um keine Amtshilfe ersucht.'
          }
        >
          {(eintraege) => (
            <Listentabelle
              rahmen={{ name: titel, Komponente: Tabellenrahmen }}
              beschriftung={`${titel}; Spaltenköpfe mit Schaltfläche sortieren die Tabelle.`}
              spalten={spalten(richtung)}
              zeilen={eintraege}
              schluessel={(z) => z.id}
              sortierung={adresse.sortierung}
              sortiere={adresse.sortiere}
            />
          )}
        </Listeninhalt>
      </section>
    </div>
  );
}
