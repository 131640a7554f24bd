// French articles and prepositions before a proper name ("d'Atelier", "du Havre", "l'Agence"), so that texts built
// from organisations', catalysts' and places' names read as a French speaker writes them. Pure: pages, mails and the
// demo data use it alike.
//
// The rule chosen: elide before a vowel, accented or not; before Y only when a consonant follows ("d'Yvetot",
// "de Yaourt Bio"), since Y before a vowel is sounded as a consonant; before H only for the short list below of words
// whose h is mute and that often open a name — any other h is treated as aspirated ("de Hameau…", "de Haguenau"),
// which is the safer mistake (a missing elision reads as formal; a wrong one reads as an error). A name opening with
// the article Le or Les contracts with de and à ("du Havre", "aux Abymes"); La and L' do not ("de La Rochelle").

/** First words with a mute h that are common at the start of names (compared in lower case, without accents). */
const MUTE_H_WORDS = [
  "habitat",
  "habitants",
  "habitation",
  "harmonie",
  "hebergement",
  "hendaye",
  "herault",
  "heritage",
  "histoire",
  "histoires",
  "hiver",
  "homme",
  "hommes",
  "horizon",
  "horizons",
  "horticulture",
  "hopital",
  "hospitalite",
  "hotel",
  "huile",
  "humanite",
  "humanites",
  "hyeres",
];

const plain = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Whether an article or a preposition is elided before this word or name (see the rule above). */
export function elidesBefore(text: string): boolean {
  const word = plain(text.trim().split(/[\s\-'’]/)[0] ?? "");
  if (/^[aeiouœæ]/.test(word)) return true;
  if (word.startsWith("y")) return /^y[^aeiouy]/.test(word);
  if (word.startsWith("h")) return MUTE_H_WORDS.includes(word);
  return false;
}

/** The article a name opens with, when it is one that contracts ("Le Havre", "Les Abymes"). */
function leadingArticle(name: string): { article: "le" | "les"; rest: string } | null {
  const match = /^(Le|Les) (.+)$/.exec(name);
  return match ? { article: match[1]!.toLowerCase() as "le" | "les", rest: match[2]! } : null;
}

/** "de" before a name: `de("Atelier")` → "d'Atelier", `de("Le Havre")` → "du Havre", `de("Lyon")` → "de Lyon". */
export function de(name: string): string {
  const article = leadingArticle(name);
  if (article) return `${article.article === "le" ? "du" : "des"} ${article.rest}`;
  return elidesBefore(name) ? `d'${name}` : `de ${name}`;
}

/** "à" before a name or a noun phrase: `au("le logement")` → "au logement", `au("les jeunes")` → "aux jeunes". */
export function au(phrase: string): string {
  const match = /^(le|les|Le|Les) (.+)$/.exec(phrase);
  if (match) return `${match[1]!.toLowerCase() === "le" ? "au" : "aux"} ${match[2]}`;
  return `à ${phrase}`;
}

const OWN_ARTICLE = /^(Le |La |Les |L'|L’)/;

/** "le" before a name, elided when needed; a name that has its own article keeps it (`le("Le Bon Pain")`). */
export function le(name: string): string {
  if (OWN_ARTICLE.test(name)) return name;
  return elidesBefore(name) ? `l'${name}` : `le ${name}`;
}

/** "la" before a name, elided when needed: `la("Agence X")` → "l'Agence X", `la("Ruche")` → "la Ruche". */
export function la(name: string): string {
  if (OWN_ARTICLE.test(name)) return name;
  return elidesBefore(name) ? `l'${name}` : `la ${name}`;
}

/** "que" before a name: `que("Atelier")` → "qu'Atelier". */
export function que(name: string): string {
  return elidesBefore(name) ? `qu'${name}` : `que ${name}`;
}
