// Daten laden mit Lade- und Fehlerzustand; `neu()` lädt erneut.
import { useCallback, useEffect, useState } from 'react';
import { type Antwort, ApiFehler, api } from './api.ts';

export interface Geladen<T> {
  daten: T | undefined;
  etag: string | null;
  fehler: ApiFehler | undefined;
  laedt: boolean;
  neu: () => void;
  setze: (a: Antwort<T>) => void;
}

export function useDaten<T>(pfad: string | null): Geladen<T> {
  const [zustand, setZustand] = useState<{ daten?: T; etag: string | null; fehler?: ApiFehler; laedt: boolean }>({
    etag: null,
    laedt: true,
  });
  const [zaehler, setZaehler] = useState(0);
  useEffect(() => {
    if (!pfad) return;
    let aktiv = true;
    setZustand((z) => ({ ...z, laedt: true }));
    api.get<T>(pfad).then(
      (a) => aktiv && setZustand({ daten: a.daten, etag: a.etag, laedt: false }),
      (e: unknown) =>
        aktiv &&
        setZustand({
          etag: null,
          laedt: false,
          fehler: e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(e) }),
        }),
    );
    return () => {
      aktiv = false;
    };
  }, [pfad, zaehler]);
  const neu = useCallback(() => setZaehler((z) => z + 1), []);
  const setze = useCallback((a: Antwort<T>) => setZustand({ daten: a.daten, etag: a.etag, laedt: false }), []);
  return { daten: zustand.daten, etag: zustand.etag, fehler: zustand.fehler, laedt: zustand.laedt, neu, setze };
}
