// One answer to "does this Origin header name this site?", shared by the proxy's guard (server actions and forms)
// and the signed-in JSON API, so that a request one accepts the other accepts too.

/**
 * Whether `origin` names the host the request was sent to: the first `x-forwarded-host` (a proxy's list ends with
 * the hops nearest to us; Next compares server actions' Origin with the first), else `Host`.
 */
export function originIsThisSite(origin: string, headers: Headers): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const expected = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return originHost !== "" && Boolean(expected) && originHost === expected!.toLowerCase();
}
