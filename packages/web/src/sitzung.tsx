// Die angemeldete Sitzung als React-Kontext.
import { createContext, useContext } from 'react';
import type { Sitzung } from './api.ts';

export interface SitzungsKontext {
  sitzung: Sitzung;
  setzeSitzung: (s: Sitzung | null) => void;
  hatRolle: (...rollen: string[]) => boolean;
}

export const SitzungContext = createContext<SitzungsKontext | null>(null);

export function useSitzung(): SitzungsKontext {
  const k = useContext(SitzungContext);
  if (!k) throw new Error('Die Sitzung ist nur innerhalb der Anmeldung verfügbar.');
  return k;
}
