// Rahmen einer Tabelle, die bei schmaler Ansicht (320 px, 200 % Zoom) waagerecht scrollt. Nur wenn
// sie tatsächlich scrollt, ist sie ein benannter Bereich und mit der Tastatur erreichbar
// (WCAG 2.1.1; axe „scrollable-region-focusable“) – sonst wäre sie ein leerer Tabulatorhalt.
// Genutzt in Mehrkostenvergleich, Träger & Vereinbarung, Protokoll und Hilfe.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

export function Tabellenrahmen({ titel, children }: { titel: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [rollbar, setRollbar] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const messen = () => setRollbar(el.scrollWidth > el.clientWidth + 1);
    messen();
    const beobachter = new ResizeObserver(messen);
    beobachter.observe(el);
    const tabelle = el.firstElementChild;
    if (tabelle) beobachter.observe(tabelle);
    return () => beobachter.disconnect();
  }, []);
  const halt = rollbar ? 0 : undefined;
  return (
    <div
      className="kern-table-responsive"
      ref={ref}
      {...(rollbar ? { role: 'region', 'aria-label': `${titel} (waagerecht scrollbar)` } : {})}
      tabIndex={halt}
    >
      {children}
    </div>
  );
}

/** Kopfzeile einer Tabelle: je Spalte ein `th scope="col"`; Spalten in `zahlen` rechtsbündig (Beträge). */
export function Tabellenkopf({ spalten, zahlen = [] }: { spalten: string[]; zahlen?: string[] }) {
  return (
    <thead className="kern-table__head">
      <tr className="kern-table__row">
        {spalten.map((s) => (
          <th key={s} scope="col" className={zahlen.includes(s) ? 'kern-table__header kern-table__header--numeric' : 'kern-table__header'}>
            {s}
          </th>
        ))}
      </tr>
    </thead>
  );
}
