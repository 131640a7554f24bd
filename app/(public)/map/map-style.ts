// Colours of the map's markers and legend, one per actor kind, plus the catalysts' own. Chosen to stay apart for
// the common colour-vision deficiencies and to keep a 3:1 contrast against the pale land colour.
import type { ActorKind } from "@/lib/shared/vocabulary";

export const KIND_COLOURS: Record<ActorKind, string> = {
  collectivite: "#2f6db5",
  etat: "#6a4fb3",
  entreprise: "#c26a00",
  association: "#1f8a5b",
  fondation: "#c2407e",
  academique: "#7a5c22",
  reseau: "#0f7f95",
  collectif: "#d0433f",
};

export const CATALYST_COLOUR = "#14213d";
export const CATALYST_ACCENT = "#f2b134";
