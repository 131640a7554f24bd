"use client";
// Shown when a page fails to render, typically because the database cannot be reached or a query ran past its
// statement timeout. Client component, so it cannot read the language cookie on the server: it shows both languages.
import { getMessages } from "@/lib/i18n/messages";

const fr = getMessages("fr").error;
const en = getMessages("en").error;

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="container narrow status-page">
      <h1>{fr.title}</h1>
      <p>{fr.text}</p>
      <p lang="en" className="muted">
        {en.text}
      </p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {fr.retry} / {en.retry}
        </button>
      </p>
    </section>
  );
}
