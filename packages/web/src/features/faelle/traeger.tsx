// Das Trägerregister für die Fälle: Namen zu Trägerkennungen (Gebiete im Fall sind Träger) und
// eine Auswahl aller Träger, nach Land gruppiert. Einmal je Sitzung geladen.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import { feldId } from '../../gemeinsam/felder.tsx';
import type { SonderfeldAngaben } from '../pruefrechner/formular.tsx';
import { landNamen } from '../../format.ts';

export type TraegerKurz = ApiAntwort<'/api/v1/traeger', 'get'>['eintraege'][number];

let geladen: Promise<TraegerKurz[]> | null = null;

function ladeTraeger(): Promise<TraegerKurz[]> {
  geladen ??= api.get<ApiAntwort<'/api/v1/traeger', 'get'>>('/traeger?proSeite=500&sortierung=name').then(
    (a) => a.daten.eintraege,
    (e: unknown) => {
      geladen = null;
      throw e;
    },
  );
  return geladen;
}

export interface Traegerverzeichnis {
  liste: TraegerKurz[];
  /** Name eines Trägers zur Kennung; unbekannte Kennungen bleiben, wie sie sind. */
  name: (id: string | null | undefined) => string;
}

export function useTraeger(): Traegerverzeichnis {
  const [liste, setListe] = useState<TraegerKurz[]>([]);
  useEffect(() => {
    let aktiv = true;
    ladeTraeger().then(
      (l) => aktiv && setListe(l),
      () => undefined,
    );
    return () => {
      aktiv = false;
    };
  }, []);
  const namen = new Map(liste.map((t) => [t.id, t.name]));
  return { liste, name: (id) => (id ? (namen.get(id) ?? id) : '') };
}

/** Auswahl eines Trägers (gruppiert nach Land); Wert ist die Kennung. */
export function TraegerAuswahl({
  a,
  traeger,
}: {
  a: Pick<SonderfeldAngaben, 'pfad' | 'label' | 'hinweis' | 'pflicht' | 'wert' | 'aendern' | 'fehler'>;
  traeger: TraegerKurz[];
}) {
  const id = feldId(a.pfad);
  const beschrieben = [a.hinweis ? `${id}-hinweis` : '', a.fehler ? `${id}-fehler` : ''].filter(Boolean).join(' ') || undefined;
  const nachLand = new Map<string, TraegerKurz[]>();
  for (const t of traeger) nachLand.set(t.land, [...(nachLand.get(t.land) ?? []), t]);
  const bekannt = !a.wert || traeger.some((t) => t.id === a.wert);
  return (
    <div className={`kern-form-input${a.fehler ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {a.label}
        {!a.pflicht && <span className="kern-label__optional"> – optional</span>}
      </label>
      {a.hinweis && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {a.hinweis}
        </div>
      )}
      {a.fehler && (
        <p className="kern-error" id={`${id}-fehler`} role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{a.fehler}</span>
        </p>
      )}
      <div className="kern-form-input__select-wrapper">
        <select
          className="kern-form-input__select"
          id={id}
          name={id}
          value={a.wert}
          aria-describedby={beschrieben}
          aria-invalid={a.fehler ? true : undefined}
          onChange={(e) => a.aendern(e.target.value)}
        >
          <option value="">{a.pflicht ? '– bitte wählen –' : 'keine Angabe'}</option>
          {!bekannt && <option value={a.wert}>{a.wert} (nicht im Trägerregister)</option>}
          {[...nachLand.entries()]
            .sort(([x], [y]) => (landNamen[x] ?? x).localeCompare(landNamen[y] ?? y, 'de'))
            .map(([land, ts]) => (
              <optgroup key={land} label={landNamen[land] ?? land}>
                {ts.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
    </div>
  );
}
