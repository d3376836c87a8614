// Übersicht → Zur Freigabe (Leitung): Vorschläge des eigenen Trägers zu Erstattungsansprüchen, die
// auf die Freigabe durch eine andere Person mit der Rolle Leitung warten – die ältesten zuerst.
import { Link } from 'react-router';
import type { Antwort } from '../../api/client.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { useDaten } from '../../daten.ts';
import { anzahl, datumDe, euro } from '../../format.ts';

type Freigaben = Antwort<'/api/v1/arbeitslisten/freigaben', 'get'>;

const entscheidungText = { Anerkannt: 'anerkennen', TeilweiseAnerkannt: 'teilweise anerkennen', Abgelehnt: 'ablehnen' } as const;

export function ZurFreigabe() {
  const liste = useDaten<Freigaben>('/arbeitslisten/freigaben');
  const eintraege = liste.daten?.eintraege ?? [];
  return (
    <section className="kern-stack-sm" aria-labelledby="freigabe-titel">
      <h2 className="kern-heading-medium" id="freigabe-titel">
        Zur Freigabe <span className="kern-body--muted">({eintraege.length})</span>
      </h2>
      <Fehlermeldung fehler={liste.fehler} />
      {liste.laedt && !liste.daten ? (
        <Laden />
      ) : eintraege.length === 0 ? (
        <p className="kern-body">Keine Vorschläge warten auf Ihre Freigabe.</p>
      ) : (
        <ul className="kern-list">
          {eintraege.map((e) => (
            <li key={e.id}>
              <Link className="kern-link" to={`/erstattung/${e.id}`}>
                {e.aktenzeichen} – {e.anspruchsteller}: {entscheidungText[e.entscheidung]}
                {e.entscheidung === 'TeilweiseAnerkannt' && e.betragCent !== null ? ` mit ${euro(e.betragCent)}` : ''} (gefordert{' '}
                {euro(e.forderungCent)})
              </Link>{' '}
              – vorgeschlagen von {e.vonName} am {datumDe(e.am)},{' '}
              {e.alterTage === 0 ? 'heute' : `seit ${anzahl(e.alterTage, 'Tag', 'Tagen')}`}
              {e.eigener ? '; Ihr eigener Vorschlag – freigeben muss eine andere Person mit der Rolle Leitung.' : '.'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
