// Hilfe: was jeder Bildschirm tut und welche Normen gelten, ein Glossar und die mitgelieferten
// Gesetzestexte zum Durchblättern und Durchsuchen. Für alle Rollen.
import { Bildschirmhilfe, Glossar } from './texte.tsx';
import { Normtexte } from './normen.tsx';

export function Hilfe() {
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Hilfe</h1>
      <p className="kern-body">
        EGH-Clearing ist die gemeinsame Plattform der Träger der Eingliederungshilfe: Zuständigkeit, Amtshilfe, Erstattung und
        Mehrkostenvergleich in einem Datensatz für beide beteiligten Träger. Jedes Ergebnis kommt mit Begründung; jede Norm darin öffnet
        ihren Wortlaut. Offene Rechtsfragen werden angezeigt, nicht still entschieden.
      </p>
      <nav aria-labelledby="hilfe-inhalt-titel">
        <h2 className="kern-heading-small" id="hilfe-inhalt-titel">
          Auf dieser Seite
        </h2>
        <ul className="kern-list">
          <li>
            <a className="kern-link" href="#bildschirme-titel">
              Bildschirme und ihre Normen
            </a>
          </li>
          <li>
            <a className="kern-link" href="#glossar-titel">
              Glossar
            </a>
          </li>
          <li>
            <a className="kern-link" href="#normtexte-titel">
              Normtexte
            </a>
          </li>
        </ul>
      </nav>
      <section className="kern-stack-md" aria-labelledby="bildschirme-titel">
        <h2 className="kern-heading-large" id="bildschirme-titel" tabIndex={-1}>
          Bildschirme und ihre Normen
        </h2>
        <Bildschirmhilfe />
      </section>
      <section className="kern-stack-md" aria-labelledby="glossar-titel">
        <h2 className="kern-heading-large" id="glossar-titel" tabIndex={-1}>
          Glossar
        </h2>
        <Glossar />
      </section>
      <section className="kern-stack-md" aria-labelledby="normtexte-titel">
        <h2 className="kern-heading-large" id="normtexte-titel" tabIndex={-1}>
          Normtexte
        </h2>
        <Normtexte />
      </section>
    </div>
  );
}
