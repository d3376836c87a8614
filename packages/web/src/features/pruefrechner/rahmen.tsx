// Ein waagerecht verschiebbarer Bereich (breite Tabellen, der Zeitstrahl) für schmale Ansichten:
// Dort ist er mit der Tastatur erreichbar, damit man ihn mit den Pfeiltasten verschieben kann
// (WCAG 2.1.1; axe „scrollable-region-focusable“). In breiten Ansichten ist er kein Tabstopp.
import { type ReactNode, useEffect, useState } from 'react';

const schmaleAnsicht = '(max-width: 40rem)';

/** Schmale Ansicht wie die Medienabfrage in stil.css. */
export function useSchmal(): boolean {
  const [schmal, setSchmal] = useState(() => window.matchMedia(schmaleAnsicht).matches);
  useEffect(() => {
    const m = window.matchMedia(schmaleAnsicht);
    const wechsel = () => setSchmal(m.matches);
    m.addEventListener('change', wechsel);
    return () => m.removeEventListener('change', wechsel);
  }, []);
  return schmal;
}

export function Verschiebbar({ name, klasse = 'kern-table-responsive', children }: { name: string; klasse?: string; children: ReactNode }) {
  const schmal = useSchmal();
  return (
    <div
      className={klasse}
      tabIndex={schmal ? 0 : undefined}
      role="region"
      aria-label={schmal ? `${name} (waagerecht verschiebbar)` : name}
    >
      {children}
    </div>
  );
}
