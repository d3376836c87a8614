// Amtshilfe (§§ 3–7 SGB X): Eingang und Ausgang, neues Ersuchen mit der Vorabprüfung des
// Regelwerks, und ein Ersuchen mit Antwort, Ergebnisbericht (§ 118 SGB IX), Abrechnung und Zahlung.
import { Link, useParams, useSearchParams } from 'react-router';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { ErsuchenAnsicht } from './detail.tsx';
import { type Ersuchen, statusNamen } from './gemeinsam.tsx';
import { ErsuchenFormular } from './formular.tsx';
import { useDaten } from '../../daten.ts';
import { useSitzung } from '../../sitzung.tsx';

export const statusOptionen = (Object.keys(statusNamen) as (keyof typeof statusNamen)[]).map((s) => ({ wert: s, text: statusNamen[s] }));

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
