// Runs before routing. Only one job: a path with a malformed percent-encoding (e.g. "/organisations/%ff") makes
// Next's own parameter decoding throw a 500; answer a clear 400 instead.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Requête invalide : adresse mal encodée. / Bad request: malformed URL encoding.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user-typed paths.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
