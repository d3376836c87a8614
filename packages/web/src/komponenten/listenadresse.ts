// Filter, Sortierung und Seite einer Liste stehen in der Adresse (?status=Offen&seite=2): Eine
// gefilterte Liste lässt sich als Link weitergeben, und „Zurück“ im Browser stellt sie wieder her.
import { useSearchParams } from 'react-router';

/** Die Seitenzahl aus der Adresse: eine ganze Zahl ab 1; alles andere (leer, 0, -3, „x“) ist Seite 1. */
export function seitenzahl(wert: string | null): number {
  const n = Math.floor(Number(wert ?? '1'));
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

export interface Listenadresse<F extends string> {
  /** Die Filter der Liste aus der Adresse; fehlt einer, ist er leer. */
  werte: Record<F, string>;
  sortierung: string;
  seite: number;
  /** Setzt Werte in der Adresse; ein leerer Wert entfernt den Parameter. */
  setze: (neu: Record<string, string>) => void;
  /** Neue Sortierung, zurück auf Seite 1. */
  sortiere: (sortierung: string) => void;
}

export function useListenadresse<F extends string>(felder: readonly F[], standardSortierung = '-geaendert'): Listenadresse<F> {
  const [parameter, setParameter] = useSearchParams();
  const werte = {} as Record<F, string>;
  for (const f of felder) werte[f] = parameter.get(f) ?? '';
  const setze = (neu: Record<string, string>) => {
    const p = new URLSearchParams(parameter);
    for (const [k, v] of Object.entries(neu)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParameter(p);
  };
  return {
    werte,
    sortierung: parameter.get('sortierung') ?? standardSortierung,
    seite: seitenzahl(parameter.get('seite')),
    setze,
    sortiere: (sortierung) => setze({ sortierung, seite: '' }),
  };
}
