// Erstattungsbuch: ausgehende und eingehende Ansprüche des eigenen Trägers mit Filter, Sortierung und Seiten.
import { Link } from 'react-router';
import { Status } from '../../gemeinsam/anzeige.tsx';
import { type AnspruchZeile, AnspruchStatus, type ErstattungStatus, Tabellenrahmen, statusListe, statusNamen } from './gemeinsam.tsx';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { datumDe, euro, heuteIso } from '../../format.ts';
import { useSitzung } from '../../sitzung.tsx';
import { useListe, useTraegernamen } from '../../gemeinsam/liste/abfrage.ts';
import { useListenadresse } from '../../gemeinsam/liste/adresse.ts';
import { type Filterformular, useFilterformular } from '../../gemeinsam/liste/filter.ts';
import { Listeninhalt } from '../../gemeinsam/liste/liste.tsx';
import { type Spalte, Listentabelle } from '../../gemeinsam/liste/tabelle.tsx';
import { darfAnlegen, tagDe } from './seiten.tsx';

const proSeite = 20;
const sortierNamen: Record<string, string> = {
  aktenzeichen: 'Aktenzeichen',
  forderung: 'Forderung',
  geaendert: 'letzter Änderung',
  status: 'Status',
};

function spalten(
  eigen: (e: AnspruchZeile) => boolean,
  name: ReturnType<typeof useTraegernamen>,
  heute: string,
  sortiere: (s: string) => void,
): Spalte<AnspruchZeile>[] {
  return [
    {
      kopf: 'Aktenzeichen',
      sortierfeld: 'aktenzeichen',
      zelle: (e) => (
        <Link className="kern-link" to={`/erstattung/${e.id}`}>
          {e.aktenzeichen}
        </Link>
      ),
    },
    {
      kopf: 'Richtung und Gegenseite',
      zelle: (e) =>
        eigen(e) ? (
          <>
            <span className="kern-body--bold">ausgehend</span> an {e.verpflichteterExtern ?? name(e.verpflichteterId)}
          </>
        ) : (
          <>
            <span className="kern-body--bold">eingehend</span> von {name(e.anspruchstellerId)}
          </>
        ),
    },
    {
      kopf: 'Status',
      sortierfeld: 'status',
      // Nach Status sortiert die API nur aufsteigend (in der Reihenfolge des Ablaufs).
      sortiere: () => sortiere('status'),
      zelle: (e) => (
        <span className="erstattung-status">
          <AnspruchStatus status={e.status} />
          {e.vierAugenOffen && <Status text="Freigabe offen (Vier-Augen-Prinzip)" ton="info" />}
        </span>
      ),
    },
    {
      kopf: 'Nächste Frist',
      zelle: (e) =>
        e.naechsteFrist ? (
          <>
            {datumDe(e.naechsteFrist)} {e.naechsteFrist < heute && <Status text="überfällig" ton="danger" />}
          </>
        ) : (
          <span className="kern-body--muted">keine offene</span>
        ),
    },
    { kopf: 'Forderung', sortierfeld: 'forderung', numerisch: true, zelle: (e) => euro(e.forderungCent) },
    {
      kopf: 'Anerkannt',
      numerisch: true,
      zelle: (e) => (e.anerkanntCent === null ? <span className="kern-body--muted">–</span> : euro(e.anerkanntCent)),
    },
    { kopf: 'Geändert', sortierfeld: 'geaendert', zelle: (e) => tagDe(e.geaendertAm) },
  ];
}

function Buchfilter({ filter }: { filter: Filterformular<'richtung' | 'status' | 'suche'> }) {
  return (
    <form className="erstattung-filter" aria-label="Ansprüche filtern" onSubmit={filter.absenden}>
      <Auswahl
        pfad="/filter/richtung"
        label="Richtung"
        {...filter.feld('richtung')}
        optionen={[
          { wert: '', text: 'Ausgehend und eingehend' },
          { wert: 'ausgehend', text: 'Ausgehend – wir fordern' },
          { wert: 'eingehend', text: 'Eingehend – an uns gerichtet' },
        ]}
      />
      <Auswahl
        pfad="/filter/status"
        label="Status"
        {...filter.feld('status')}
        optionen={[{ wert: '', text: 'Alle Status' }, ...statusListe.map((s) => ({ wert: s, text: statusNamen[s] }))]}
      />
      <Textfeld pfad="/filter/suche" label="Suche (Aktenzeichen, Stelle, Bemerkung)" typ="search" {...filter.feld('suche')} />
      <div className="erstattung-filter__knopf">
        <button type="submit" className="kern-btn kern-btn--secondary">
          <span className="kern-label">Anzeigen</span>
        </button>
      </div>
    </form>
  );
}

