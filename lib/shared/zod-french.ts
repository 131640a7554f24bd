// French first: zod's built-in messages in French for every schema of the app (import once, for its effect).
import { z } from "zod";
import { fr } from "zod/locales";

z.config(fr());
