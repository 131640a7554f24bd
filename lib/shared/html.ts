// Text made safe to place in HTML we write by hand (mail bodies, Leaflet's divIcons and popups), where React does
// not escape for us. Pure: the map's client components import it too.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes the five characters that can open a tag, an entity or close an attribute value, quoted either way. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
