// Routen der Oberfläche. Ohne Sitzung erscheint die Anmeldung. Ein Zwischenspeicher der Abfragen für
// die ganze Oberfläche; An- und Abmelden leeren ihn, damit nach einem Wechsel des Benutzers (oder
// Trägers) nie Daten der vorigen Sitzung erscheinen.
import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { neuerAbfragespeicher } from './abfragen.ts';
import { BrowserRouter, Route, Routes } from 'react-router';
import { type Sitzung, aktuelleSitzung } from './api.ts';
import { Laden } from './gemeinsam/anzeige.tsx';
import { Layout } from './gemeinsam/layout.tsx';
import { AmtshilfeListe } from './features/amtshilfe/liste.tsx';
import { AmtshilfeDetail, AmtshilfeNeu } from './features/amtshilfe/seiten.tsx';
import { Anmeldung } from './features/konto/anmeldung.tsx';
import { ErstattungListe } from './features/erstattung/liste.tsx';
import { ErstattungDetail, ErstattungNeu } from './features/erstattung/seiten.tsx';
import { FaelleListe } from './features/faelle/liste.tsx';
import { FallDetail, FallNeu } from './features/faelle/seiten.tsx';
import { Hilfe } from './features/hilfe/seite.tsx';
import { Konto } from './features/konto/seite.tsx';
import { MehrkostenListe } from './features/mehrkosten/liste.tsx';
import { MehrkostenDetail, MehrkostenNeu } from './features/mehrkosten/seiten.tsx';
import { Protokoll } from './features/protokoll/seite.tsx';
import { Pruefrechner } from './features/pruefrechner/seite.tsx';
import { TraegerListe } from './features/traeger/liste.tsx';
import { TraegerDetail, VereinbarungDetail } from './features/traeger/seiten.tsx';
import { Uebersicht } from './features/uebersicht/seite.tsx';
import { SitzungContext } from './sitzung.tsx';

function NichtGefunden() {
  return (
    <>
      <h1 className="kern-heading-x-large">Seite nicht gefunden</h1>
      <p className="kern-body">Diese Adresse gibt es nicht, oder der Datensatz ist für Ihren Träger nicht sichtbar.</p>
    </>
  );
}

export function App() {
  const [sitzung, setSitzungRoh] = useState<Sitzung | null | undefined>(undefined);
  const [abfragen] = useState(neuerAbfragespeicher);
  // Leert den Speicher, bevor die neue Sitzung zeichnet (ein Effekt danach käme einen Moment zu spät).
  const setSitzung = useCallback(
    (s: Sitzung | null) => {
      abfragen.clear();
      setSitzungRoh(s);
    },
    [abfragen],
  );
  useEffect(() => {
    aktuelleSitzung().then(setSitzungRoh, () => setSitzungRoh(null));
  }, []);
  const hatRolle = useCallback((...rollen: string[]) => Boolean(sitzung?.rollen.some((r) => rollen.includes(r))), [sitzung]);
  const kontext = useMemo(() => (sitzung ? { sitzung, setzeSitzung: setSitzung, hatRolle } : null), [sitzung, setSitzung, hatRolle]);
  if (sitzung === undefined) return <Laden text="EGH-Clearing wird geladen …" />;
  if (!sitzung || !kontext) return <Anmeldung angemeldet={setSitzung} />;
  return (
    <QueryClientProvider client={abfragen}>
      <SitzungContext.Provider value={kontext}>
        <BrowserRouter>
          <Layout>
            <Routes>
              <Route path="/" element={<Uebersicht />} />
              <Route path="/faelle" element={<FaelleListe />} />
              <Route path="/faelle/neu" element={<FallNeu />} />
              <Route path="/faelle/:id" element={<FallDetail />} />
              <Route path="/amtshilfe" element={<AmtshilfeListe />} />
              <Route path="/amtshilfe/neu" element={<AmtshilfeNeu />} />
              <Route path="/amtshilfe/:id" element={<AmtshilfeDetail />} />
              <Route path="/erstattung" element={<ErstattungListe />} />
              <Route path="/erstattung/neu" element={<ErstattungNeu />} />
              <Route path="/erstattung/:id" element={<ErstattungDetail />} />
              <Route path="/mehrkosten" element={<MehrkostenListe />} />
              <Route path="/mehrkosten/neu" element={<MehrkostenNeu />} />
              <Route path="/mehrkosten/:id" element={<MehrkostenDetail />} />
              <Route path="/pruefrechner" element={<Pruefrechner />} />
              <Route path="/traeger" element={<TraegerListe />} />
              <Route path="/traeger/:id" element={<TraegerDetail />} />
              <Route path="/traeger/vereinbarungen/:id" element={<VereinbarungDetail />} />
              <Route path="/protokoll" element={<Protokoll />} />
              <Route path="/hilfe" element={<Hilfe />} />
              <Route path="/konto" element={<Konto />} />
              <Route path="*" element={<NichtGefunden />} />
            </Routes>
          </Layout>
        </BrowserRouter>
      </SitzungContext.Provider>
    </QueryClientProvider>
  );
}