export function ErstattungListe() {
  const { sitzung, hatRolle } = useSitzung();
  const adresse = useListenadresse(['richtung', 'status', 'suche']);
  const filter = useFilterformular(adresse, ['richtung', 'status', 'suche']);
  const { richtung, status, suche } = adresse.werte;
  const liste = useListe<AnspruchZeile>('/erstattungsansprueche', adresse.abfrage({ proSeite }));
  const name = useTraegernamen((liste.daten?.eintraege ?? []).flatMap((e) => [e.anspruchstellerId, e.verpflichteterId]));
  const eigen = (e: AnspruchZeile) => e.anspruchstellerId === sitzung.traeger?.id;
  const titel = richtung === 'ausgehend' ? 'Ausgehende Ansprüche' : richtung === 'eingehend' ? 'Eingehende Ansprüche' : 'Alle Ansprüche';

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Erstattung</h1>
      <p className="kern-body">
        Das Erstattungsbuch Ihres Trägers: <span className="kern-body--bold">ausgehende</span> Ansprüche fordern Sie von anderen Trägern,{' '}
        <span className="kern-body--bold">eingehende</span> Ansprüche richten andere Träger an Sie. Die Spalte „Nächste Frist“ zeigt die
        nächste offene Frist Ihres Trägers (Ausschlussfrist § 111 SGB X, Verjährung § 113 SGB X).
      </p>
      {hatRolle(...darfAnlegen) ? (
        <p>
          <Link className="kern-btn kern-btn--primary" to="/erstattung/neu">
            <span className="kern-label">Neuen Erstattungsanspruch anlegen</span>
          </Link>
        </p>
      ) : (
        <p className="kern-body">Neue Ansprüche legen Personen mit der Rolle Kostenerstattung oder Leitung an.</p>
      )}
      <Buchfilter filter={filter} />
      <Fehlermeldung fehler={liste.fehler} />
      <section className="kern-stack-sm" aria-labelledby="buch-titel">
        <h2 className="kern-heading-medium" id="buch-titel">
          {titel}
          {status ? ` im Status „${statusNamen[status as ErstattungStatus] ?? status}“` : ''}
          {suche ? ` mit „${suche}“` : ''}
        </h2>
        <Listeninhalt
          liste={liste}
          adresse={adresse}
          proSeite={proSeite}
          leer="Keine Ansprüche gefunden. Ändern Sie den Filter oder legen Sie einen neuen Anspruch an."
          export={
            // Wie der Server: nur mit Träger und in den Rollen Kostenerstattung, Leitung, Sachbearbeitung.
            sitzung.traeger && hatRolle('kostenerstattung', 'leitung', 'sachbearbeitung')
              ? { pfad: '/export/erstattungsansprueche', abfrage: adresse.abfrage(), was: 'Ansprüche' }
              : undefined
          }
        >
          {(eintraege) => (
            <Listentabelle
              rahmen={{ name: 'Tabelle der Ansprüche', Komponente: Tabellenrahmen }}
              klasse="kern-table kern-table--small erstattung-buch"
              beschriftung={`${titel}, sortiert nach ${sortierNamen[adresse.sortierung.replace('-', '')] ?? adresse.sortierung}`}
              spalten={spalten(eigen, name, heuteIso(), adresse.sortiere)}
              zeilen={eintraege}
              schluessel={(e) => e.id}
              sortierung={adresse.sortierung}
              sortiere={adresse.sortiere}
            />
          )}
        </Listeninhalt>
      </section>
    </div>
  );
}
