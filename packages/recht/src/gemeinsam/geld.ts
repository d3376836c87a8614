// Geld als ganze Cent unter einem eigenen Typ; gerundet wird an einer Stelle, kaufmännisch
// (half up), einmal am Ende einer Rechnung (szenarien.md, Konventionen).

declare const centMarke: unique symbol;

/** Ein Betrag in ganzen Cent. */
export type Cent = number & { readonly [centMarke]: true };

export function cent(n: number): Cent {
  return n as Cent;
}

/**
 * Kaufmännische Rundung auf ganze Cent (half up, für negative Beträge vom Betrag her).
 * Der Zuschlag von 1e-9 fängt binäre Darstellungsfehler ab (0,5 als 0,49999…).
 */
export function rundeKaufmaennisch(wertInCent: number): Cent {
  const betrag = Math.floor(Math.abs(wertInCent) + 0.5 + 1e-9);
  return (wertInCent < 0 ? -betrag : betrag) as Cent;
}

/** Anteil `zaehler / nenner` eines Betrags, kaufmännisch gerundet (z. B. Tage pro rata). */
export function anteil(betrag: number, zaehler: number, nenner: number): Cent {
  if (nenner === 0) return 0 as Cent;
  return rundeKaufmaennisch((betrag * zaehler) / nenner);
}

/** Prozentwert auf zwei Nachkommastellen, kaufmännisch gerundet (nur zur Anzeige). */
export function rundeProzent(p: number): number {
  const v = Math.floor(Math.abs(p) * 100 + 0.5 + 1e-9) / 100;
  return p < 0 ? -v : v;
}

/** Deutsche Schreibweise: `1.234,56 €`. */
export function euro(c: number): string {
  const negativ = c < 0;
  const abs = Math.abs(Math.round(c));
  const euroTeil = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const centTeil = (abs % 100).toString().padStart(2, '0');
  return `${negativ ? '−' : ''}${euroTeil},${centTeil} €`;
}

/** Prozentzahl deutsch: `16,01 %`. */
export function prozent(p: number): string {
  return `${rundeProzent(p).toFixed(2).replace('.', ',')} %`;
}
