// Blättern in einer Liste: vorige und nächste Seite, mit „Seite 2 von 17 (420 Einträge)“, wenn der
// Server die Gesamtzahl nennt, sonst nur „weitere“.
import { anzahl } from '../../format.ts';

export function Seitenleiste({
  seite,
  proSeite,
  gesamt,
  weitere,
  wechseln,
}: {
  seite: number;
  proSeite: number;
  gesamt?: number;
  weitere?: boolean;
  wechseln: (s: number) => void;
}) {
  const seiten = gesamt !== undefined ? Math.max(1, Math.ceil(gesamt / proSeite)) : undefined;
  const hatWeitere = seiten !== undefined ? seite < seiten : Boolean(weitere);
  return (
    <nav aria-label="Seiten" className="seitenleiste">
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => seite > 1 && wechseln(seite - 1)}
        aria-disabled={seite <= 1}
        aria-describedby={seite <= 1 ? 'seite-erste' : undefined}
      >
        <span className="kern-label">Vorige Seite</span>
      </button>
      <span className="kern-body" aria-live="polite">
        Seite {seite}
        {seiten !== undefined ? ` von ${seiten}` : ''}
        {gesamt !== undefined ? ` (${anzahl(gesamt, 'Eintrag', 'Einträge')})` : ''}
      </span>
      <button
        type="button"
        className="kern-btn kern-btn--secondary"
        onClick={() => hatWeitere && wechseln(seite + 1)}
        aria-disabled={!hatWeitere}
        aria-describedby={!hatWeitere ? 'seite-letzte' : undefined}
      >
        <span className="kern-label">Nächste Seite</span>
      </button>
      {seite <= 1 && (
        <span id="seite-erste" className="kern-sr-only">
          Dies ist die erste Seite.
        </span>
      )}
      {!hatWeitere && (
        <span id="seite-letzte" className="kern-sr-only">
          Dies ist die letzte Seite.
        </span>
      )}
    </nav>
  );
}
