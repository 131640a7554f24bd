// HTTP helpers of the access tests: signing a role in, naming what a response amounts to, reading the build's
// manifests, and calling a server action the way the page's client does (Next-Action header + React's reply
// encoding), so that every action is reached over HTTP exactly as a browser would reach it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { signInByMail } from "../sign-in";
import type { ActionReply, FormValue, Outcome } from "./matrix";

/** Signs in through the real e-mail flow on this server and returns the browser state holding the session. */
export async function signInState(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL, locale: "fr-FR" });
  await signInByMail(await context.newPage(), email);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** What a response amounts to, redirects not followed. */
export function outcomeOf(response: APIResponse): Outcome | `status ${number}` {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = response.headers()["location"] ?? "";
    return /^(https?:\/\/[^/]+)?\/sign-in(\?|$)/.test(location) ? "signIn" : "redirect";
  }
  if (status >= 200 && status < 300) return "ok";
  const named: Record<number, Outcome> = {
    400: "badRequest",
    401: "unauthorized",
    403: "forbidden",
    404: "notFound",
    405: "methodNotAllowed",
    409: "conflict",
  };
  return named[status] ?? `status ${status}`;
}

// ---------------------------------------------------------------------------------------------------------
// The build's manifests

export interface BuiltAction {
  id: string;
  /** "file#export", as the matrix names it. */
  key: string;
  /** The route patterns of the pages that can receive it. */
  pages: string[];
}

export function builtRoutes(): Record<string, "page" | "route"> {
  const manifest = JSON.parse(readFileSync(path.join(".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.fromEntries(Object.entries(manifest).map(([entry, route]) => [route, entry.endsWith("/route") ? "route" : "page"]));
}

export function builtActions(): BuiltAction[] {
  const routes = JSON.parse(readFileSync(path.join(".next", "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`,
    pages: Object.keys(entry.workers)
      .map((worker) => routes[worker.replace(/^app/, "")])
      .filter((route): route is string => Boolean(route)),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Calling a server action

export type ActionArgument = string | null | Record<string, unknown> | { form: Record<string, FormValue> };

const isForm = (value: ActionArgument): value is { form: Record<string, FormValue> } =>
  value !== null && typeof value === "object" && "form" in value && typeof value.form === "object";

/** React's reply encoding (encodeReply): strings starting with "$" are escaped, a FormData becomes "$K<n>" parts. */
function encodeReply(args: ActionArgument[]): { text: string } | { form: FormData } {
  const escape = (value: unknown): unknown =>
    typeof value === "string"
      ? value.startsWith("$")
        ? `$${value}`
        : value
      : Array.isArray(value)
        ? value.map(escape)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escape(item)]))
          : value;
  const form = new FormData();
  let part = 0;
  const root = args.map((arg) => {
    if (!isForm(arg)) return escape(arg);
    part += 1;
    for (const [name, value] of Object.entries(arg.form)) {
      if (typeof value === "string") form.append(`_${part}_${name}`, value);
      else form.append(`_${part}_${name}`, new File([readFileSync(value.file)], value.name, { type: value.type }));
    }
    return `$K${part.toString(16)}`;
  });
  if (part === 0) return { text: JSON.stringify(root) };
  form.set("0", JSON.stringify(root));
  return { form };
}

/** The action's reply: status, where it redirected, and the serialised value it returned. */
export async function readActionReply(response: APIResponse): Promise<ActionReply> {
  const body = await response.text();
  const redirect = response.headers()["x-action-redirect"]?.replace(/;(push|replace)$/, "") ?? null;
  // Row 0 points at the row holding the action's result: {"a":"$@1",...} then `1:<value>`.
  const pointer = /^0:.*?"a":"\$@([0-9a-f]+)"/m.exec(body)?.[1];
  const result = pointer ? (new RegExp(`^${pointer}:(.*)$`, "m").exec(body)?.[1] ?? "") : "";
  return { status: response.status(), redirect, result };
}

export async function callAction(
  request: APIRequestContext,
  action: { id: string; page: string },
  args: ActionArgument[],
  origin: string | null,
): Promise<APIResponse> {
  const encoded = encodeReply(args);
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component" };
  if (origin) headers.Origin = origin;
  if ("text" in encoded) {
    return request.post(action.page, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: encoded.text, maxRedirects: 0 });
  }
  return request.post(action.page, { headers, multipart: encoded.form, maxRedirects: 0 });
}
