"use client";
// Shown when a page fails to render, typically because the database cannot be reached. Client component, so it
// cannot read the language cookie on the server: it shows both languages.

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="container narrow status-page">
      <h1>Le service est momentanément indisponible</h1>
      <p>Nous n&apos;arrivons pas à joindre la base de données. Réessayez dans quelques instants.</p>
      <p lang="en" className="muted">
        The service is temporarily unavailable. Please try again in a few moments.
      </p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Réessayer / Try again
        </button>
      </p>
    </section>
  );
}
