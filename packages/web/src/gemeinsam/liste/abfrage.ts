// Laden einer Listenseite über den Zwischenspeicher: der Schlüssel sind Pfad und Abfrage (Filter,
// Sortierung, Seite aus der Adresse). Beim Blättern bleibt die vorige Seite stehen, bis die neue da
// ist (keepPreviousData: die Tabelle springt nicht); eine schon besuchte Seite erscheint sofort aus
// dem Speicher und wird im Hintergrund neu geladen.
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { type ApiFehler, type Seite, api } from '../../api.ts';

export interface Listenabfrage<Z> {
  daten: Seite<Z> | undefined;
  fehler: ApiFehler | null;
  /** Eine Anfrage läuft (auch, wenn noch die vorige Seite angezeigt wird). */
  laedt: boolean;
}

/** Schlüssel aller Listen eines Pfades (zum Invalidieren: `['liste', '/faelle']`). */
export const listenSchluessel = (pfad: string, abfrage?: URLSearchParams) =>
  abfrage ? (['liste', pfad, Object.fromEntries(abfrage)] as const) : (['liste', pfad] as const);

/** Eine Seite der Liste `pfad` mit der `abfrage`; `aktiv: false` lädt nichts (etwa ohne Berechtigung). */
export function useListe<Z>(pfad: string, abfrage: URLSearchParams, aktiv = true): Listenabfrage<Z> {
  const q = useQuery({
    queryKey: listenSchluessel(pfad, abfrage),
    queryFn: async () => (await api.get<Seite<Z>>(`${pfad}?${abfrage.toString()}`)).daten,
    placeholderData: keepPreviousData,
    enabled: aktiv,
  });
  return { daten: q.data, fehler: q.error, laedt: q.isFetching || (aktiv && q.isPending) };
}

/**
 * Namen der Träger (id → Name) aus dem Register: eine Abfrage je Träger, 10 Minuten gültig und über
 * Seiten und Listen geteilt (Stammdaten ändern sich selten); unbekannte ids bleiben als id stehen.
 */
export function useTraegernamen(ids: (string | null | undefined)[]): (id: string | null | undefined) => string {
  const eindeutig = [...new Set(ids.filter((x): x is string => Boolean(x)))].sort();
  const namen = useQueries({
    queries: eindeutig.map((id) => ({
      queryKey: ['traeger', id, 'name'],
      queryFn: async () => (await api.get<{ name: string }>(`/traeger/${encodeURIComponent(id)}`)).daten.name,
      staleTime: 10 * 60_000,
      retry: false,
    })),
    combine: (ergebnisse) => new Map(eindeutig.map((id, i) => [id, ergebnisse[i]?.data ?? id])),
  });
  return (id) => (id ? (namen.get(id) ?? id) : '');
}
