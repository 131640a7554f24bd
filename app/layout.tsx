import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { setLocale } from "@/app/actions/locale";
import { getRequestMessages } from "@/lib/i18n/locale";
import { getViewer } from "@/lib/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await getRequestMessages();
  return {
    title: { default: messages.meta.title, template: "%s · Alliances" },
    description: messages.meta.description,
    applicationName: "Alliances",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4e89" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, messages } = await getRequestMessages();
  const other = locale === "fr" ? "en" : "fr";
  // The header is not worth a failed page: without a database, it simply shows the sign-in link.
  const viewer = await getViewer().catch(() => null);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {messages.nav.skip}
        </a>
        <header className="site-header">
          <div className="container header-inner">
            <Link href="/" className="brand" aria-label={`Alliances — ${messages.nav.home}`}>
              <span className="brand-mark" aria-hidden="true">
                ⁂
              </span>
              <span>Alliances</span>
            </Link>
            <nav aria-label={messages.nav.label} className="main-nav">
              <Link href="/catalysts/find">{messages.nav.findCatalyst}</Link>
              <Link href="/map">{messages.nav.map}</Link>
              <Link href="/organisations">{messages.nav.directory}</Link>
              <Link href="/catalysts">{messages.nav.catalysts}</Link>
              <Link href="/observatory">{messages.nav.observatory}</Link>
            </nav>
            <Link href={viewer ? "/account" : "/sign-in"} className="header-account">
              {viewer ? messages.nav.account : messages.nav.signIn}
            </Link>
            <form action={setLocale} className="locale-switch">
              <input type="hidden" name="locale" value={other} />
              <button type="submit" lang={other} aria-label={`${messages.nav.language} : ${messages.nav.switchTo}`}>
                {other.toUpperCase()}
              </button>
            </form>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{messages.footer.about}</p>
            <p className="muted">
              {messages.footer.sources} : {messages.footer.attribution}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
