// Träger & Vereinbarung: die Fassungen der Verwaltungsvereinbarung und das Trägerregister (Suche nach Name, Land, Art; seitenweise).
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Laden, Status } from '../../gemeinsam/anzeige.tsx';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { Tabellenrahmen } from '../../gemeinsam/tabellenrahmen.tsx';
import { artNamen } from './stammdaten.tsx';
import { type Vereinbarung } from './vereinbarung.tsx';
import { datumDe, landNamen, landOptionen } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { useListe } from '../../gemeinsam/liste/abfrage.ts';
import { useListenadresse } from '../../gemeinsam/liste/adresse.ts';
import { useFilterformular } from '../../gemeinsam/liste/filter.ts';
import { Listeninhalt } from '../../gemeinsam/liste/liste.tsx';
import { type Spalte, Listentabelle } from '../../gemeinsam/liste/tabelle.tsx';
import { proSeite } from './seiten.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

type Traegerzeile = ApiAntwort<'/api/v1/traeger', 'get'>['eintraege'][number];

function Vereinbarungsliste() {
  const liste = useQuery({ queryKey: ['vereinbarungen'], queryFn: async () => (await api.get<Vereinbarung[]>('/vereinbarungen')).daten });
  return (
    <section className="kern-stack-md" aria-labelledby="vereinbarungen-titel">
      <h2 className="kern-heading-medium" id="vereinbarungen-titel">
        Verwaltungsvereinbarung zur Amtshilfe
      </h2>
      <p className="kern-body">
        Mitglieder der Vereinbarung rechnen Amtshilfe untereinander mit Pauschalen je Aufgabe ab; sonst gelten die Auslagen nach § 7 SGB X.
      </p>
      <Fehlermeldung fehler={liste.error} />
      {liste.isPending ? (
        <Laden />
      ) : (
        <ul className="kern-list">
          {(liste.data ?? []).map((v) => (
            <li key={v.id}>
              <Link className="kern-link" to={`/traeger/vereinbarungen/${encodeURIComponent(v.id)}`}>
                {v.bezeichnung}
              </Link>{' '}
              – gültig ab {datumDe(v.gueltigAb)} {v.beispiel && <Status text="Beispielbeträge" ton="warning" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const registerSpalten: Spalte<Traegerzeile>[] = [
  {
    kopf: 'Name',
    sortierfeld: 'name',
    zelle: (t) => (
      <Link className="kern-link" to={`/traeger/${encodeURIComponent(t.id)}`}>
        {t.name}
      </Link>
    ),
  },
  { kopf: 'Art', zelle: (t) => artNamen[t.art] },
  { kopf: 'Land', sortierfeld: 'land', zelle: (t) => landNamen[t.land] ?? t.land },
  { kopf: 'Leitweg-ID', zelle: (t) => t.leitwegId ?? '–' },
];

export function TraegerListe() {
  const { sitzung } = useSitzung();
  const adresse = useListenadresse(['suche', 'land', 'art'], 'name');
  const filter = useFilterformular(adresse, ['suche', 'land', 'art']);
  const liste = useListe<Traegerzeile>('/traeger', adresse.abfrage({ proSeite }));
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Träger &amp; Vereinbarung</h1>
      {sitzung.traeger && (
        <p className="kern-body">
          Ihr Träger:{' '}
          <Link className="kern-link" to={`/traeger/${encodeURIComponent(sitzung.traeger.id)}`}>
            {sitzung.traeger.name}
          </Link>
        </p>
      )}
      <Vereinbarungsliste />
      <section className="kern-stack-md" aria-labelledby="register-titel">
        <h2 className="kern-heading-medium" id="register-titel">
          Trägerregister
        </h2>
        <p className="kern-body">
          Alle Träger der Eingliederungshilfe auf der Plattform: die Kreise und kreisfreien Städte und die überörtlichen Träger.
        </p>
        <form className="filterleiste" onSubmit={filter.absenden} aria-label="Trägerregister durchsuchen">
          <Textfeld pfad="/suche" label="Name, Kurzname oder Kennung" typ="search" {...filter.feld('suche')} />
          <Auswahl pfad="/land" label="Land" {...filter.feld('land')} leer="Alle Länder" optionen={landOptionen} />
          <Auswahl
            pfad="/art"
            label="Art"
            {...filter.feld('art')}
            leer="Alle Arten"
            optionen={Object.entries(artNamen).map(([wert, text]) => ({ wert, text }))}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">Suchen</span>
          </button>
        </form>
        <Fehlermeldung fehler={liste.fehler} />
        <Listeninhalt liste={liste} adresse={adresse} proSeite={proSeite} leer="Kein Träger passt zu dieser Suche.">
          {(eintraege) => (
            <>
              <p className="kern-body" role="status">
                {liste.daten?.gesamt === 1 ? '1 Träger gefunden.' : `${liste.daten?.gesamt ?? 0} Träger gefunden.`}
              </p>
              <Listentabelle
                rahmen={{ name: 'Trägerregister', Komponente: Tabellenrahmen }}
                beschriftung="Trägerregister, sortierbar nach Name und Land"
                spalten={registerSpalten}
                zeilen={eintraege}
                schluessel={(t) => t.id}
                sortierung={adresse.sortierung}
                sortiere={adresse.sortiere}
              />
            </>
          )}
        </Listeninhalt>
      </section>
    </div>
  );
}
