"use client";
// Shown when a page fails to render, typically because the database cannot be reached or a query ran past its
// statement timeout. Client component, so it cannot read the language cookie on the server: it shows both languages.

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="container narrow status-page">
      <h1>Le service est momentanément indisponible</h1>
      <p>La page n&apos;a pas pu être préparée : la base de données ne répond pas, ou a mis trop de temps à répondre. Réessayez dans quelques instants.</p>
      <p lang="en" className="muted">
        The service is temporarily unavailable: the database did not answer, or took too long. Please try again in a few moments.
      </p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Réessayer / Try again
        </button>
      </p>
    </section>
  );
}
