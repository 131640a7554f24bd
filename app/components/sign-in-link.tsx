"use client";
// The header's "Se connecter": back to the page it was clicked on once signed in (the account page from the home page
// or from the sign-in pages themselves).
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SignInLink({ className, children }: { className: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const stay = pathname && pathname !== "/" && !pathname.startsWith("/sign-in") && !pathname.startsWith("/dev/");
  return (
    <Link className={className} href={stay ? `/sign-in?callbackUrl=${encodeURIComponent(pathname)}` : "/sign-in"}>
      {children}
    </Link>
  );
}
