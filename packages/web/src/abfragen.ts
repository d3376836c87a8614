// Der Zwischenspeicher der Abfragen (TanStack Query): lädt, hält und verwirft Antworten der API.
// Einstellungen für eine Büroanwendung: Eine Liste lädt neu, wenn man sie öffnet, blättert oder
// filtert (staleTime 0: nach einer Änderung nie eine veraltete Liste, deshalb kein Invalidieren nach
// Änderungen nötig), aber nicht bei jedem Wechsel zurück ins Browserfenster (sonst fragt jede
// angeklickte Registerkarte alle offenen Listen neu ab). Abgelehnte Anfragen (4xx: Berechtigung,
// Eingabe, nicht gefunden) werden nicht wiederholt, nur Netz- und Serverfehler einmal.
import { QueryClient } from '@tanstack/react-query';
import { ApiFehler } from './api.ts';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiFehler;
  }
}

export function neuerAbfragespeicher(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 0,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (versuche, fehler) => !(fehler instanceof ApiFehler && fehler.status >= 400 && fehler.status < 500) && versuche < 1,
      },
      mutations: { retry: false },
    },
  });
}
