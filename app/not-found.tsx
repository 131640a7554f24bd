import Link from "next/link";
import { getRequestMessages } from "@/lib/i18n/locale";

export default async function NotFound() {
  const { messages } = await getRequestMessages();
  return (
    <section className="container narrow status-page">
      <p className="status-code" aria-hidden="true">
        404
      </p>
      <h1>{messages.notFound.title}</h1>
      <p>{messages.notFound.text}</p>
      <p>
        <Link className="button" href="/">
          {messages.notFound.back}
        </Link>
      </p>
    </section>
  );
}
