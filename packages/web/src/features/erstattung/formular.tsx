// Neuer Erstattungsanspruch: Verpflichteter (aus dem Register oder eine Stelle außerhalb), Fall,
// Angaben für die Rechtsgrundlage (jede erklärt), Leistungszeiträume mit Beträgen, Kenntnisdatum,
// Zinsantrag. Angelegt wird ein Entwurf; Rechtsgrundlage, Betrag und Fristen bestimmt das Regelwerk.
// Die Abschnitte stehen in anspruch-abschnitte.tsx, die Prüfung der Eingaben in anspruch-eingabe.ts.
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiFehler, type Feldfehler, type Seite, api, neuerIdempotenzSchluessel } from '../../api.ts';
import { useDaten } from '../../daten.ts';
import { datumIso } from '../../format.ts';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import {
  type FallKurz,
  ParteienAbschnitt,
  RechtsgrundlageAbschnitt,
  type Setze,
  TermineAbschnitt,
  ZeitraeumeAbschnitt,
} from './anspruch-abschnitte.tsx';
import { type AnspruchEingabe, anspruchFuerApi, formularPfad, leereEingabe } from './anspruch-eingabe.ts';
import { type Anspruch, type TraegerKurz } from './gemeinsam.tsx';

/** Die Rolle im Trägerregister zur gewählten Art des verpflichteten Trägers. */
const registerRolle: Record<string, string> = { egh: 'eingliederungshilfe', sozialhilfe: 'sozialhilfe', jugendhilfe: 'jugendhilfe' };

/**
 * Die Trägerauswahl fragt das Register nach der Rolle am Beginn der Leistung: ein bayerischer
 * Landkreis erscheint als Sozialhilfe-, nie als Träger der Eingliederungshilfe. Ohne Suchbegriff
 * zeigt sie die überörtlichen Träger.
 */
function registerPfad(suchbegriff: string, verpflichteterArt: string, leistungsbeginn: string): string {
  const q = new URLSearchParams({ proSeite: '100' });
  if (suchbegriff) q.set('suche', suchbegriff);
  else q.set('art', 'ueberoertlich');
  const rolle = registerRolle[verpflichteterArt];
  if (rolle) q.set('rolle', rolle);
  const stichtag = datumIso(leistungsbeginn);
  if (rolle && stichtag) q.set('stichtag', stichtag);
  return `/traeger?${q.toString()}`;
}

/** Legt den Anspruch an (derselbe Inhalt behält seinen Idempotenzschlüssel) und führt zum neuen Anspruch. */
function useAnlegen(eingabe: AnspruchEingabe) {
  const navigieren = useNavigate();
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  const idempotenz = useRef<{ schluessel: string; inhalt: string } | null>(null);

  async function absenden(ev: FormEvent) {
    ev.preventDefault();
    if (sendet) return;
    const { fehler: neu, body } = anspruchFuerApi(eingabe);
    setProblem(null);
    if (neu.length) {
      setFehler(neu);
      return;
    }
    // Derselbe Inhalt behält seinen Idempotenzschlüssel (doppeltes Absenden legt nicht doppelt an).
    const inhalt = JSON.stringify(body);
    if (idempotenz.current?.inhalt !== inhalt) idempotenz.current = { schluessel: neuerIdempotenzSchluessel(), inhalt };
    setFehler([]);
    setSendet(true);
    try {
      const { daten } = await api.post<Anspruch>('/erstattungsansprueche', body, null, idempotenz.current.schluessel);
      void navigieren(`/erstattung/${daten.id}`, {
        state: {
          meldung: `Der Anspruch ${daten.aktenzeichen} ist als Entwurf angelegt. Rechtsgrundlage und Fristen hat das Regelwerk bestimmt.`,
        },
      });
    } catch (e) {
      const a = e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(e) });
      if (a.felder.length) setFehler(a.felder.map((x) => ({ pfad: formularPfad(x.pfad), meldung: x.meldung })));
      else setProblem(a);
    } finally {
      setSendet(false);
    }
  }
  return { fehler, setFehler, problem, sendet, absenden };
}

export function AnspruchFormular() {
  const [eingabe, setEingabe] = useState<AnspruchEingabe>(leereEingabe);
  const setze: Setze = (teil) => setEingabe((x) => ({ ...x, ...(typeof teil === 'function' ? teil(x) : teil) }));
  const { fehler, setFehler, problem, sendet, absenden } = useAnlegen(eingabe);
  const zeitraeumeTitel = useRef<HTMLHeadingElement>(null);
  const traeger = useDaten<Seite<TraegerKurz>>(
    eingabe.art === 'plattform' ? registerPfad(eingabe.suchbegriff, eingabe.verpflichteterArt, eingabe.leistungsbeginn) : null,
  );
  const faelle = useDaten<Seite<FallKurz>>('/faelle?status=offen&proSeite=200&sortierung=aktenzeichen');
  const abschnitt = { e: eingabe, setze, f: (pfad: string) => fehlerFuer(fehler, pfad) };

  return (
    <form className="kern-stack-lg erstattung-formular" noValidate onSubmit={(e) => void absenden(e)}>
      <Fehlerzusammenfassung fehler={fehler} />
      <Fehlermeldung fehler={problem} />
      <p className="kern-body">
        Der Anspruch wird als <span className="kern-body--bold">Entwurf</span> angelegt: Nur Ihr Träger sieht ihn. Erst die Anmeldung macht
        ihn beim Verpflichteten geltend und wahrt die Ausschlussfrist (§ 111 SGB X). Pflichtangaben sind alle Felder ohne „optional“.
      </p>
      <ParteienAbschnitt {...abschnitt} traeger={traeger} faelle={faelle} />
      <RechtsgrundlageAbschnitt {...abschnitt} />
      <ZeitraeumeAbschnitt
        {...abschnitt}
        titelRef={zeitraeumeTitel}
        entfernt={() => {
          setFehler([]);
          zeitraeumeTitel.current?.focus();
        }}
      />
      <TermineAbschnitt {...abschnitt} />
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet}>
          <span className="kern-label">{sendet ? 'Wird angelegt …' : 'Anspruch als Entwurf anlegen'}</span>
        </button>
      </div>
    </form>
  );
}
