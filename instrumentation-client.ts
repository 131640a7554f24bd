// Runs in the browser before the app's own modules (Next's convention). Zod 4 probes `new Function` to compile its
// object parsers; under the strict CSP (no 'unsafe-eval') the probe is refused and reported as a CSP violation on
// every page, even though Zod catches it. Jitless mode skips the probe: the same parsing, without eval. The server
// keeps the compiled parsers.
import { z } from "zod";

z.config({ jitless: true });
