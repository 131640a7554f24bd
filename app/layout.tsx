import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { setLocale } from "@/app/actions/locale";
import { getRequestMessages } from "@/lib/i18n/locale";
import { getDatabase } from "@/lib/server/db";
import { unreadNotificationCount } from "@/lib/accounts/notifications";
import { getViewer } from "@/lib/auth/session";
import { MobileMenu } from "@/app/components/mobile-menu";
import { SignInLink } from "@/app/components/sign-in-link";
import registerLink from "@/app/components/register-link.module.css";
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
  const unread = viewer
    ? await getDatabase()
        .then((db) => unreadNotificationCount(db, viewer))
        .catch(() => 0)
    : 0;
  // The desktop header has room for one row with the newcomers' way in: the observatory is then reached from the
  // footer of every page (and from the phone menu, which lists everything).
  const navLinks = (withObservatory: boolean) => (
    <>
      <Link href="/catalysts/find">{messages.nav.findCatalyst}</Link>
      <Link href="/map">{messages.nav.map}</Link>
      <Link href="/organisations">{messages.nav.directory}</Link>
      <Link href="/catalysts">{messages.nav.catalysts}</Link>
      {withObservatory ? <Link href="/observatory">{messages.nav.observatory}</Link> : null}
    </>
  );
  const localeSwitch = (
    <form action={setLocale} className="locale-switch">
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other} aria-label={`${messages.nav.language} : ${messages.nav.switchTo}`}>
        {other.toUpperCase()}
      </button>
    </form>
  );
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
            {/* One of the two navigations is shown (display: none hides the other from assistive technologies too). */}
            <nav aria-label={messages.nav.label} className="main-nav">
              {navLinks(false)}
            </nav>
            {viewer ? (
              <Link href="/notifications" className="header-bell" aria-label={messages.nav.notifications(unread)} title={messages.nav.notifications(unread)}>
                <svg
                  aria-hidden="true"
                  width="20"
                  height="20"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
                  <path d="M13.73 21a2 2 0 0 1-3.46 0" />
                </svg>
                {unread > 0 ? <span className="bell-count">{unread > 99 ? "99+" : unread}</span> : null}
              </Link>
            ) : null}
            {/* The way in is for newcomers: a signed-in person registers another organisation from their account. */}
            {viewer ? null : (
              <Link href="/register" className={`button ${registerLink.header}`}>
                {messages.nav.register}
              </Link>
            )}
            {viewer ? (
              <Link href="/account" className="header-account">
                {messages.nav.account}
              </Link>
            ) : (
              <SignInLink className="header-account">{messages.nav.signIn}</SignInLink>
            )}
            {localeSwitch}
            <MobileMenu label={messages.nav.menu}>
              <nav aria-label={messages.nav.label} className="mobile-nav">
                {navLinks(true)}
              </nav>
              {viewer ? null : (
                <Link href="/register" className={`button ${registerLink.menu}`}>
                  {messages.nav.register}
                </Link>
              )}
              {localeSwitch}
            </MobileMenu>
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
            <p className="footer-links">
              <Link href="/privacy">{messages.footer.privacy}</Link>
              {" · "}
              <Link href="/accessibility">{messages.footer.accessibility}</Link>
              {" · "}
              <Link href="/observatory">{messages.nav.observatory}</Link>
              {" · "}
              <Link href="/open-data">{messages.footer.openData}</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
