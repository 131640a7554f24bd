// The 503 answers of the service: database unreachable, too many requests at once, or a query that ran past the
// database's statement timeout. JSON for the API (the same
// shape as every API error), a small French page (with an English line) for the rest. Retry-After tells clients
// and load balancers when to come back.

export type UnavailableReason = "database" | "overload" | "timeout";

export const RETRY_AFTER_SECONDS: Record<UnavailableReason, number> = { database: 5, overload: 2, timeout: 2 };

const MESSAGES: Record<UnavailableReason, { fr: string; en: string; api: string }> = {
  database: {
    fr: "Nous n'arrivons pas à joindre la base de données. Réessayez dans quelques instants.",
    en: "The service is temporarily unavailable. Please try again in a few moments.",
    api: "Service momentanément indisponible : base de données injoignable / service unavailable: database unreachable",
  },
  overload: {
    fr: "Le service reçoit trop de demandes en ce moment. Réessayez dans quelques secondes.",
    en: "The service is receiving too many requests. Please try again in a few seconds.",
    api: "Service surchargé, réessayez dans quelques secondes / service overloaded, retry in a few seconds",
  },
  timeout: {
    fr: "Cette demande a pris trop de temps et a été interrompue. Réessayez dans quelques instants, ou précisez votre recherche.",
    en: "This request took too long and was stopped. Please try again in a few moments, or narrow your search.",
    api: "Requête trop longue, interrompue : réessayez dans quelques secondes / request took too long and was cancelled: retry in a few seconds",
  },
};

export function wantsJson(pathname: string, accept: string | null): boolean {
  return pathname.startsWith("/api/") || (accept !== null && accept.includes("application/json") && !accept.includes("text/html"));
}

function page(reason: UnavailableReason): string {
  const text = MESSAGES[reason];
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Service momentanément indisponible · Alliances</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}p.en{color:#555}</style></head>
<body><main>
<h1>Le service est momentanément indisponible</h1>
<p>${text.fr}</p>
<p class="en" lang="en">${text.en}</p>
<p><a href="">Réessayer / Try again</a></p>
</main></body>
</html>
`;
}

/** The 503 response for `reason`, as JSON or HTML depending on what the request asked for. */
export function unavailableResponse(reason: UnavailableReason, json: boolean, headers: Record<string, string> = {}): Response {
  const common = { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS[reason]), "Cache-Control": "no-store" };
  if (json) {
    return Response.json({ error: MESSAGES[reason].api, fields: [] }, { status: 503, headers: common });
  }
  return new Response(page(reason), { status: 503, headers: { ...common, "Content-Type": "text/html; charset=utf-8" } });
}
