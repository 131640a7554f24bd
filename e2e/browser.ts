// Which Chromium the e2e suite drives: the system's when there is one (machines that cannot download browsers),
// otherwise Playwright's own download.
import { existsSync } from "node:fs";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function systemChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  return SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
}
