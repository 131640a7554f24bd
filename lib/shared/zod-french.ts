// French first: every schema of the app speaks plain French when its own message says nothing (import once, for
// its effect). zod's French locale stays underneath, but the custom map answers every issue before it.
import { z } from "zod";
import { fr } from "zod/locales";
import { plainIssueMessage } from "./zod-messages";

z.config(fr());
z.config({ customError: plainIssueMessage("fr") });
