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
  /** Ist mindestens ein Filter gesetzt? */
  gefiltert: boolean;
  /** Setzt Werte in der Adresse; ein leerer Wert entfernt den Parameter. */
  setze: (neu: Record<string, string>) => void;
  /** Neue Sortierung, zurück auf Seite 1. */
  sortiere: (sortierung: string) => void;
  /**
   * Die Abfrage an die API: gesetzte Filter, Sortierung, Seite und Seitengröße (`proSeite`
   * weglassen: ohne Seiten, etwa für den Export). `sortiert: false` lässt die Sortierung weg.
   */
  abfrage: (o?: { proSeite?: number; sortiert?: boolean }) => URLSearchParams;
}

export function useListenadresse<F extends string>(felder: readonly F[], standardSortierung = '-geaendert'): Listenadresse<F> {
  const [parameter, setParameter] = useSearchParams();
  const werte = {} as Record<F, string>;
  for (const f of felder) werte[f] = parameter.get(f) ?? '';
  const sortierung = parameter.get('sortierung') ?? standardSortierung;
  const seite = seitenzahl(parameter.get('seite'));
  const setze = (neu: Record<string, string>) => {
    const p = new URLSearchParams(parameter);
    for (const [k, v] of Object.entries(neu)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParameter(p);
  };
  const abfrage = ({ proSeite, sortiert = true }: { proSeite?: number; sortiert?: boolean } = {}) => {
    const p = new URLSearchParams();
    for (const f of felder) if (werte[f]) p.set(f, werte[f]);
    if (sortiert) p.set('sortierung', sortierung);
    if (proSeite !== undefined) {
      p.set('seite', String(seite));
      p.set('proSeite', String(proSeite));
    }
    return p;
  };
  return {
    werte,
    sortierung,
    seite,
    gefiltert: felder.some((f) => werte[f] !== ''),
    setze,
    sortiere: (s) => setze({ sortierung: s, seite: '' }),
    abfrage,
  };
}
