// Sortierbarer Spaltenkopf einer Liste.

/** Spaltenkopf, der die Sortierung umschaltet; aria-sort sagt den Zustand an. */
export function Sortierkopf({
  feld,
  text,
  sortierung,
  setzen,
  numerisch,
}: {
  feld: string;
  text: string;
  sortierung: string;
  setzen: (s: string) => void;
  numerisch?: boolean;
}) {
  const aktiv = sortierung.replace('-', '') === feld;
  const absteigend = sortierung.startsWith('-');
  return (
    <th
      scope="col"
      className={`kern-table__header${numerisch ? ' kern-table__header--numeric' : ''}`}
      aria-sort={aktiv ? (absteigend ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" className="kern-link sortierknopf" onClick={() => setzen(aktiv && !absteigend ? `-${feld}` : feld)}>
        {text}
        <span aria-hidden="true">{aktiv ? (absteigend ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}
